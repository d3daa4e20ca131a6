// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<AddPermission>(),
    awsop::OperationEntry::of::<CancelMessageMoveTask>(),
    awsop::OperationEntry::of::<ChangeMessageVisibility>(),
    awsop::OperationEntry::of::<ChangeMessageVisibilityBatch>(),
    awsop::OperationEntry::of::<CreateQueue>(),
    awsop::OperationEntry::of::<DeleteMessage>(),
    awsop::OperationEntry::of::<DeleteMessageBatch>(),
    awsop::OperationEntry::of::<DeleteQueue>(),
    awsop::OperationEntry::of::<GetQueueAttributes>(),
    awsop::OperationEntry::of::<GetQueueUrl>(),
    awsop::OperationEntry::of::<ListDeadLetterSourceQueues>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "queueUrls",
    }),
    awsop::OperationEntry::of::<ListMessageMoveTasks>(),
    awsop::OperationEntry::of::<ListQueueTags>(),
    awsop::OperationEntry::of::<ListQueues>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "QueueUrls",
    }),
    awsop::OperationEntry::of::<PurgeQueue>(),
    awsop::OperationEntry::of::<ReceiveMessage>(),
    awsop::OperationEntry::of::<RemovePermission>(),
    awsop::OperationEntry::of::<SendMessage>(),
    awsop::OperationEntry::of::<SendMessageBatch>(),
    awsop::OperationEntry::of::<SetQueueAttributes>(),
    awsop::OperationEntry::of::<StartMessageMoveTask>(),
    awsop::OperationEntry::of::<TagQueue>(),
    awsop::OperationEntry::of::<UntagQueue>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    (
        "BatchResultErrorEntry",
        <BatchResultErrorEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "CancelMessageMoveTaskResult",
        <CancelMessageMoveTaskResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ChangeMessageVisibilityBatchRequestEntry",
        <ChangeMessageVisibilityBatchRequestEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "ChangeMessageVisibilityBatchResult",
        <ChangeMessageVisibilityBatchResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ChangeMessageVisibilityBatchResultEntry",
        <ChangeMessageVisibilityBatchResultEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateQueueResult",
        <CreateQueueResult as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteMessageBatchRequestEntry",
        <DeleteMessageBatchRequestEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteMessageBatchResult",
        <DeleteMessageBatchResult as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteMessageBatchResultEntry",
        <DeleteMessageBatchResultEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQueueAttributesResult",
        <GetQueueAttributesResult as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQueueUrlResult",
        <GetQueueUrlResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ListDeadLetterSourceQueuesResult",
        <ListDeadLetterSourceQueuesResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ListMessageMoveTasksResult",
        <ListMessageMoveTasksResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ListMessageMoveTasksResultEntry",
        <ListMessageMoveTasksResultEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "ListQueueTagsResult",
        <ListQueueTagsResult as awsop::Shape>::MEMBERS,
    ),
    (
        "ListQueuesResult",
        <ListQueuesResult as awsop::Shape>::MEMBERS,
    ),
    ("Message", <Message as awsop::Shape>::MEMBERS),
    (
        "MessageAttributeValue",
        <MessageAttributeValue as awsop::Shape>::MEMBERS,
    ),
    (
        "MessageSystemAttributeValue",
        <MessageSystemAttributeValue as awsop::Shape>::MEMBERS,
    ),
    (
        "ReceiveMessageResult",
        <ReceiveMessageResult as awsop::Shape>::MEMBERS,
    ),
    (
        "SendMessageBatchRequestEntry",
        <SendMessageBatchRequestEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "SendMessageBatchResult",
        <SendMessageBatchResult as awsop::Shape>::MEMBERS,
    ),
    (
        "SendMessageBatchResultEntry",
        <SendMessageBatchResultEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "SendMessageResult",
        <SendMessageResult as awsop::Shape>::MEMBERS,
    ),
    (
        "StartMessageMoveTaskResult",
        <StartMessageMoveTaskResult as awsop::Shape>::MEMBERS,
    ),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "BatchEntryIdsNotDistinct",
        <BatchEntryIdsNotDistinct as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchRequestTooLong",
        <BatchRequestTooLong as awsop::Shape>::MEMBERS,
    ),
    (
        "EmptyBatchRequest",
        <EmptyBatchRequest as awsop::Shape>::MEMBERS,
    ),
    ("InvalidAddress", <InvalidAddress as awsop::Shape>::MEMBERS),
    (
        "InvalidAttributeName",
        <InvalidAttributeName as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidAttributeValue",
        <InvalidAttributeValue as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidBatchEntryId",
        <InvalidBatchEntryId as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidIdFormat",
        <InvalidIdFormat as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidMessageContents",
        <InvalidMessageContents as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidSecurity",
        <InvalidSecurity as awsop::Shape>::MEMBERS,
    ),
    (
        "KmsAccessDenied",
        <KmsAccessDenied as awsop::Shape>::MEMBERS,
    ),
    ("KmsDisabled", <KmsDisabled as awsop::Shape>::MEMBERS),
    (
        "KmsInvalidKeyUsage",
        <KmsInvalidKeyUsage as awsop::Shape>::MEMBERS,
    ),
    (
        "KmsInvalidState",
        <KmsInvalidState as awsop::Shape>::MEMBERS,
    ),
    ("KmsNotFound", <KmsNotFound as awsop::Shape>::MEMBERS),
    (
        "KmsOptInRequired",
        <KmsOptInRequired as awsop::Shape>::MEMBERS,
    ),
    ("KmsThrottled", <KmsThrottled as awsop::Shape>::MEMBERS),
    (
        "MessageNotInflight",
        <MessageNotInflight as awsop::Shape>::MEMBERS,
    ),
    ("OverLimit", <OverLimit as awsop::Shape>::MEMBERS),
    (
        "PurgeQueueInProgress",
        <PurgeQueueInProgress as awsop::Shape>::MEMBERS,
    ),
    (
        "QueueDeletedRecently",
        <QueueDeletedRecently as awsop::Shape>::MEMBERS,
    ),
    (
        "QueueDoesNotExist",
        <QueueDoesNotExist as awsop::Shape>::MEMBERS,
    ),
    (
        "QueueNameExists",
        <QueueNameExists as awsop::Shape>::MEMBERS,
    ),
    (
        "ReceiptHandleIsInvalid",
        <ReceiptHandleIsInvalid as awsop::Shape>::MEMBERS,
    ),
    (
        "RequestThrottled",
        <RequestThrottled as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceNotFoundException",
        <ResourceNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "TooManyEntriesInBatchRequest",
        <TooManyEntriesInBatchRequest as awsop::Shape>::MEMBERS,
    ),
    (
        "UnsupportedOperation",
        <UnsupportedOperation as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    (
        "MessageSystemAttributeName",
        MessageSystemAttributeName::VALUES,
    ),
    (
        "MessageSystemAttributeNameForSends",
        MessageSystemAttributeNameForSends::VALUES,
    ),
    ("QueueAttributeName", QueueAttributeName::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
