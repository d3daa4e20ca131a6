//! Amazon DynamoDB (`DynamoDB_20120810`, awsJson 1.0): create a table, write, read and query
//! items, list tables page by page, delete the table. Declared from
//! `models/dynamodb/service-2.json`: the members these operations need (all the model's
//! required ones among them), with the model's wire names and constraints.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, EpochSeconds, Service};

/// Amazon DynamoDB: its endpoints come from its published rule set (regions, FIPS,
/// dual-stack, partitions, `local`).
pub const DYNAMODB: Service = Service::aws_json_1_0("dynamodb", "DynamoDB_20120810")
    .service_id("DynamoDB")
    .endpoint_rules(include_str!(
        "../../../models/dynamodb/endpoint-rule-set-1.json"
    ));

awsop::json_union! {
    /// The data of an attribute: exactly one of its types.
    pub enum AttributeValue {
        /// A string.
        S(String) = "S",
        /// A number, as a string.
        N(String) = "N",
        /// Bytes.
        B(Blob) = "B",
        /// A set of strings.
        Ss(Vec<String>) = "SS",
        /// A set of numbers, as strings.
        Ns(Vec<String>) = "NS",
        /// A set of byte strings.
        Bs(Vec<Blob>) = "BS",
        /// A map of attributes.
        M(BTreeMap<String, AttributeValue>) = "M",
        /// A list of attributes.
        L(Vec<AttributeValue>) = "L",
        /// Null.
        Null(bool) = "NULL",
        /// A boolean.
        Bool(bool) = "BOOL",
    }
}

/// An item, or a key: attribute names to values.
pub type AttributeMap = BTreeMap<String, AttributeValue>;

awsop::string_enum! {
    /// The role of a key attribute.
    pub enum KeyType { Hash = "HASH", Range = "RANGE" }
}

awsop::string_enum! {
    /// The type of a key attribute.
    pub enum ScalarAttributeType { S = "S", N = "N", B = "B" }
}

awsop::string_enum! {
    /// How reads and writes are charged.
    pub enum BillingMode { Provisioned = "PROVISIONED", PayPerRequest = "PAY_PER_REQUEST" }
}

awsop::string_enum! {
    /// The state of a table.
    pub enum TableStatus {
        Creating = "CREATING",
        Updating = "UPDATING",
        Deleting = "DELETING",
        Active = "ACTIVE",
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        Archiving = "ARCHIVING",
        Archived = "ARCHIVED",
        ReplicationNotAuthorized = "REPLICATION_NOT_AUTHORIZED",
    }
}

/// An attribute of the key schema and its type.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeDefinition {
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
    pub attribute_type: ScalarAttributeType,
}

/// One attribute of a primary key.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeySchemaElement {
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
    pub key_type: KeyType,
}

/// A table as DynamoDB describes it (the members a program usually reads).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct TableDescription {
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    #[aws(length(min = 1, max = 2))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    pub table_status: Option<TableStatus>,
    pub creation_date_time: Option<EpochSeconds>,
    pub table_size_bytes: Option<i64>,
    pub item_count: Option<i64>,
    pub table_arn: Option<String>,
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
    pub deletion_protection_enabled: Option<bool>,
}

/// A condition on a key attribute (the legacy `KeyConditions` form).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Condition {
    pub attribute_value_list: Option<Vec<AttributeValue>>,
    pub comparison_operator: String,
}

modeled_errors!(
    message:
    /// A table or index that does not exist, or is not `ACTIVE`.
    ResourceNotFoundException,
    /// The table exists already, or is being created or deleted.
    ResourceInUseException,
    /// Too many table operations at once.
    LimitExceededException,
    /// The server failed.
    InternalServerError,
    /// The condition of a write did not hold.
    ConditionalCheckFailedException,
);

/// Creates a table.
#[aws_operation(
    service = DYNAMODB,
    name = "CreateTable",
    errors(ResourceInUseException, LimitExceededException, InternalServerError)
)]
#[derive(Debug, Clone, Default)]
pub struct CreateTable {
    /// The key attributes' types (optional in the model, needed for a new table).
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
    /// The primary key (optional in the model, needed for a new table).
    #[aws(length(min = 1, max = 2))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    pub billing_mode: Option<BillingMode>,
    pub deletion_protection_enabled: Option<bool>,
}

