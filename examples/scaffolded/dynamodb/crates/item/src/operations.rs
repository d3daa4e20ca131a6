// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the item operations (BatchGetItem, BatchWriteItem, DeleteItem, GetItem and 4 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_dynamodb_shapes::*;

/// The BatchGetItem operation returns the attributes of one or more items from one or more tables.
///
/// Errors: [`BatchGetItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "BatchGetItem",
    output = "BatchGetItemOutput",
    errors(ProvisionedThroughputExceededException, ResourceNotFoundException, RequestLimitExceeded, InternalServerError, ThrottlingException),
    operation_context_params(ResourceArnList = "keys(RequestItems)"),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchGetItem {
    /// A map of one or more table names or table ARNs and, for each table, a map that describes one or more items to retrieve from that table.
    #[aws(length(min = 1, max = 100))]
    pub request_items: BTreeMap<String, KeysAndAttributes>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// Represents the output of a BatchGetItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchGetItemOutput {
    /// A map of table name or table ARN to a list of items.
    pub responses: Option<BTreeMap<String, Vec<BTreeMap<String, AttributeValue>>>>,
    /// A map of tables and their respective keys that were not processed with the current response.
    #[aws(length(min = 1, max = 100))]
    pub unprocessed_keys: Option<BTreeMap<String, KeysAndAttributes>>,
    /// The read capacity units consumed by the entire BatchGetItem operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// The BatchWriteItem operation puts or deletes multiple items in one or more tables.
///
/// Errors: [`BatchWriteItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "BatchWriteItem",
    output = "BatchWriteItemOutput",
    errors(ProvisionedThroughputExceededException, ResourceNotFoundException, ItemCollectionSizeLimitExceededException, RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException, ThrottlingException),
    operation_context_params(ResourceArnList = "keys(RequestItems)"),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchWriteItem {
    /// A map of one or more table names or table ARNs and, for each table, a list of operations to be performed ( DeleteRequest or PutRequest ).
    #[aws(length(min = 1, max = 25))]
    pub request_items: BTreeMap<String, Vec<WriteRequest>>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
}

/// Represents the output of a BatchWriteItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchWriteItemOutput {
    /// A map of tables and requests against those tables that were not processed.
    #[aws(length(min = 1, max = 25))]
    pub unprocessed_items: Option<BTreeMap<String, Vec<WriteRequest>>>,
    /// A list of tables that were processed by BatchWriteItem and, for each table, information about any item collections that were affected by individual DeleteItem or PutItem operations.
    pub item_collection_metrics: Option<BTreeMap<String, Vec<ItemCollectionMetrics>>>,
    /// The capacity units consumed by the entire BatchWriteItem operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// Deletes a single item in a table by primary key.
///
/// Errors: [`DeleteItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DeleteItem",
    output = "DeleteItemOutput",
    errors(ConditionalCheckFailedException, ProvisionedThroughputExceededException, ResourceNotFoundException, ItemCollectionSizeLimitExceededException, TransactionConflictException, RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteItem {
    /// The name of the table from which to delete the item.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// A map of attribute names to AttributeValue objects, representing the primary key of the item to delete.
    pub key: BTreeMap<String, AttributeValue>,
    /// This is a legacy parameter.
    pub expected: Option<BTreeMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use ReturnValues if you want to get the item attributes as they appeared before they were deleted.
    pub return_values: Option<ReturnValue>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// A condition that must be satisfied in order for a conditional DeleteItem to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a DeleteItem operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of a DeleteItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteItemOutput {
    /// A map of attribute names to AttributeValue objects, representing the item as it appeared before the DeleteItem operation.
    pub attributes: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the DeleteItem operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the DeleteItem operation.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// The GetItem operation returns a set of attributes for the item with the given primary key.
///
/// Errors: [`GetItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "GetItem",
    output = "GetItemOutput",
    errors(ProvisionedThroughputExceededException, ResourceNotFoundException, RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItem {
    /// The name of the table containing the requested item.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// A map of attribute names to AttributeValue objects, representing the primary key of the item to retrieve.
    pub key: BTreeMap<String, AttributeValue>,
    /// This is a legacy parameter.
    #[aws(length(min = 1))]
    pub attributes_to_get: Option<Vec<String>>,
    /// Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
}

/// Represents the output of a GetItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItemOutput {
    /// A map of attribute names to AttributeValue objects, as specified by ProjectionExpression.
    pub item: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the GetItem operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// Creates a new item, or replaces an old item with a new item.
///
/// Errors: [`PutItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "PutItem",
    output = "PutItemOutput",
    errors(ConditionalCheckFailedException, ProvisionedThroughputExceededException, ResourceNotFoundException, ItemCollectionSizeLimitExceededException, TransactionConflictException, RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutItem {
    /// The name of the table to contain the item.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// A map of attribute name/value pairs, one for each attribute.
    pub item: BTreeMap<String, AttributeValue>,
    /// This is a legacy parameter.
    pub expected: Option<BTreeMap<String, ExpectedAttributeValue>>,
    /// Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request.
    pub return_values: Option<ReturnValue>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// This is a legacy parameter.
    pub conditional_operator: Option<ConditionalOperator>,
    /// A condition that must be satisfied in order for a conditional PutItem operation to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PutItem operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of a PutItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the PutItem operation, but only if ReturnValues is specified as ALL_OLD in the request.
    pub attributes: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the PutItem operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the PutItem operation.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// TransactGetItems is a synchronous operation that atomically retrieves multiple items from one or more tables (but not from indexes) in a single account and Region.
///
/// Errors: [`TransactGetItemsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "TransactGetItems",
    output = "TransactGetItemsOutput",
    errors(ResourceNotFoundException, TransactionCanceledException, ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError, ThrottlingException),
    operation_context_params(ResourceArnList = "TransactItems[*].Get.TableName"),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactGetItems {
    /// An ordered array of up to 100 TransactGetItem objects, each of which contains a Get structure.
    #[aws(length(min = 1, max = 100))]
    pub transact_items: Vec<TransactGetItem>,
    /// A value of TOTAL causes consumed capacity information to be returned, and a value of NONE prevents that information from being returned.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of [`TransactGetItems`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactGetItemsOutput {
    /// If the ReturnConsumedCapacity value was TOTAL, this is an array of ConsumedCapacity objects, one for each table addressed by TransactGetItem objects in the TransactItems parameter.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// An ordered array of up to 100 ItemResponse objects, each of which corresponds to the TransactGetItem object in the same position in the TransactItems array.
    #[aws(length(min = 1, max = 100))]
    pub responses: Option<Vec<ItemResponse>>,
}

/// TransactWriteItems is a synchronous write operation that groups up to 100 action requests.
///
/// Errors: [`TransactWriteItemsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "TransactWriteItems",
    output = "TransactWriteItemsOutput",
    errors(ResourceNotFoundException, TransactionCanceledException, TransactionInProgressException, IdempotentParameterMismatchException, ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError, ThrottlingException),
    operation_context_params(ResourceArnList = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]"),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItems {
    /// An ordered array of up to 100 TransactWriteItem objects, each of which contains a ConditionCheck, Put, Update, or Delete object.
    #[aws(length(min = 1, max = 100))]
    pub transact_items: Vec<TransactWriteItem>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Providing a ClientRequestToken makes the call to TransactWriteItems idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(idempotency_token, length(min = 1, max = 36))]
    pub client_request_token: Option<String>,
}

/// The output of [`TransactWriteItems`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItemsOutput {
    /// The capacity units consumed by the entire TransactWriteItems operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// A list of tables that were processed by TransactWriteItems and, for each table, information about any item collections that were affected by individual UpdateItem, PutItem, or DeleteItem operations.
    pub item_collection_metrics: Option<BTreeMap<String, Vec<ItemCollectionMetrics>>>,
}

/// Edits an existing item's attributes, or adds a new item to the table if it does not already exist.
///
/// Errors: [`UpdateItemError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateItem",
    output = "UpdateItemOutput",
    errors(ConditionalCheckFailedException, ProvisionedThroughputExceededException, ResourceNotFoundException, ItemCollectionSizeLimitExceededException, TransactionConflictException, RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateItem {
    /// The name of the table containing the item to update.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The primary key of the item to be updated.
    pub key: BTreeMap<String, AttributeValue>,
    /// This is a legacy parameter.
    pub attribute_updates: Option<BTreeMap<String, AttributeValueUpdate>>,
    /// This is a legacy parameter.
    pub expected: Option<BTreeMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use ReturnValues if you want to get the item attributes as they appear before or after they are successfully updated.
    pub return_values: Option<ReturnValue>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them.
    pub update_expression: Option<String>,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for an UpdateItem operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of an UpdateItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the UpdateItem operation, as determined by the ReturnValues parameter.
    pub attributes: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the UpdateItem operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the UpdateItem operation.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}
