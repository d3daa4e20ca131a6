//! What users see when they get `#[aws_operation]` wrong: one file per topic under `ui/`.
//! Bless with `TRYBUILD=overwrite cargo test -p awsop-tests --test ui` and review the diff.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/**/*.rs");
}
