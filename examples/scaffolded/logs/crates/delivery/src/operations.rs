// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the delivery operations (CreateDelivery, DeleteDelivery, DeleteDeliveryDestination, DeleteDeliveryDestinationPolicy and 12 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates a delivery.
///
/// Errors: [`CreateDeliveryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateDelivery",
    errors(ServiceUnavailableException, ConflictException, ResourceNotFoundException, ValidationException, AccessDeniedException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDelivery {
    /// The name of the delivery source to use for this delivery.
    #[aws(
        rename = "deliverySourceName",
        length(min = 1, max = 60),
        pattern = "[\\w-]*"
    )]
    pub delivery_source_name: String,
    /// The ARN of the delivery destination to use for this delivery.
    #[aws(rename = "deliveryDestinationArn")]
    pub delivery_destination_arn: String,
    /// The list of record fields to be delivered to the destination, in order.
    #[aws(rename = "recordFields", length(min = 0, max = 128))]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
    #[aws(rename = "fieldDelimiter", length(min = 0, max = 5))]
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.
    #[aws(rename = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// An optional list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateDelivery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDeliveryResponse {
    /// A structure that contains information about the delivery that you just created.
    #[aws(rename = "delivery")]
    pub delivery: Option<Delivery>,
}

/// Deletes a delivery.
///
/// Errors: [`DeleteDeliveryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDelivery",
    errors(ResourceNotFoundException, ServiceUnavailableException, ConflictException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDelivery {
    /// The unique ID of the delivery to delete.
    #[aws(rename = "id", length(min = 1, max = 64), pattern = "^[0-9A-Za-z]+$")]
    pub id: String,
}

/// The output of [`DeleteDelivery`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryResponse {}

/// Deletes a delivery destination.
///
/// Errors: [`DeleteDeliveryDestinationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDeliveryDestination",
    errors(ResourceNotFoundException, ServiceUnavailableException, ConflictException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestination {
    /// The name of the delivery destination that you want to delete.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
}

/// The output of [`DeleteDeliveryDestination`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationResponse {}

/// Deletes a delivery destination policy.
///
/// Errors: [`DeleteDeliveryDestinationPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDeliveryDestinationPolicy",
    errors(ServiceUnavailableException, ValidationException, ResourceNotFoundException, ConflictException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationPolicy {
    /// The name of the delivery destination that you want to delete the policy for.
    #[aws(
        rename = "deliveryDestinationName",
        length(min = 1, max = 60),
        pattern = "[\\w-]*"
    )]
    pub delivery_destination_name: String,
}

/// The output of [`DeleteDeliveryDestinationPolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationPolicyResponse {}

/// Deletes a delivery source.
///
/// Errors: [`DeleteDeliverySourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDeliverySource",
    errors(ResourceNotFoundException, ServiceUnavailableException, ConflictException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliverySource {
    /// The name of the delivery source that you want to delete.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
}

/// The output of [`DeleteDeliverySource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliverySourceResponse {}

/// Retrieves a list of the deliveries that have been created in the account.
///
/// Errors: [`DescribeDeliveriesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeDeliveries",
    errors(ServiceUnavailableException, ServiceQuotaExceededException, ValidationException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveries {
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of deliveries to return in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// An array of delivery source names that filters the results to deliveries associated with any specified delivery source.
    #[aws(rename = "deliverySourceNames", length(min = 1, max = 20))]
    pub delivery_source_names: Option<Vec<String>>,
}

/// The output of [`DescribeDeliveries`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveriesResponse {
    /// An array of structures.
    #[aws(rename = "deliveries")]
    pub deliveries: Option<Vec<Delivery>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Retrieves a list of the delivery destinations that have been created in the account.
///
/// Errors: [`DescribeDeliveryDestinationsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeDeliveryDestinations",
    errors(ServiceUnavailableException, ServiceQuotaExceededException, ValidationException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinations {
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery destinations to return in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// An array of delivery destination names that filters the results to delivery destinations with any specified name.
    #[aws(rename = "names", length(min = 1, max = 20))]
    pub names: Option<Vec<String>>,
}

/// The output of [`DescribeDeliveryDestinations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinationsResponse {
    /// An array of structures.
    #[aws(rename = "deliveryDestinations")]
    pub delivery_destinations: Option<Vec<DeliveryDestination>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Retrieves a list of the delivery sources that have been created in the account.
///
/// Errors: [`DescribeDeliverySourcesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeDeliverySources",
    errors(ServiceUnavailableException, ServiceQuotaExceededException, ValidationException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliverySources {
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery sources to return in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// An array of Amazon Resource Names (ARNs) that filters the results to delivery sources associated with any specified ARN.
    #[aws(rename = "resourceArns", length(min = 1, max = 20))]
    pub resource_arns: Option<Vec<String>>,
}

/// The output of [`DescribeDeliverySources`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliverySourcesResponse {
    /// An array of structures.
    #[aws(rename = "deliverySources")]
    pub delivery_sources: Option<Vec<DeliverySource>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns complete information about one logical delivery.
///
/// Errors: [`GetDeliveryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetDelivery",
    errors(ResourceNotFoundException, ServiceUnavailableException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDelivery {
    /// The ID of the delivery that you want to retrieve.
    #[aws(rename = "id", length(min = 1, max = 64), pattern = "^[0-9A-Za-z]+$")]
    pub id: String,
}

/// The output of [`GetDelivery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryResponse {
    /// A structure that contains information about the delivery.
    #[aws(rename = "delivery")]
    pub delivery: Option<Delivery>,
}

/// Retrieves complete information about one delivery destination.
///
/// Errors: [`GetDeliveryDestinationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetDeliveryDestination",
    errors(ResourceNotFoundException, ServiceUnavailableException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestination {
    /// The name of the delivery destination that you want to retrieve.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
}

/// The output of [`GetDeliveryDestination`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationResponse {
    /// A structure containing information about the delivery destination.
    #[aws(rename = "deliveryDestination")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// Retrieves the delivery destination policy assigned to the delivery destination that you specify.
///
/// Errors: [`GetDeliveryDestinationPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetDeliveryDestinationPolicy",
    errors(ServiceUnavailableException, ValidationException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicy {
    /// The name of the delivery destination that you want to retrieve the policy of.
    #[aws(
        rename = "deliveryDestinationName",
        length(min = 1, max = 60),
        pattern = "[\\w-]*"
    )]
    pub delivery_destination_name: String,
}

/// The output of [`GetDeliveryDestinationPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicyResponse {
    /// The IAM policy for this delivery destination.
    #[aws(rename = "policy")]
    pub policy: Option<Policy>,
}

/// Retrieves complete information about one delivery source.
///
/// Errors: [`GetDeliverySourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetDeliverySource",
    errors(ResourceNotFoundException, ServiceUnavailableException, ValidationException, ServiceQuotaExceededException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliverySource {
    /// The name of the delivery source that you want to retrieve.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
}

/// The output of [`GetDeliverySource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDeliverySourceResponse {
    /// A structure containing information about the delivery source.
    #[aws(rename = "deliverySource")]
    pub delivery_source: Option<DeliverySource>,
}

/// Creates or updates a logical delivery destination.
///
/// Errors: [`PutDeliveryDestinationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDeliveryDestination",
    errors(ServiceUnavailableException, ConflictException, ValidationException, ServiceQuotaExceededException, ThrottlingException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestination {
    /// A name for this delivery destination.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
    /// The format for the logs that this delivery destination will receive.
    #[aws(rename = "outputFormat")]
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
    #[aws(rename = "deliveryDestinationConfiguration")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The type of delivery destination.
    #[aws(rename = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The ARN of an IAM role in your account that CloudWatch Logs assumes to deliver to this delivery destination.
    #[aws(rename = "roleArn")]
    pub role_arn: Option<String>,
    /// An optional list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`PutDeliveryDestination`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationResponse {
    /// A structure containing information about the delivery destination that you just created or updated.
    #[aws(rename = "deliveryDestination")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// Creates and assigns an IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a specified destination in this account.
///
/// Errors: [`PutDeliveryDestinationPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDeliveryDestinationPolicy",
    errors(ServiceUnavailableException, ValidationException, ResourceNotFoundException, ConflictException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicy {
    /// The name of the delivery destination to assign this policy to.
    #[aws(
        rename = "deliveryDestinationName",
        length(min = 1, max = 60),
        pattern = "[\\w-]*"
    )]
    pub delivery_destination_name: String,
    /// The contents of the policy.
    #[aws(rename = "deliveryDestinationPolicy", length(min = 1, max = 51200))]
    pub delivery_destination_policy: String,
}

/// The output of [`PutDeliveryDestinationPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicyResponse {
    /// The contents of the policy that you just created.
    #[aws(rename = "policy")]
    pub policy: Option<Policy>,
}

/// Creates or updates a logical delivery source.
///
/// Errors: [`PutDeliverySourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDeliverySource",
    errors(ServiceUnavailableException, ConflictException, ValidationException, ServiceQuotaExceededException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliverySource {
    /// A name for this delivery source.
    #[aws(rename = "name", length(min = 1, max = 60), pattern = "[\\w-]*")]
    pub name: String,
    /// The ARN of the Amazon Web Services resource that is generating and sending logs.
    #[aws(rename = "resourceArn")]
    pub resource_arn: String,
    /// Defines the type of log that the source is sending.
    #[aws(rename = "logType", length(min = 1, max = 255), pattern = "[\\w]*")]
    pub log_type: String,
    /// An optional list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
    /// A map of key-value pairs to configure the delivery source.
    #[aws(rename = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<BTreeMap<String, String>>,
}

/// The output of [`PutDeliverySource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDeliverySourceResponse {
    /// A structure containing information about the delivery source that was just created or updated.
    #[aws(rename = "deliverySource")]
    pub delivery_source: Option<DeliverySource>,
}

/// Use this operation to update the configuration of a delivery to change either the S3 path pattern or the format of the delivered logs.
///
/// Errors: [`UpdateDeliveryConfigurationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UpdateDeliveryConfiguration",
    errors(ServiceUnavailableException, ConflictException, ResourceNotFoundException, ValidationException, AccessDeniedException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfiguration {
    /// The ID of the delivery to be updated by this request.
    #[aws(rename = "id", length(min = 1, max = 64), pattern = "^[0-9A-Za-z]+$")]
    pub id: String,
    /// The list of record fields to be delivered to the destination, in order.
    #[aws(rename = "recordFields", length(min = 0, max = 128))]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
    #[aws(rename = "fieldDelimiter", length(min = 0, max = 5))]
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.
    #[aws(rename = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// The output of [`UpdateDeliveryConfiguration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfigurationResponse {}
