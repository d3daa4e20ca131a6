// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.

use awsop_scheduler_shapes::*;

use crate::operations::*;

/// ListScheduleGroups pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListScheduleGroups {
    type Item = ScheduleGroupSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListScheduleGroupsOutput) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListScheduleGroupsOutput) -> Vec<ScheduleGroupSummary> {
        output.schedule_groups
    }
}

/// ListSchedules pages by `NextToken` and `MaxResults`.
impl awsop::Paginate for ListSchedules {
    type Item = ScheduleSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListSchedulesOutput) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListSchedulesOutput) -> Vec<ScheduleSummary> {
        output.schedules
    }
}
