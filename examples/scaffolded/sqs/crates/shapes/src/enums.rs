// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `MessageSystemAttributeName`: the values the model lists; others are kept as sent.
    pub enum MessageSystemAttributeName {
        All = "All",
        SenderId = "SenderId",
        SentTimestamp = "SentTimestamp",
        ApproximateReceiveCount = "ApproximateReceiveCount",
        ApproximateFirstReceiveTimestamp = "ApproximateFirstReceiveTimestamp",
        SequenceNumber = "SequenceNumber",
        MessageDeduplicationId = "MessageDeduplicationId",
        MessageGroupId = "MessageGroupId",
        AWSTraceHeader = "AWSTraceHeader",
        DeadLetterQueueSourceArn = "DeadLetterQueueSourceArn",
    }
}

awsop::string_enum! {
    /// `MessageSystemAttributeNameForSends`: the values the model lists; others are kept as sent.
    pub enum MessageSystemAttributeNameForSends {
        AWSTraceHeader = "AWSTraceHeader",
    }
}

awsop::string_enum! {
    /// `QueueAttributeName`: the values the model lists; others are kept as sent.
    pub enum QueueAttributeName {
        All = "All",
        Policy = "Policy",
        VisibilityTimeout = "VisibilityTimeout",
        MaximumMessageSize = "MaximumMessageSize",
        MessageRetentionPeriod = "MessageRetentionPeriod",
        ApproximateNumberOfMessages = "ApproximateNumberOfMessages",
        ApproximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible",
        CreatedTimestamp = "CreatedTimestamp",
        LastModifiedTimestamp = "LastModifiedTimestamp",
        QueueArn = "QueueArn",
        ApproximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed",
        DelaySeconds = "DelaySeconds",
        ReceiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds",
        RedrivePolicy = "RedrivePolicy",
        FifoQueue = "FifoQueue",
        ContentBasedDeduplication = "ContentBasedDeduplication",
        KmsMasterKeyId = "KmsMasterKeyId",
        KmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds",
        DeduplicationScope = "DeduplicationScope",
        FifoThroughputLimit = "FifoThroughputLimit",
        RedriveAllowPolicy = "RedriveAllowPolicy",
        SqsManagedSseEnabled = "SqsManagedSseEnabled",
    }
}
