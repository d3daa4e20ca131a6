// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::aws_shape;

use crate::*;

/// A structure that contains information about one CloudWatch Logs account policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountPolicy {
    /// The name of the account policy.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// The policy document for this account policy.
    #[aws(rename = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
    /// The type of policy for this account policy.
    #[aws(rename = "policyType")]
    pub policy_type: Option<PolicyType>,
    /// The scope of the account policy.
    #[aws(rename = "scope")]
    pub scope: Option<Scope>,
    /// The log group selection criteria that is used for this policy.
    #[aws(rename = "selectionCriteria")]
    pub selection_criteria: Option<String>,
    /// The Amazon Web Services account ID that the policy applies to.
    #[aws(
        rename = "accountId",
        length(min = 12, max = 12),
        pattern = "^\\d{12}$"
    )]
    pub account_id: Option<String>,
}

/// This object defines one key that will be added with the addKeys processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddKeyEntry {
    /// The key of the new entry to be added to the log event
    #[aws(rename = "key", length(min = 1, max = 128))]
    pub key: String,
    /// The value of the new entry to be added to the log event
    #[aws(rename = "value", length(min = 1, max = 256))]
    pub value: String,
    /// Specifies whether to overwrite the value if the key already exists in the log event.
    #[aws(rename = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// This processor adds new key-value pairs to the log event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddKeys {
    /// An array of objects, where each object contains the information about one key to add to the log event.
    #[aws(rename = "entries", length(min = 1, max = 5))]
    pub entries: Vec<AddKeyEntry>,
}

/// Contains an aggregate summary of log groups grouped by data source characteristics, including the count of log groups and their grouping identifiers.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AggregateLogGroupSummary {
    /// The number of log groups in this aggregate summary group.
    #[aws(rename = "logGroupCount")]
    pub log_group_count: Option<i32>,
    /// An array of key-value pairs that identify the data source characteristics used to group the log groups.
    #[aws(rename = "groupingIdentifiers")]
    pub grouping_identifiers: Option<Vec<GroupingIdentifier>>,
}

/// This structure represents one anomaly that has been found by a logs anomaly detector.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Anomaly {
    /// The unique ID that CloudWatch Logs assigned to this anomaly.
    #[aws(rename = "anomalyId", length(min = 36, max = 36))]
    pub anomaly_id: String,
    /// The ID of the pattern used to help identify this anomaly.
    #[aws(rename = "patternId", length(min = 32, max = 32))]
    pub pattern_id: String,
    /// The ARN of the anomaly detector that identified this anomaly.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: String,
    /// The pattern used to help identify this anomaly, in string format.
    #[aws(rename = "patternString", length(min = 1))]
    pub pattern_string: String,
    /// The pattern used to help identify this anomaly, in regular expression format.
    #[aws(rename = "patternRegex", length(min = 1))]
    pub pattern_regex: Option<String>,
    /// The priority level of this anomaly, as determined by CloudWatch Logs.
    #[aws(rename = "priority", length(min = 1))]
    pub priority: Option<String>,
    /// The date and time when the anomaly detector first saw this anomaly.
    #[aws(rename = "firstSeen", range(min = 0))]
    pub first_seen: i64,
    /// The date and time when the anomaly detector most recently saw this anomaly.
    #[aws(rename = "lastSeen", range(min = 0))]
    pub last_seen: i64,
    /// A human-readable description of the anomaly.
    #[aws(rename = "description", length(min = 1))]
    pub description: String,
    /// Specifies whether this anomaly is still ongoing.
    #[aws(rename = "active")]
    pub active: bool,
    /// Indicates the current state of this anomaly.
    #[aws(rename = "state")]
    pub state: State,
    /// A map showing times when the anomaly detector ran, and the number of occurrences of this anomaly that were detected at each of those runs.
    #[aws(rename = "histogram")]
    pub histogram: BTreeMap<String, i64>,
    /// An array of sample log event messages that are considered to be part of this anomaly.
    #[aws(rename = "logSamples")]
    pub log_samples: Vec<LogEvent>,
    /// An array of structures where each structure contains information about one token that makes up the pattern.
    #[aws(rename = "patternTokens")]
    pub pattern_tokens: Vec<PatternToken>,
    /// An array of ARNS of the log groups that contained log events considered to be part of this anomaly.
    #[aws(rename = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    /// Indicates whether this anomaly is currently suppressed.
    #[aws(rename = "suppressed")]
    pub suppressed: Option<bool>,
    /// If the anomaly is suppressed, this indicates when it was suppressed.
    #[aws(rename = "suppressedDate", range(min = 0))]
    pub suppressed_date: Option<i64>,
    /// If the anomaly is suppressed, this indicates when the suppression will end.
    #[aws(rename = "suppressedUntil", range(min = 0))]
    pub suppressed_until: Option<i64>,
    /// If this anomaly is suppressed, this field is true if the suppression is because the pattern is suppressed.
    #[aws(rename = "isPatternLevelSuppression")]
    pub is_pattern_level_suppression: Option<bool>,
}

/// Contains information about one anomaly detector in the account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnomalyDetector {
    /// The ARN of the anomaly detector.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: Option<String>,
    /// The name of the anomaly detector.
    #[aws(rename = "detectorName", length(min = 1))]
    pub detector_name: Option<String>,
    /// A list of the ARNs of the log groups that this anomaly detector watches.
    #[aws(rename = "logGroupArnList")]
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies.
    #[aws(rename = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// Specifies the current status of the anomaly detector.
    #[aws(rename = "anomalyDetectorStatus")]
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    /// The ARN of the KMS key assigned to this anomaly detector, if any.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    /// The date and time when this anomaly detector was created.
    #[aws(rename = "creationTimeStamp", range(min = 0))]
    pub creation_time_stamp: Option<i64>,
    /// The date and time when this anomaly detector was most recently modified.
    #[aws(rename = "lastModifiedTimeStamp", range(min = 0))]
    pub last_modified_time_stamp: Option<i64>,
    /// The number of days used as the life cycle of anomalies.
    #[aws(rename = "anomalyVisibilityTime", range(min = 7, max = 90))]
    pub anomaly_visibility_time: Option<i64>,
}

/// The CSV processor parses comma-separated values (CSV) from the log events into columns.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSV {
    /// The character used used as a text qualifier for a single column of data.
    #[aws(rename = "quoteCharacter", length(min = 1, max = 1))]
    pub quote_character: Option<String>,
    /// The character used to separate each column in the original comma-separated value log event.
    #[aws(rename = "delimiter", length(min = 1, max = 2))]
    pub delimiter: Option<String>,
    /// An array of names to use for the columns in the transformed log event.
    #[aws(rename = "columns", length(max = 100))]
    pub columns: Option<Vec<String>>,
    /// The path to the field in the log event that has the comma separated values to be parsed.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
    /// The path to the parent field to put transformed key value pairs under.
    #[aws(rename = "destination", length(min = 1, max = 128))]
    pub destination: Option<String>,
}

/// A structure containing information about the deafult settings and available settings that you can use to configure a delivery or a delivery destination.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigurationTemplate {
    /// A string specifying which service this configuration template applies to.
    #[aws(rename = "service", length(min = 1, max = 255), pattern = "[\\w_-]*")]
    pub service: Option<String>,
    /// A string specifying which log type this configuration template applies to.
    #[aws(rename = "logType", length(min = 1, max = 255), pattern = "[\\w]*")]
    pub log_type: Option<String>,
    /// A string specifying which resource type this configuration template applies to.
    #[aws(rename = "resourceType", length(min = 1, max = 255))]
    pub resource_type: Option<String>,
    /// A string specifying which destination type this configuration template applies to.
    #[aws(rename = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// A mapping that displays the default value of each property within a delivery's configuration, if it is not specified in the request.
    #[aws(rename = "defaultDeliveryConfigValues")]
    pub default_delivery_config_values: Option<ConfigurationTemplateDeliveryConfigValues>,
    /// The allowed fields that a caller can use in the recordFields parameter of a CreateDelivery or UpdateDeliveryConfiguration operation.
    #[aws(rename = "allowedFields")]
    pub allowed_fields: Option<Vec<RecordField>>,
    /// The list of delivery destination output formats that are supported by this log source.
    #[aws(rename = "allowedOutputFormats")]
    pub allowed_output_formats: Option<Vec<OutputFormat>>,
    /// The action permissions that a caller needs to have to be able to successfully create a delivery source on the desired resource type when calling PutDeliverySource.
    #[aws(rename = "allowedActionForAllowVendedLogsDeliveryForResource")]
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: Option<String>,
    /// The valid values that a caller can use as field delimiters when calling CreateDelivery or UpdateDeliveryConfiguration on a delivery that delivers in Plain, W3C, or Raw format.
    #[aws(rename = "allowedFieldDelimiters")]
    pub allowed_field_delimiters: Option<Vec<String>>,
    /// The list of variable fields that can be used in the suffix path of a delivery that delivers to an S3 bucket.
    #[aws(rename = "allowedSuffixPathFields", length(min = 0, max = 128))]
    pub allowed_suffix_path_fields: Option<Vec<String>>,
    /// The schema of the delivery source configuration that is available for this log type.
    #[aws(rename = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<Vec<DeliverySourceConfigurationSchema>>,
    /// The S3 Tables integration configuration for this configuration template, including the datasource name and type.
    #[aws(rename = "s3TablesIntegration")]
    pub s3_tables_integration: Option<S3TablesIntegration>,
}