/// The output of [`CreateTable`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct CreateTableResponse {
    pub table_description: Option<TableDescription>,
}

/// Describes a table: its status, key and size.
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeTable",
    errors(ResourceNotFoundException, InternalServerError)
)]
#[derive(Debug, Clone, Default)]
pub struct DescribeTable {
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
}

/// The output of [`DescribeTable`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct DescribeTableResponse {
    pub table: Option<TableDescription>,
}

/// Writes an item, replacing one with the same key.
#[aws_operation(
    service = DYNAMODB,
    name = "PutItem",
    errors(ConditionalCheckFailedException, ResourceNotFoundException, InternalServerError)
)]
#[derive(Debug, Clone, Default)]
pub struct PutItem {
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
    pub item: AttributeMap,
    pub condition_expression: Option<String>,
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    pub expression_attribute_values: Option<AttributeMap>,
}

/// The output of [`PutItem`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct PutItemResponse {
    pub attributes: Option<AttributeMap>,
}

/// Reads an item by its key.
#[aws_operation(
    service = DYNAMODB,
    name = "GetItem",
    errors(ResourceNotFoundException, InternalServerError)
)]
#[derive(Debug, Clone, Default)]
pub struct GetItem {
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
    pub key: AttributeMap,
    pub consistent_read: Option<bool>,
    pub projection_expression: Option<String>,
}

/// The output of [`GetItem`]: no item when none has the key.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetItemResponse {
    pub item: Option<AttributeMap>,
}

/// Reads the items of one partition key, in sort-key order.
#[aws_operation(
    service = DYNAMODB,
    name = "Query",
    errors(ResourceNotFoundException, InternalServerError)
)]
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    #[aws(range(min = 1))]
    pub limit: Option<i32>,
    pub consistent_read: Option<bool>,
    pub scan_index_forward: Option<bool>,
    pub exclusive_start_key: Option<AttributeMap>,
    pub key_condition_expression: Option<String>,
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    pub expression_attribute_values: Option<AttributeMap>,
}

/// The output of [`Query`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct QueryResponse {
    pub items: Option<Vec<AttributeMap>>,
    pub count: Option<i32>,
    pub scanned_count: Option<i32>,
    pub last_evaluated_key: Option<AttributeMap>,
}

/// Lists the account's tables in the region, a page at a time.
#[aws_operation(service = DYNAMODB, name = "ListTables", errors(InternalServerError))]
#[derive(Debug, Clone, Default)]
pub struct ListTables {
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub exclusive_start_table_name: Option<String>,
    #[aws(range(min = 1, max = 100))]
    pub limit: Option<i32>,
}

/// The output of [`ListTables`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ListTablesResponse {
    pub table_names: Option<Vec<String>>,
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub last_evaluated_table_name: Option<String>,
}

/// The model's paginator: `ExclusiveStartTableName` from `LastEvaluatedTableName`, `Limit`,
/// items `TableNames`.
impl awsop::Paginate for ListTables {
    type Item = String;
    fn set_next_token(&mut self, token: Option<String>) {
        self.exclusive_start_table_name = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &ListTablesResponse) -> Option<&str> {
        output.last_evaluated_table_name.as_deref()
    }
    fn items(output: ListTablesResponse) -> Vec<String> {
        output.table_names.unwrap_or_default()
    }
}

/// Deletes a table and its items.
#[aws_operation(
    service = DYNAMODB,
    name = "DeleteTable",
    errors(
        ResourceInUseException,
        ResourceNotFoundException,
        LimitExceededException,
        InternalServerError
    )
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteTable {
    /// A name or an ARN; the endpoint rule set reads it as `ResourceArn`.
    #[aws(length(min = 1, max = 1024), context_param = "ResourceArn")]
    pub table_name: String,
}

/// The output of [`DeleteTable`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct DeleteTableResponse {
    pub table_description: Option<TableDescription>,
}
