// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The declarations against the model they were written from (`model/service-2.json`):
//! operations, targets and HTTP bindings, members, wire names, required members, tokens,
//! sensitive members, constraints, errors, outputs, structures and enums. A hand edit that
//! drifts from the model fails here.

#[test]
fn the_declarations_match_the_model() {
    let problems = awsop::model::check(
        include_str!("../model/service-2.json"),
        &awsop_lambda::DECLARED,
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