/// This structure contains the default values that are used for each configuration parameter when you use CreateDelivery to create a deliver under the current service type, resource type, and log type.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigurationTemplateDeliveryConfigValues {
    /// The default record fields that will be delivered when a list of record fields is not provided in a CreateDelivery operation.
    #[aws(rename = "recordFields", length(min = 0, max = 128))]
    pub record_fields: Option<Vec<String>>,
    /// The default field delimiter that is used in a CreateDelivery operation when the field delimiter is not specified in that operation.
    #[aws(rename = "fieldDelimiter", length(min = 0, max = 5))]
    pub field_delimiter: Option<String>,
    /// The delivery parameters that are used when you create a delivery to a delivery destination that is an S3 Bucket.
    #[aws(rename = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// This processor copies values within a log event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopyValue {
    /// An array of CopyValueEntry objects, where each object contains the information about one field value to copy.
    #[aws(rename = "entries", length(min = 1, max = 5))]
    pub entries: Vec<CopyValueEntry>,
}

/// This object defines one value to be copied with the copyValue processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopyValueEntry {
    /// The key to copy.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The key of the field to copy the value to.
    #[aws(rename = "target", length(min = 1, max = 128))]
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists.
    #[aws(rename = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// Represents a data source that categorizes logs by originating service and log type, providing service-based organization complementing traditional log groups.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataSource {
    /// The name of the data source.
    #[aws(rename = "name")]
    pub name: String,
    /// The type of the data source.
    #[aws(rename = "type")]
    pub type_: Option<String>,
}

/// Filter criteria for data sources, used to specify which data sources to include in operations based on name and type.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataSourceFilter {
    /// The name pattern to filter data sources by.
    #[aws(rename = "name")]
    pub name: String,
    /// The type pattern to filter data sources by.
    #[aws(rename = "type")]
    pub type_: Option<String>,
}

/// This processor converts a datetime string into a format that you specify.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DateTimeConverter {
    /// The key to apply the date conversion to.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The JSON field to store the result in.
    #[aws(rename = "target", length(min = 1, max = 128))]
    pub target: String,
    /// The datetime format to use for the converted data in the target field.
    #[aws(rename = "targetFormat", length(min = 1, max = 64))]
    pub target_format: Option<String>,
    /// A list of patterns to match against the source field.
    #[aws(rename = "matchPatterns", length(min = 1, max = 5))]
    pub match_patterns: Vec<String>,
    /// The time zone of the source field.
    #[aws(rename = "sourceTimezone", length(min = 1))]
    pub source_timezone: Option<String>,
    /// The time zone of the target field.
    #[aws(rename = "targetTimezone", length(min = 1))]
    pub target_timezone: Option<String>,
    /// The locale of the source field.
    #[aws(rename = "locale", length(min = 1))]
    pub locale: Option<String>,
}

/// This processor deletes entries from a log event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteKeys {
    /// The list of keys to delete.
    #[aws(rename = "withKeys", length(min = 1, max = 5))]
    pub with_keys: Vec<String>,
}

/// This structure contains information about one delivery in your account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delivery {
    /// The unique ID that identifies this delivery in your account.
    #[aws(rename = "id", length(min = 1, max = 64), pattern = "^[0-9A-Za-z]+$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// The name of the delivery source that is associated with this delivery.
    #[aws(
        rename = "deliverySourceName",
        length(min = 1, max = 60),
        pattern = "[\\w-]*"
    )]
    pub delivery_source_name: Option<String>,
    /// The ARN of the delivery destination that is associated with this delivery.
    #[aws(rename = "deliveryDestinationArn")]
    pub delivery_destination_arn: Option<String>,
    /// Displays whether the delivery destination associated with this delivery is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
    #[aws(rename = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The record fields used in this delivery.
    #[aws(rename = "recordFields", length(min = 0, max = 128))]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter that is used between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
    #[aws(rename = "fieldDelimiter", length(min = 0, max = 5))]
    pub field_delimiter: Option<String>,
    /// This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
    #[aws(rename = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// The tags that have been assigned to this delivery.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// This structure contains information about one delivery destination in your account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliveryDestination {
    /// The name of this delivery destination.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery destination.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
    #[aws(rename = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The format of the logs that are sent to this delivery destination.
    #[aws(rename = "outputFormat")]
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
    #[aws(rename = "deliveryDestinationConfiguration")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The ARN of the IAM role that CloudWatch Logs assumes to deliver to this delivery destination.
    #[aws(rename = "roleArn")]
    pub role_arn: Option<String>,
    /// The tags that have been assigned to this delivery destination.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// A structure that contains information about one logs delivery destination.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliveryDestinationConfiguration {
    /// The ARN of the Amazon Web Services destination that this delivery destination represents.
    #[aws(rename = "destinationResourceArn")]
    pub destination_resource_arn: String,
}

/// This structure contains information about one delivery source in your account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliverySource {
    /// The unique name of the delivery source.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery source.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// This array contains the ARN of the Amazon Web Services resource that sends logs and is represented by this delivery source.
    #[aws(rename = "resourceArns")]
    pub resource_arns: Option<Vec<String>>,
    /// The Amazon Web Services service that is sending logs.
    #[aws(rename = "service", length(min = 1, max = 255), pattern = "[\\w_-]*")]
    pub service: Option<String>,
    /// The type of log that the source is sending.
    #[aws(rename = "logType", length(min = 1, max = 255), pattern = "[\\w]*")]
    pub log_type: Option<String>,
    /// The tags that have been assigned to this delivery source.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
    /// The map of key-value pairs that configure the delivery source.
    #[aws(rename = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<BTreeMap<String, String>>,
    /// The status of the delivery source.
    #[aws(rename = "status")]
    pub status: Option<DeliverySourceStatus>,
    /// The reason for the status of the delivery source.
    #[aws(rename = "statusReason")]
    pub status_reason: Option<DeliverySourceStatusReason>,
}

/// A structure that describes a single configuration for a log type, including its name, value type, default value, and the range of supported values.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliverySourceConfigurationSchema {
    /// The name of the configuration.
    #[aws(rename = "keyName", length(min = 1, max = 256))]
    pub key_name: String,
    /// The data type of the configuration value.
    #[aws(rename = "valueType")]
    pub value_type: DeliverySourceConfigurationSchemaValueType,
    /// The default value of the configuration that is used when a value is not specified in a PutDeliverySource request.
    #[aws(rename = "defaultValue", length(min = 1, max = 256))]
    pub default_value: String,
    /// The list of allowed values for the configuration.
    #[aws(rename = "supportedValues")]
    pub supported_values: Option<Vec<String>>,
    /// The minimum numeric value allowed for the configuration.
    #[aws(rename = "minValue")]
    pub min_value: Option<f64>,
    /// The maximum numeric value allowed for the configuration.
    #[aws(rename = "maxValue")]
    pub max_value: Option<f64>,
}

