// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `ActionAfterCompletion`: the values the model lists; others are kept as sent.
    pub enum ActionAfterCompletion {
        None = "NONE",
        Delete = "DELETE",
    }
}

awsop::string_enum! {
    /// `AssignPublicIp`: the values the model lists; others are kept as sent.
    pub enum AssignPublicIp {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `FlexibleTimeWindowMode`: the values the model lists; others are kept as sent.
    pub enum FlexibleTimeWindowMode {
        Off = "OFF",
        Flexible = "FLEXIBLE",
    }
}

awsop::string_enum! {
    /// `LaunchType`: the values the model lists; others are kept as sent.
    pub enum LaunchType {
        Ec2 = "EC2",
        Fargate = "FARGATE",
        External = "EXTERNAL",
    }
}

awsop::string_enum! {
    /// `PlacementConstraintType`: the values the model lists; others are kept as sent.
    pub enum PlacementConstraintType {
        DistinctInstance = "distinctInstance",
        MemberOf = "memberOf",
    }
}

awsop::string_enum! {
    /// `PlacementStrategyType`: the values the model lists; others are kept as sent.
    pub enum PlacementStrategyType {
        Random = "random",
        Spread = "spread",
        Binpack = "binpack",
    }
}

awsop::string_enum! {
    /// `PropagateTags`: the values the model lists; others are kept as sent.
    pub enum PropagateTags {
        TaskDefinition = "TASK_DEFINITION",
    }
}

awsop::string_enum! {
    /// `ScheduleGroupState`: the values the model lists; others are kept as sent.
    pub enum ScheduleGroupState {
        Active = "ACTIVE",
        Deleting = "DELETING",
    }
}

awsop::string_enum! {
    /// `ScheduleState`: the values the model lists; others are kept as sent.
    pub enum ScheduleState {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}