/// Represents a cross-account destination that receives subscription log events.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Destination {
    /// The name of the destination.
    #[aws(
        rename = "destinationName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub destination_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the physical target where the log events are delivered (for example, a Kinesis stream).
    #[aws(rename = "targetArn", length(min = 1))]
    pub target_arn: Option<String>,
    /// A role for impersonation, used when delivering log events to the target.
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: Option<String>,
    /// An IAM policy document that governs which Amazon Web Services accounts can create subscription filters against this destination.
    #[aws(rename = "accessPolicy", length(min = 1))]
    pub access_policy: Option<String>,
    /// The ARN of this destination.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// The creation time of the destination, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
}

/// Configuration for where to deliver scheduled query results.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DestinationConfiguration {
    /// Configuration for delivering query results to Amazon S3.
    #[aws(rename = "s3Configuration")]
    pub s3_configuration: Option<S3Configuration>,
    /// Configuration for delivering query results to a lookup table.
    #[aws(rename = "lookupTableConfiguration")]
    pub lookup_table_configuration: Option<LookupTableConfiguration>,
}

/// Contains the estimated impact of creating, updating, or deleting an account-level retention policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DryRunResult {
    /// The number of log groups in the scope of the policy that were analyzed.
    #[aws(rename = "totalMatchedLogGroups", range(min = 0))]
    pub total_matched_log_groups: Option<i32>,
    /// The number of log groups whose effective retention period would become longer.
    #[aws(rename = "increasedRetentionLogGroupCount", range(min = 0))]
    pub increased_retention_log_group_count: Option<i32>,
    /// The number of log groups whose effective retention period would become shorter.
    #[aws(rename = "decreasedRetentionLogGroupCount", range(min = 0))]
    pub decreased_retention_log_group_count: Option<i32>,
    /// The number of log groups whose effective retention period would not change.
    #[aws(rename = "unchangedRetentionLogGroupCount", range(min = 0))]
    pub unchanged_retention_log_group_count: Option<i32>,
    /// The number of log groups in the scope of the policy that could not be analyzed.
    #[aws(rename = "failedAnalysisCount", range(min = 0))]
    pub failed_analysis_count: Option<i32>,
    /// Up to 20 log groups in the scope of the policy, sorted by stored bytes in descending order.
    #[aws(rename = "topLogGroupsImpacted")]
    pub top_log_groups_impacted: Option<Vec<LogGroupImpact>>,
}

/// The entity associated with the log events in a PutLogEvents call.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value pairs.
    #[aws(rename = "keyAttributes", length(min = 2, max = 4))]
    pub key_attributes: Option<BTreeMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the entity.
    #[aws(rename = "attributes", length(min = 0, max = 10))]
    pub attributes: Option<BTreeMap<String, String>>,
}

/// Represents an export task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportTask {
    /// The ID of the export task.
    #[aws(rename = "taskId", length(min = 1, max = 512))]
    pub task_id: Option<String>,
    /// The name of the export task.
    #[aws(rename = "taskName", length(min = 1, max = 512))]
    pub task_name: Option<String>,
    /// The name of the log group from which logs data was exported.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The start time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "from", range(min = 0))]
    pub from: Option<i64>,
    /// The end time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "to", range(min = 0))]
    pub to: Option<i64>,
    /// The name of the S3 bucket to which the log data was exported.
    #[aws(rename = "destination", length(min = 1, max = 512))]
    pub destination: Option<String>,
    /// The prefix that was used as the start of Amazon S3 key for every object exported.
    #[aws(rename = "destinationPrefix")]
    pub destination_prefix: Option<String>,
    /// The status of the export task.
    #[aws(rename = "status")]
    pub status: Option<ExportTaskStatus>,
    /// Execution information about the export task.
    #[aws(rename = "executionInfo")]
    pub execution_info: Option<ExportTaskExecutionInfo>,
}

/// Represents the status of an export task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportTaskExecutionInfo {
    /// The creation time of the export task, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The completion time of the export task, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "completionTime", range(min = 0))]
    pub completion_time: Option<i64>,
}

/// Represents the status of an export task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportTaskStatus {
    /// The status code of the export task.
    #[aws(rename = "code")]
    pub code: Option<ExportTaskStatusCode>,
    /// The status message related to the status code.
    #[aws(rename = "message")]
    pub message: Option<String>,
}

/// This structure describes one log event field that is used as an index in at least one index policy in this account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldIndex {
    /// If this field index appears in an index policy that applies only to a single log group, the ARN of that log group is displayed here.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The string that this field index matches.
    #[aws(
        rename = "fieldIndexName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub field_index_name: Option<String>,
    /// The most recent time that CloudWatch Logs scanned ingested log events to search for this field index to improve the speed of future CloudWatch Logs Insights queries that search for this field index.
    #[aws(rename = "lastScanTime", range(min = 0))]
    pub last_scan_time: Option<i64>,
    /// The time and date of the earliest log event that matches this field index, after the index policy that contains it was created.
    #[aws(rename = "firstEventTime", range(min = 0))]
    pub first_event_time: Option<i64>,
    /// The time and date of the most recent log event that matches this field index.
    #[aws(rename = "lastEventTime", range(min = 0))]
    pub last_event_time: Option<i64>,
    /// The type of index.
    #[aws(rename = "type")]
    pub type_: Option<IndexType>,
    /// The category of the field index: DEFAULT : Fields that CloudWatch Logs indexes by default.
    #[aws(rename = "indexCategory")]
    pub index_category: Option<IndexCategory>,
}

/// Represents a matched event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilteredLogEvent {
    /// The name of the log stream to which this event belongs.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: Option<String>,
    /// The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "timestamp", range(min = 0))]
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    #[aws(rename = "message", length(min = 1))]
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "ingestionTime", range(min = 0))]
    pub ingestion_time: Option<i64>,
    /// The ID of the event.
    #[aws(rename = "eventId")]
    pub event_id: Option<String>,
}

/// This processor uses pattern matching to parse and structure unstructured data.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grok {
    /// The path to the field in the log event that you want to parse.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
    /// The grok pattern to match against the log event.
    #[aws(rename = "match", length(min = 1, max = 512))]
    pub match_: String,
}

/// A key-value pair that identifies how log groups are grouped in aggregate summaries.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupingIdentifier {
    /// The key that identifies the grouping characteristic.
    #[aws(rename = "key")]
    pub key: Option<String>,
    /// The value associated with the grouping characteristic.
    #[aws(rename = "value")]
    pub value: Option<String>,
}

/// An import job to move data from CloudTrail Event Data Store to CloudWatch.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Import {
    /// The unique identifier of the import task.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: Option<String>,
    /// The ARN of the CloudTrail Lake Event Data Store being imported from.
    #[aws(rename = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The current status of the import task.
    #[aws(rename = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// The ARN of the managed CloudWatch Logs log group where the events are being imported to.
    #[aws(rename = "importDestinationArn")]
    pub import_destination_arn: Option<String>,
    /// Statistics about the import progress
    #[aws(rename = "importStatistics")]
    pub import_statistics: Option<ImportStatistics>,
    /// The filter criteria used for this import task.
    #[aws(rename = "importFilter")]
    pub import_filter: Option<ImportFilter>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
    /// Error message related to any failed imports
    #[aws(rename = "errorMessage")]
    pub error_message: Option<String>,
}

/// A collection of events being imported to CloudWatch
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportBatch {
    /// The unique identifier of the import batch.
    #[aws(rename = "batchId", length(min = 1, max = 256))]
    pub batch_id: String,
    /// The current status of the import batch.
    #[aws(rename = "status")]
    pub status: ImportStatus,
    /// The error message if the batch failed to import.
    #[aws(rename = "errorMessage")]
    pub error_message: Option<String>,
}

/// The filter criteria used for import tasks
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportFilter {
    /// The start of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "startEventTime", range(min = 0))]
    pub start_event_time: Option<i64>,
    /// The end of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "endEventTime", range(min = 0))]
    pub end_event_time: Option<i64>,
}

/// Statistics about the import progress
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportStatistics {
    /// The total number of bytes that have been imported to the managed log group.
    #[aws(rename = "bytesImported", range(min = 0))]
    pub bytes_imported: Option<i64>,
}

/// This structure contains information about one field index policy in this account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexPolicy {
    /// The ARN of the log group that this index policy applies to.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The date and time that this index policy was most recently updated.
    #[aws(rename = "lastUpdateTime", range(min = 0))]
    pub last_update_time: Option<i64>,
    /// The policy document for this index policy, in JSON format.
    #[aws(rename = "policyDocument", length(min = 1, max = 51200))]
    pub policy_document: Option<String>,
    /// The name of this policy.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// This field indicates whether this is an account-level index policy or an index policy that applies only to a single log group.
    #[aws(rename = "source")]
    pub source: Option<IndexSource>,
}

/// Represents a log event, which is a record of activity that was recorded by the application or resource being monitored.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "timestamp", range(min = 0))]
    pub timestamp: i64,
    /// The raw event message.
    #[aws(rename = "message", length(min = 1))]
    pub message: String,
}

awsop::json_union! {
    /// This structure contains information about the integration configuration. A union: exactly one member is set.
    pub enum IntegrationDetails {
        /// This structure contains complete information about one integration between CloudWatch Logs and OpenSearch Service.
        OpenSearchIntegrationDetails(OpenSearchIntegrationDetails) = "openSearchIntegrationDetails",
    }
}

/// This structure contains information about one CloudWatch Logs integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntegrationSummary {
    /// The name of this integration.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: Option<String>,
    /// The type of integration.
    #[aws(rename = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    #[aws(rename = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// This processor takes a list of objects that contain key fields, and converts them into a map of target keys.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListToMap {
    /// The key in the log event that has a list of objects that will be converted to a map.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The key of the field to be extracted as keys in the generated map
    #[aws(rename = "key", length(min = 1, max = 128))]
    pub key: String,
    /// If this is specified, the values that you specify in this parameter will be extracted from the source objects and put into the values of the generated map.
    #[aws(rename = "valueKey", length(min = 1, max = 128))]
    pub value_key: Option<String>,
    /// The key of the field that will hold the generated map
    #[aws(rename = "target", length(min = 1, max = 128))]
    pub target: Option<String>,
    /// A Boolean value to indicate whether the list will be flattened into single items.
    #[aws(rename = "flatten")]
    pub flatten: Option<bool>,
    /// If you set flatten to true, use flattenedElement to specify which element, first or last, to keep.
    #[aws(rename = "flattenedElement")]
    pub flattened_element: Option<FlattenedElement>,
}

/// This structure contains the information for one sample log event that is associated with an anomaly found by a log anomaly detector.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogEvent {
    /// The time stamp of the log event.
    #[aws(rename = "timestamp", range(min = 0))]
    pub timestamp: Option<i64>,
    /// The message content of the log event.
    #[aws(rename = "message", length(min = 1))]
    pub message: Option<String>,
}

/// Defines the data type structure for a log field, including the type, element information, and nested fields for complex types.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogFieldType {
    /// The data type of the log field.
    #[aws(rename = "type")]
    pub type_: Option<String>,
    /// For array or collection types, specifies the element type information.
    #[aws(rename = "element")]
    pub element: Option<Box<LogFieldType>>,
    /// For complex types, contains the nested field definitions.
    #[aws(rename = "fields")]
    pub fields: Option<Vec<LogFieldsListItem>>,
}

/// Represents a log field with its name and data type information for a specific data source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogFieldsListItem {
    /// The name of the log field.
    #[aws(rename = "logFieldName", length(min = 1, max = 256))]
    pub log_field_name: Option<String>,
    /// The data type information for the log field.
    #[aws(rename = "logFieldType")]
    pub log_field_type: Option<LogFieldType>,
}

/// Represents a log group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogGroup {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The creation time of the log group, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    #[aws(rename = "retentionInDays")]
    pub retention_in_days: Option<i32>,
    /// The number of metric filters.
    #[aws(rename = "metricFilterCount")]
    pub metric_filter_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the log group.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// The number of bytes stored.
    #[aws(rename = "storedBytes", range(min = 0))]
    pub stored_bytes: Option<i64>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    /// Displays whether this log group has a protection policy, or whether it had one in the past.
    #[aws(rename = "dataProtectionStatus")]
    pub data_protection_status: Option<DataProtectionStatus>,
    /// Displays all the properties that this log group has inherited from account-level settings.
    #[aws(rename = "inheritedProperties")]
    pub inherited_properties: Option<Vec<InheritedProperty>>,
    /// This specifies the log group class for this log group.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// The Amazon Resource Name (ARN) of the log group.
    #[aws(rename = "logGroupArn")]
    pub log_group_arn: Option<String>,
    /// Indicates whether deletion protection is enabled for this log group.
    #[aws(rename = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: Option<bool>,
    /// Indicates whether bearer token authentication is enabled for this log group.
    #[aws(rename = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: Option<bool>,
    /// The name of the account-level retention policy that determines the retention period of this log group.
    #[aws(rename = "retentionPolicyName")]
    pub retention_policy_name: Option<String>,
}

/// The fields contained in log events found by a GetLogGroupFields operation, along with the percentage of queried log events in which each field appears.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogGroupField {
    /// The name of a log field.
    #[aws(rename = "name")]
    pub name: Option<String>,
    /// The percentage of log events queried that contained the field.
    #[aws(rename = "percent", range(min = 0, max = 100))]
    pub percent: Option<i32>,
}

/// Describes the estimated effect of an account-level retention policy change on one log group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogGroupImpact {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The current effective retention period of the log group, in days.
    #[aws(rename = "currentRetention", length(min = 1, max = 12))]
    pub current_retention: Option<String>,
    /// The effective retention period of the log group, in days, after the change.
    #[aws(rename = "proposedRetention", length(min = 1, max = 12))]
    pub proposed_retention: Option<String>,
    /// The number of bytes stored in the log group.
    #[aws(rename = "storedBytes", range(min = 0))]
    pub stored_bytes: Option<i64>,
}

/// This structure contains information about one log group in your account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogGroupSummary {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the log group.
    #[aws(rename = "logGroupArn")]
    pub log_group_arn: Option<String>,
    /// The log group class for this log group.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
}

/// Represents a log stream, which is a sequence of log events from a single emitter of logs.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogStream {
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: Option<String>,
    /// The creation time of the stream, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The time of the first event, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "firstEventTimestamp", range(min = 0))]
    pub first_event_timestamp: Option<i64>,
    /// The time of the most recent log event in the log stream in CloudWatch Logs.
    #[aws(rename = "lastEventTimestamp", range(min = 0))]
    pub last_event_timestamp: Option<i64>,
    /// The ingestion time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC The lastIngestionTime value updates on an eventual consistency basis.
    #[aws(rename = "lastIngestionTime", range(min = 0))]
    pub last_ingestion_time: Option<i64>,
    /// The sequence token.
    #[aws(rename = "uploadSequenceToken", length(min = 1))]
    pub upload_sequence_token: Option<String>,
    /// The Amazon Resource Name (ARN) of the log stream.
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    /// The number of bytes stored.
    #[aws(rename = "storedBytes", range(min = 0))]
    pub stored_bytes: Option<i64>,
}

/// Contains metadata about a lookup table returned by DescribeLookupTables.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LookupTable {
    /// The ARN of the lookup table.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    #[aws(
        rename = "lookupTableName",
        length(min = 1, max = 256),
        pattern = "^[a-zA-Z0-9_]+$"
    )]
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    #[aws(rename = "description", length(min = 0, max = 1024))]
    pub description: Option<String>,
    /// The column headers from the first row of the CSV file.
    #[aws(rename = "tableFields")]
    pub table_fields: Option<Vec<String>>,
    /// The number of data rows in the lookup table, excluding the header row.
    #[aws(rename = "recordsCount", range(min = 0))]
    pub records_count: Option<i64>,
    /// The size of the lookup table in bytes.
    #[aws(rename = "sizeBytes", range(min = 0))]
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
}

/// Configuration for a lookup table destination.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LookupTableConfiguration {
    /// The name of the lookup table to create or update with query results.
    #[aws(
        rename = "tableName",
        length(min = 1, max = 256),
        pattern = "^[a-zA-Z0-9_]+$"
    )]
    pub table_name: String,
    /// The ARN of the IAM role that grants permissions to create or update the lookup table with query results.
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: String,
    /// A description of the lookup table.
    #[aws(rename = "description", length(min = 0, max = 1024))]
    pub description: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    /// Key-value pairs to associate with the lookup table for resource management and cost allocation.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// This processor converts a string to lowercase.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LowerCaseString {
    /// The array caontaining the keys of the fields to convert to lowercase.
    #[aws(rename = "withKeys", length(min = 1, max = 10))]
    pub with_keys: Vec<String>,
}

/// Metric filters express how CloudWatch Logs would extract metric observations from ingested log events and transform them into metric data in a CloudWatch metric.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricFilter {
    /// The name of the metric filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: Option<String>,
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// The metric transformations.
    #[aws(rename = "metricTransformations", length(min = 1, max = 1))]
    pub metric_transformations: Option<Vec<MetricTransformation>>,
    /// The creation time of the metric filter, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// This parameter is valid only for log groups that have an active log transformer.
    #[aws(rename = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// The filter expression that specifies which log events are processed by this metric filter based on system fields.
    #[aws(rename = "fieldSelectionCriteria", length(min = 0, max = 2000))]
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are emitted as additional dimensions in the generated metrics.
    #[aws(rename = "emitSystemFieldDimensions")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// Represents a matched event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricFilterMatchRecord {
    /// The event number.
    #[aws(rename = "eventNumber")]
    pub event_number: Option<i64>,
    /// The raw event data.
    #[aws(rename = "eventMessage", length(min = 1))]
    pub event_message: Option<String>,
    /// The values extracted from the event data by the filter.
    #[aws(rename = "extractedValues")]
    pub extracted_values: Option<BTreeMap<String, String>>,
}

/// Indicates how to transform ingested log events to metric data in a CloudWatch metric.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricTransformation {
    /// The name of the CloudWatch metric.
    #[aws(rename = "metricName", length(max = 255), pattern = "[^:*$]*")]
    pub metric_name: String,
    /// A custom namespace to contain your metric in CloudWatch.
    #[aws(rename = "metricNamespace", length(max = 255), pattern = "[^:*$]*")]
    pub metric_namespace: String,
    /// The value to publish to the CloudWatch metric when a filter pattern matches a log event.
    #[aws(rename = "metricValue", length(max = 100))]
    pub metric_value: String,
    /// (Optional) The value to emit when a filter pattern does not match a log event.
    #[aws(rename = "defaultValue")]
    pub default_value: Option<f64>,
    /// The fields to use as dimensions for the metric.
    #[aws(rename = "dimensions")]
    pub dimensions: Option<BTreeMap<String, String>>,
    /// The unit to assign to the metric.
    #[aws(rename = "unit")]
    pub unit: Option<StandardUnit>,
}

/// This object defines one key that will be moved with the moveKey processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MoveKeyEntry {
    /// The key to move.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The key to move to.
    #[aws(rename = "target", length(min = 1, max = 128))]
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists.
    #[aws(rename = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// This processor moves a key from one field to another.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MoveKeys {
    /// An array of objects, where each object contains the information about one key to move.
    #[aws(rename = "entries", length(min = 1, max = 5))]
    pub entries: Vec<MoveKeyEntry>,
}

/// This structure contains information about the OpenSearch Service application used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchApplication {
    /// The endpoint of the application.
    #[aws(
        rename = "applicationEndpoint",
        length(min = 1, max = 1024),
        pattern = "^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$"
    )]
    pub application_endpoint: Option<String>,
    /// The Amazon Resource Name (ARN) of the application.
    #[aws(rename = "applicationArn")]
    pub application_arn: Option<String>,
    /// The ID of the application.
    #[aws(
        rename = "applicationId",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub application_id: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service collection used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchCollection {
    /// The endpoint of the collection.
    #[aws(
        rename = "collectionEndpoint",
        length(min = 1, max = 1024),
        pattern = "^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$"
    )]
    pub collection_endpoint: Option<String>,
    /// The ARN of the collection.
    #[aws(rename = "collectionArn")]
    pub collection_arn: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service data access policy used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchDataAccessPolicy {
    /// The name of the data access policy.
    #[aws(
        rename = "policyName",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service data source used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchDataSource {
    /// The name of the OpenSearch Service data source.
    #[aws(
        rename = "dataSourceName",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub data_source_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service encryption policy used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchEncryptionPolicy {
    /// The name of the encryption policy.
    #[aws(
        rename = "policyName",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains complete information about one CloudWatch Logs integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchIntegrationDetails {
    /// This structure contains information about the OpenSearch Service data source used for this integration.
    #[aws(rename = "dataSource")]
    pub data_source: Option<OpenSearchDataSource>,
    /// This structure contains information about the OpenSearch Service application used for this integration.
    #[aws(rename = "application")]
    pub application: Option<OpenSearchApplication>,
    /// This structure contains information about the OpenSearch Service collection used for this integration.
    #[aws(rename = "collection")]
    pub collection: Option<OpenSearchCollection>,
    /// This structure contains information about the OpenSearch Service workspace used for this integration.
    #[aws(rename = "workspace")]
    pub workspace: Option<OpenSearchWorkspace>,
    /// This structure contains information about the OpenSearch Service encryption policy used for this integration.
    #[aws(rename = "encryptionPolicy")]
    pub encryption_policy: Option<OpenSearchEncryptionPolicy>,
    /// This structure contains information about the OpenSearch Service network policy used for this integration.
    #[aws(rename = "networkPolicy")]
    pub network_policy: Option<OpenSearchNetworkPolicy>,
    /// This structure contains information about the OpenSearch Service data access policy used for this integration.
    #[aws(rename = "accessPolicy")]
    pub access_policy: Option<OpenSearchDataAccessPolicy>,
    /// This structure contains information about the OpenSearch Service data lifecycle policy used for this integration.
    #[aws(rename = "lifecyclePolicy")]
    pub lifecycle_policy: Option<OpenSearchLifecyclePolicy>,
}

/// This structure contains information about the OpenSearch Service data lifecycle policy used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchLifecyclePolicy {
    /// The name of the lifecycle policy.
    #[aws(
        rename = "policyName",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service network policy used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchNetworkPolicy {
    /// The name of the network policy.
    #[aws(
        rename = "policyName",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchResourceConfig {
    /// To have the vended dashboard data encrypted with KMS instead of the CloudWatch Logs default encryption method, specify the ARN of the KMS key that you want to use.
    #[aws(rename = "kmsKeyArn")]
    pub kms_key_arn: Option<String>,
    /// Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration.
    #[aws(rename = "dataSourceRoleArn")]
    pub data_source_role_arn: String,
    /// Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing the dashboards.
    #[aws(rename = "dashboardViewerPrincipals")]
    pub dashboard_viewer_principals: Vec<String>,
    /// If you want to use an existing OpenSearch Service application for your integration with OpenSearch Service, specify it here.
    #[aws(rename = "applicationArn")]
    pub application_arn: Option<String>,
    /// Specify how many days that you want the data derived by OpenSearch Service to be retained in the index that the dashboard refers to.
    #[aws(rename = "retentionDays", range(min = 1, max = 30))]
    pub retention_days: i32,
}

/// This structure contains information about the status of an OpenSearch Service resource.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchResourceStatus {
    /// The current status of this resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatusType>,
    /// A message with additional information about the status of this resource.
    #[aws(rename = "statusMessage", length(min = 1))]
    pub status_message: Option<String>,
}

/// This structure contains information about the OpenSearch Service workspace used for this integration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenSearchWorkspace {
    /// The ID of this workspace.
    #[aws(
        rename = "workspaceId",
        length(min = 1, max = 256),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub workspace_id: Option<String>,
    /// This structure contains information about the status of an OpenSearch Service resource.
    #[aws(rename = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// Represents a log event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "timestamp", range(min = 0))]
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    #[aws(rename = "message", length(min = 1))]
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "ingestionTime", range(min = 0))]
    pub ingestion_time: Option<i64>,
}

/// This processor parses CloudFront vended logs, extract fields, and convert them into JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseCloudfront {
    /// Omit this parameter and the whole log message will be processed by this processor.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
}

/// This processor parses log events that are in JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseJSON {
    /// Path to the field in the log event that will be parsed.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
    /// The location to put the parsed key value pair into.
    #[aws(rename = "destination", length(min = 1, max = 128))]
    pub destination: Option<String>,
}

/// This processor parses a specified field in the original log event into key-value pairs.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseKeyValue {
    /// Path to the field in the log event that will be parsed.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
    /// The destination field to put the extracted key-value pairs into
    #[aws(rename = "destination", length(min = 1, max = 128))]
    pub destination: Option<String>,
    /// The field delimiter string that is used between key-value pairs in the original log events.
    #[aws(rename = "fieldDelimiter", length(min = 1, max = 128))]
    pub field_delimiter: Option<String>,
    /// The delimiter string to use between the key and value in each pair in the transformed log event.
    #[aws(rename = "keyValueDelimiter", length(min = 1, max = 128))]
    pub key_value_delimiter: Option<String>,
    /// If you want to add a prefix to all transformed keys, specify it here.
    #[aws(rename = "keyPrefix", length(min = 1, max = 128))]
    pub key_prefix: Option<String>,
    /// A value to insert into the value field in the result, when a key-value pair is not successfully split.
    #[aws(rename = "nonMatchValue", length(min = 1, max = 128))]
    pub non_match_value: Option<String>,
    /// Specifies whether to overwrite the value if the destination key already exists.
    #[aws(rename = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// Use this processor to parse RDS for PostgreSQL vended logs, extract fields, and and convert them into a JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsePostgres {
    /// Omit this parameter and the whole log message will be processed by this processor.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
}

/// Use this processor to parse Route 53 vended logs, extract fields, and and convert them into a JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseRoute53 {
    /// Omit this parameter and the whole log message will be processed by this processor.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
}

/// This processor converts logs into Open Cybersecurity Schema Framework (OCSF) events.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseToOCSF {
    /// The path to the field in the log event that you want to parse.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
    /// Specify the service or process that produces the log events that will be converted with this processor.
    #[aws(rename = "eventSource")]
    pub event_source: EventSource,
    /// Specify which version of the OCSF schema to use for the transformed log events.
    #[aws(rename = "ocsfVersion")]
    pub ocsf_version: OCSFVersion,
    /// The version of the OCSF mapping to use for parsing log data.
    #[aws(
        rename = "mappingVersion",
        length(min = 1, max = 10),
        pattern = "^\\d+\\.\\d+(\\.\\d+)?$"
    )]
    pub mapping_version: Option<String>,
}

/// Use this processor to parse Amazon VPC vended logs, extract fields, and and convert them into a JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseVPC {
    /// Omit this parameter and the whole log message will be processed by this processor.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
}

/// Use this processor to parse WAF vended logs, extract fields, and and convert them into a JSON format.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseWAF {
    /// Omit this parameter and the whole log message will be processed by this processor.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: Option<String>,
}

/// A structure that contains information about one pattern token related to an anomaly.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatternToken {
    /// For a dynamic token, this indicates where in the pattern that this token appears, related to other dynamic tokens.
    #[aws(rename = "dynamicTokenPosition")]
    pub dynamic_token_position: Option<i32>,
    /// Specifies whether this is a dynamic token.
    #[aws(rename = "isDynamic")]
    pub is_dynamic: Option<bool>,
    /// The string represented by this token.
    #[aws(rename = "tokenString", length(min = 1))]
    pub token_string: Option<String>,
    /// Contains the values found for a dynamic token, and the number of times each value was found.
    #[aws(rename = "enumerations")]
    pub enumerations: Option<BTreeMap<String, i64>>,
    /// A name that CloudWatch Logs assigned to this dynamic token to make the pattern more readable.
    #[aws(rename = "inferredTokenName", length(min = 1))]
    pub inferred_token_name: Option<String>,
}

/// A structure that contains information about one delivery destination policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Policy {
    /// The contents of the delivery destination policy.
    #[aws(rename = "deliveryDestinationPolicy", length(min = 1, max = 51200))]
    pub delivery_destination_policy: Option<String>,
}

/// This structure contains the information about one processor in a log transformer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Processor {
    /// Use this parameter to include the addKeys processor in your transformer.
    #[aws(rename = "addKeys")]
    pub add_keys: Option<AddKeys>,
    /// Use this parameter to include the copyValue processor in your transformer.
    #[aws(rename = "copyValue")]
    pub copy_value: Option<CopyValue>,
    /// Use this parameter to include the CSV processor in your transformer.
    #[aws(rename = "csv")]
    pub csv: Option<CSV>,
    /// Use this parameter to include the datetimeConverter processor in your transformer.
    #[aws(rename = "dateTimeConverter")]
    pub date_time_converter: Option<DateTimeConverter>,
    /// Use this parameter to include the deleteKeys processor in your transformer.
    #[aws(rename = "deleteKeys")]
    pub delete_keys: Option<DeleteKeys>,
    /// Use this parameter to include the grok processor in your transformer.
    #[aws(rename = "grok")]
    pub grok: Option<Grok>,
    /// Use this parameter to include the listToMap processor in your transformer.
    #[aws(rename = "listToMap")]
    pub list_to_map: Option<ListToMap>,
    /// Use this parameter to include the lowerCaseString processor in your transformer.
    #[aws(rename = "lowerCaseString")]
    pub lower_case_string: Option<LowerCaseString>,
    /// Use this parameter to include the moveKeys processor in your transformer.
    #[aws(rename = "moveKeys")]
    pub move_keys: Option<MoveKeys>,
    /// Use this parameter to include the parseCloudfront processor in your transformer.
    #[aws(rename = "parseCloudfront")]
    pub parse_cloudfront: Option<ParseCloudfront>,
    /// Use this parameter to include the parseJSON processor in your transformer.
    #[aws(rename = "parseJSON")]
    pub parse_json: Option<ParseJSON>,
    /// Use this parameter to include the parseKeyValue processor in your transformer.
    #[aws(rename = "parseKeyValue")]
    pub parse_key_value: Option<ParseKeyValue>,
    /// Use this parameter to include the parseRoute53 processor in your transformer.
    #[aws(rename = "parseRoute53")]
    pub parse_route53: Option<ParseRoute53>,
    /// Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format.
    #[aws(rename = "parseToOCSF")]
    pub parse_to_ocsf: Option<ParseToOCSF>,
    /// Use this parameter to include the parsePostGres processor in your transformer.
    #[aws(rename = "parsePostgres")]
    pub parse_postgres: Option<ParsePostgres>,
    /// Use this parameter to include the parseVPC processor in your transformer.
    #[aws(rename = "parseVPC")]
    pub parse_vpc: Option<ParseVPC>,
    /// Use this parameter to include the parseWAF processor in your transformer.
    #[aws(rename = "parseWAF")]
    pub parse_waf: Option<ParseWAF>,
    /// Use this parameter to include the renameKeys processor in your transformer.
    #[aws(rename = "renameKeys")]
    pub rename_keys: Option<RenameKeys>,
    /// Use this parameter to include the splitString processor in your transformer.
    #[aws(rename = "splitString")]
    pub split_string: Option<SplitString>,
    /// Use this parameter to include the substituteString processor in your transformer.
    #[aws(rename = "substituteString")]
    pub substitute_string: Option<SubstituteString>,
    /// Use this parameter to include the trimString processor in your transformer.
    #[aws(rename = "trimString")]
    pub trim_string: Option<TrimString>,
    /// Use this parameter to include the typeConverter processor in your transformer.
    #[aws(rename = "typeConverter")]
    pub type_converter: Option<TypeConverter>,
    /// Use this parameter to include the upperCaseString processor in your transformer.
    #[aws(rename = "upperCaseString")]
    pub upper_case_string: Option<UpperCaseString>,
}

/// Reserved.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryCompileError {
    /// Reserved.
    #[aws(rename = "location")]
    pub location: Option<QueryCompileErrorLocation>,
    /// Reserved.
    #[aws(rename = "message")]
    pub message: Option<String>,
}

/// Reserved.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryCompileErrorLocation {
    /// Reserved.
    #[aws(rename = "startCharOffset")]
    pub start_char_offset: Option<i32>,
    /// Reserved.
    #[aws(rename = "endCharOffset")]
    pub end_char_offset: Option<i32>,
}

/// This structure contains details about a saved CloudWatch Logs Insights query definition.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryDefinition {
    /// The query language used for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The unique ID of the query definition.
    #[aws(rename = "queryDefinitionId", length(min = 1, max = 256))]
    pub query_definition_id: Option<String>,
    /// The name of the query definition.
    #[aws(rename = "name", length(min = 1, max = 255))]
    pub name: Option<String>,
    /// The query string to use for this definition.
    #[aws(rename = "queryString", length(min = 1, max = 10000))]
    pub query_string: Option<String>,
    /// The date that the query definition was most recently modified.
    #[aws(rename = "lastModified", range(min = 0))]
    pub last_modified: Option<i64>,
    /// If this query definition contains a list of log groups that it is limited to, that list appears here.
    #[aws(rename = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// If this query definition contains a list of query parameters that define placeholder variables for the query string, that list appears here.
    #[aws(rename = "parameters", length(max = 20))]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// Information about one CloudWatch Logs Insights query that matches the request in a DescribeQueries operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryInfo {
    /// The query language used for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The unique ID number of this query.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: Option<String>,
    /// The query string used in this query.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: Option<String>,
    /// The status of this query.
    #[aws(rename = "status")]
    pub status: Option<QueryStatus>,
    /// The date and time that this query was created.
    #[aws(rename = "createTime", range(min = 0))]
    pub create_time: Option<i64>,
    /// The name of the log group scanned by this query.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The duration in milliseconds that the query took to execute.
    #[aws(rename = "queryDuration")]
    pub query_duration: Option<i64>,
    /// The total number of bytes scanned by the query.
    #[aws(rename = "bytesScanned")]
    pub bytes_scanned: Option<f64>,
    /// The ARN of the user who ran the query.
    #[aws(rename = "userIdentity", length(min = 1, max = 2048))]
    pub user_identity: Option<String>,
}

/// This structure defines a query parameter for a saved CloudWatch Logs Insights query definition.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryParameter {
    /// The name of the query parameter.
    #[aws(
        rename = "name",
        length(min = 1, max = 128),
        pattern = "^[a-zA-Z_][a-zA-Z0-9_]*"
    )]
    pub name: String,
    /// The default value to use for this query parameter if no value is supplied at execution time.
    #[aws(rename = "defaultValue", length(max = 1024))]
    pub default_value: Option<String>,
    /// A description of the query parameter that explains its purpose or expected values.
    #[aws(rename = "description", length(max = 512))]
    pub description: Option<String>,
}

/// Contains the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the log events that were scanned.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryStatistics {
    /// The number of log events that matched the query string.
    #[aws(rename = "recordsMatched")]
    pub records_matched: Option<f64>,
    /// The total number of log events scanned during the query.
    #[aws(rename = "recordsScanned")]
    pub records_scanned: Option<f64>,
    /// An estimate of the number of log events that were skipped when processing this query, because the query contained an indexed field.
    #[aws(rename = "estimatedRecordsSkipped")]
    pub estimated_records_skipped: Option<f64>,
    /// The total number of bytes in the log events scanned during the query.
    #[aws(rename = "bytesScanned")]
    pub bytes_scanned: Option<f64>,
    /// An estimate of the number of bytes in the log events that were skipped when processing this query, because the query contained an indexed field.
    #[aws(rename = "estimatedBytesSkipped")]
    pub estimated_bytes_skipped: Option<f64>,
    /// The number of log groups that were scanned by this query.
    #[aws(rename = "logGroupsScanned")]
    pub log_groups_scanned: Option<f64>,
    /// The number of rows in the final query result set.
    #[aws(rename = "resultCount")]
    pub result_count: Option<f64>,
}

/// A structure that represents a valid record field header and whether it is mandatory.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecordField {
    /// The name to use when specifying this record field in a CreateDelivery or UpdateDeliveryConfiguration operation.
    #[aws(rename = "name", length(min = 1, max = 64))]
    pub name: Option<String>,
    /// If this is true, the record field must be present in the recordFields parameter provided to a CreateDelivery or UpdateDeliveryConfiguration operation.
    #[aws(rename = "mandatory")]
    pub mandatory: Option<bool>,
}

/// If an entity is rejected when a PutLogEvents request was made, this includes details about the reason for the rejection.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RejectedEntityInfo {
    /// The type of error that caused the rejection of the entity when calling PutLogEvents.
    #[aws(rename = "errorType")]
    pub error_type: EntityRejectionErrorType,
}

/// Represents the rejected events.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RejectedLogEventsInfo {
    /// The index of the first log event that is too new.
    #[aws(rename = "tooNewLogEventStartIndex")]
    pub too_new_log_event_start_index: Option<i32>,
    /// The index of the last log event that is too old.
    #[aws(rename = "tooOldLogEventEndIndex")]
    pub too_old_log_event_end_index: Option<i32>,
    /// The expired log events.
    #[aws(rename = "expiredLogEventEndIndex")]
    pub expired_log_event_end_index: Option<i32>,
}

/// This object defines one key that will be renamed with the renameKey processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RenameKeyEntry {
    /// The key to rename
    #[aws(rename = "key", length(min = 1, max = 128))]
    pub key: String,
    /// The string to use for the new key name
    #[aws(rename = "renameTo", length(min = 1, max = 128))]
    pub rename_to: String,
    /// Specifies whether to overwrite the existing value if the destination key already exists.
    #[aws(rename = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// Use this processor to rename keys in a log event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RenameKeys {
    /// An array of RenameKeyEntry objects, where each object contains the information about a single key to rename.
    #[aws(rename = "entries", length(min = 1, max = 5))]
    pub entries: Vec<RenameKeyEntry>,
}

awsop::json_union! {
    /// This structure contains configuration details about an integration between CloudWatch Logs and another entity. A union: exactly one member is set.
    pub enum ResourceConfig {
        /// This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.
        OpenSearchResourceConfig(OpenSearchResourceConfig) = "openSearchResourceConfig",
    }
}

/// A policy enabling one or more entities to put logs to a log group in this account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourcePolicy {
    /// The name of the resource policy.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// The details of the policy.
    #[aws(rename = "policyDocument", length(min = 1, max = 51200))]
    pub policy_document: Option<String>,
    /// Timestamp showing when this policy was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
    /// Specifies scope of the resource policy.
    #[aws(rename = "policyScope")]
    pub policy_scope: Option<PolicyScope>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy is attached.
    #[aws(rename = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The revision ID of the resource policy.
    #[aws(rename = "revisionId", length(min = 1))]
    pub revision_id: Option<String>,
}

/// Contains one field from one log event returned by a CloudWatch Logs Insights query, along with the value of that field.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultField {
    /// The log event field.
    #[aws(rename = "field")]
    pub field: Option<String>,
    /// The value of this field.
    #[aws(rename = "value")]
    pub value: Option<String>,
}

/// Configuration for Amazon S3 destination where scheduled query results are delivered.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3Configuration {
    /// The Amazon S3 URI where query results are delivered.
    #[aws(
        rename = "destinationIdentifier",
        length(max = 1024),
        pattern = "s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"
    )]
    pub destination_identifier: String,
    /// The ARN of the IAM role that grants permissions to write query results to the specified Amazon S3 destination.
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: String,
    /// The Amazon Web Services accountId for the bucket owning account.
    #[aws(
        rename = "ownerAccountId",
        length(min = 12, max = 12),
        pattern = "^\\d{12}$"
    )]
    pub owner_account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS encryption key.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
}

/// This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3DeliveryConfiguration {
    /// This string allows re-configuring the S3 object prefix to contain either static or variable sections.
    #[aws(rename = "suffixPath", length(min = 1, max = 256))]
    pub suffix_path: Option<String>,
    /// This parameter causes the S3 objects that contain delivered logs to use a prefix structure that allows for integration with Apache Hive.
    #[aws(rename = "enableHiveCompatiblePath")]
    pub enable_hive_compatible_path: Option<bool>,
}

/// Represents a data source association with an S3 Table Integration, including its status and metadata.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3TableIntegrationSource {
    /// The unique identifier for this data source association.
    #[aws(rename = "identifier", length(min = 1, max = 2048))]
    pub identifier: Option<String>,
    /// The data source associated with the S3 Table Integration.
    #[aws(rename = "dataSource")]
    pub data_source: Option<DataSource>,
    /// The current status of the data source association.
    #[aws(rename = "status")]
    pub status: Option<S3TableIntegrationSourceStatus>,
    /// Additional information about the status of the data source association.
    #[aws(rename = "statusReason", length(min = 1))]
    pub status_reason: Option<String>,
    /// The timestamp when the data source association was created.
    #[aws(rename = "createdTimeStamp", range(min = 0))]
    pub created_time_stamp: Option<i64>,
    /// The identifier of the parent data source for this association.
    #[aws(rename = "parentSourceIdentifier", length(min = 1, max = 2048))]
    pub parent_source_identifier: Option<String>,
}

/// Contains information about the S3 Tables integration configuration for a configuration template.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3TablesIntegration {
    /// The name of the S3 Tables datasource.
    #[aws(rename = "datasourceName", length(min = 1, max = 256))]
    pub datasource_name: Option<String>,
    /// The type of the S3 Tables datasource.
    #[aws(rename = "datasourceType", length(min = 1, max = 256))]
    pub datasource_type: Option<String>,
}

/// Information about a destination where scheduled query results are processed, including processing status and any error messages.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduledQueryDestination {
    /// The type of destination for query results.
    #[aws(rename = "destinationType")]
    pub destination_type: Option<ScheduledQueryDestinationType>,
    /// The identifier for the destination where results are delivered.
    #[aws(rename = "destinationIdentifier")]
    pub destination_identifier: Option<String>,
    /// The processing status of the destination delivery.
    #[aws(rename = "status")]
    pub status: Option<ActionStatus>,
    /// The identifier of the processed result at the destination.
    #[aws(rename = "processedIdentifier")]
    pub processed_identifier: Option<String>,
    /// Error message if destination processing failed.
    #[aws(rename = "errorMessage")]
    pub error_message: Option<String>,
}

/// Summary information about a scheduled query, including basic configuration and execution status.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduledQuerySummary {
    /// The ARN of the scheduled query.
    #[aws(rename = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    #[aws(rename = "name", length(min = 1, max = 300))]
    pub name: Option<String>,
    /// The current state of the scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the scheduled query.
    #[aws(rename = "scheduleType")]
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the scheduled query was last executed.
    #[aws(rename = "lastTriggeredTime", range(min = 0))]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution.
    #[aws(rename = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The cron expression that defines when the scheduled query runs.
    #[aws(rename = "scheduleExpression", length(max = 256))]
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    #[aws(rename = "timezone", length(min = 1))]
    pub timezone: Option<String>,
    /// Configuration for where query results are delivered.
    #[aws(rename = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The timestamp when the scheduled query was created.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Represents the search status of a log stream.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchedLogStream {
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: Option<String>,
    /// Indicates whether all the events in this log stream were searched.
    #[aws(rename = "searchedCompletely")]
    pub searched_completely: Option<bool>,
}

/// Use this processor to split a field into an array of strings using a delimiting character.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SplitString {
    /// An array of SplitStringEntry objects, where each object contains the information about one field to split.
    #[aws(rename = "entries", length(min = 1, max = 10))]
    pub entries: Vec<SplitStringEntry>,
}

/// This object defines one log field that will be split with the splitString processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SplitStringEntry {
    /// The key of the field to split.
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The separator characters to split the string entry on.
    #[aws(rename = "delimiter", length(min = 1, max = 128))]
    pub delimiter: String,
}

/// Represents a subscription filter.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubscriptionFilter {
    /// The name of the subscription filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: Option<String>,
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// The Amazon Resource Name (ARN) of the destination.
    #[aws(rename = "destinationArn", length(min = 1))]
    pub destination_arn: Option<String>,
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: Option<String>,
    #[aws(rename = "distribution")]
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer.
    #[aws(rename = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// The creation time of the subscription filter, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The filter expression that specifies which log events are processed by this subscription filter based on system fields.
    #[aws(rename = "fieldSelectionCriteria", length(min = 0, max = 2000))]
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are included in the log events sent to the subscription destination.
    #[aws(rename = "emitSystemFields")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// This processor matches a key’s value against a regular expression and replaces all matches with a replacement string.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubstituteString {
    /// An array of objects, where each object contains the information about one key to match and replace.
    #[aws(rename = "entries", length(min = 1, max = 10))]
    pub entries: Vec<SubstituteStringEntry>,
}

/// This object defines one log field key that will be replaced using the substituteString processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubstituteStringEntry {
    /// The key to modify
    #[aws(rename = "source", length(min = 1, max = 128))]
    pub source: String,
    /// The regular expression string to be replaced.
    #[aws(rename = "from", length(min = 1, max = 128))]
    pub from: String,
    /// The string to be substituted for each match of from
    #[aws(rename = "to", length(min = 1, max = 128))]
    pub to: String,
}

/// If you are suppressing an anomaly temporariliy, this structure defines how long the suppression period is to be.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SuppressionPeriod {
    /// Specifies the number of seconds, minutes or hours to suppress this anomaly.
    #[aws(rename = "value")]
    pub value: Option<i32>,
    /// Specifies whether the value of value is in seconds, minutes, or hours.
    #[aws(rename = "suppressionUnit")]
    pub suppression_unit: Option<SuppressionUnit>,
}

/// Contains information about a syslog configuration associated with a log group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyslogConfiguration {
    /// The ARN of the log group associated with this syslog configuration.
    #[aws(
        rename = "logGroupArn",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_arn: Option<String>,
    /// The source type for the syslog configuration.
    #[aws(rename = "sourceType")]
    pub source_type: Option<SyslogSourceType>,
    /// The ID of the VPC endpoint used for syslog ingestion.
    #[aws(rename = "vpcEndpointId", pattern = "^vpce-[0-9a-f]{1,64}$")]
    pub vpc_endpoint_id: Option<String>,
    /// The time when the syslog configuration was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "createdAt", range(min = 0))]
    pub created_at: Option<i64>,
}

/// A tag filter that specifies a tag key and optional tag values for filtering log groups by tags.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagFilter {
    /// The tag key to filter on.
    #[aws(rename = "key", length(min = 1, max = 128))]
    pub key: String,
    /// An optional list of tag values to filter on.
    #[aws(rename = "values", length(min = 0, max = 5))]
    pub values: Option<Vec<String>>,
}

/// This structure contains information for one log event that has been processed by a log transformer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransformedLogRecord {
    /// The event number.
    #[aws(rename = "eventNumber")]
    pub event_number: Option<i64>,
    /// The original log event message before it was transformed.
    #[aws(rename = "eventMessage", length(min = 1))]
    pub event_message: Option<String>,
    /// The log event message after being transformed.
    #[aws(rename = "transformedEventMessage", length(min = 1))]
    pub transformed_event_message: Option<String>,
}

/// A record of a scheduled query execution, including execution status, timestamp, and destination processing results.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerHistoryRecord {
    /// The unique identifier for this query execution.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: Option<String>,
    /// The execution status of the scheduled query run.
    #[aws(rename = "executionStatus")]
    pub execution_status: Option<ExecutionStatus>,
    /// The timestamp when the scheduled query execution was triggered.
    #[aws(rename = "triggeredTimestamp", range(min = 0))]
    pub triggered_timestamp: Option<i64>,
    /// Error message if the query execution failed.
    #[aws(rename = "errorMessage")]
    pub error_message: Option<String>,
    /// Information about destination processing for this query execution.
    #[aws(rename = "destinations")]
    pub destinations: Option<Vec<ScheduledQueryDestination>>,
}

/// Use this processor to remove leading and trailing whitespace.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrimString {
    /// The array containing the keys of the fields to trim.
    #[aws(rename = "withKeys", length(min = 1, max = 10))]
    pub with_keys: Vec<String>,
}

/// Use this processor to convert a value type associated with the specified key to the specified type.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeConverter {
    /// An array of TypeConverterEntry objects, where each object contains the information about one field to change the type of.
    #[aws(rename = "entries", length(min = 1, max = 5))]
    pub entries: Vec<TypeConverterEntry>,
}

/// This object defines one value type that will be converted using the typeConverter processor.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeConverterEntry {
    /// The key with the value that is to be converted to a different type.
    #[aws(rename = "key", length(min = 1, max = 128))]
    pub key: String,
    /// The type to convert the field value to.
    #[aws(rename = "type")]
    pub type_: Type,
}

/// This processor converts a string field to uppercase.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpperCaseString {
    /// The array of containing the keys of the field to convert to uppercase.
    #[aws(rename = "withKeys", length(min = 1, max = 10))]
    pub with_keys: Vec<String>,
}
