// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the log anomaly operations (CreateLogAnomalyDetector, DeleteLogAnomalyDetector, GetLogAnomalyDetector, ListLogAnomalyDetectors and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates an anomaly detector that regularly scans one or more log groups and look for patterns and anomalies in the logs.
///
/// Errors: [`CreateLogAnomalyDetectorError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateLogAnomalyDetector",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException, LimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetector {
    /// An array containing the ARN of the log group that this anomaly detector will watch.
    #[aws(rename = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    /// A name for this anomaly detector.
    #[aws(rename = "detectorName", length(min = 1))]
    pub detector_name: Option<String>,
    /// Specifies how often the anomaly detector is to run and look for anomalies.
    #[aws(rename = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// You can use this parameter to limit the anomaly detection model to examine only log events that match the pattern you specify here.
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// Optionally assigns a KMS key to secure this anomaly detector and its findings.
    #[aws(
        rename = "kmsKeyId",
        length(max = 256),
        pattern = "^arn:aws[a-z\\-]*:kms:[-a-z0-9]*:[0-9]*:key/[-a-z0-9]*$"
    )]
    pub kms_key_id: Option<String>,
    /// The number of days to have visibility on an anomaly.
    #[aws(rename = "anomalyVisibilityTime", range(min = 7, max = 90))]
    pub anomaly_visibility_time: Option<i64>,
    /// An optional list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateLogAnomalyDetector`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetectorResponse {
    /// The ARN of the log anomaly detector that you just created.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: Option<String>,
}

/// Deletes the specified CloudWatch Logs anomaly detector.
///
/// Errors: [`DeleteLogAnomalyDetectorError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteLogAnomalyDetector",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogAnomalyDetector {
    /// The ARN of the anomaly detector to delete.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: String,
}

/// The output of [`DeleteLogAnomalyDetector`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogAnomalyDetectorResponse {}

/// Retrieves information about the log anomaly detector that you specify.
///
/// Errors: [`GetLogAnomalyDetectorError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLogAnomalyDetector",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetector {
    /// The ARN of the anomaly detector to retrieve information about.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: String,
}

/// The output of [`GetLogAnomalyDetector`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetectorResponse {
    /// The name of the log anomaly detector
    #[aws(rename = "detectorName", length(min = 1))]
    pub detector_name: Option<String>,
    /// An array of structures, where each structure contains the ARN of a log group associated with this anomaly detector.
    #[aws(rename = "logGroupArnList")]
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies.
    #[aws(rename = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// Specifies whether the anomaly detector is currently active.
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

/// Retrieves a list of the log anomaly detectors in the account.
///
/// Errors: [`ListLogAnomalyDetectorsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListLogAnomalyDetectors",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectors {
    /// Use this to optionally filter the results to only include anomaly detectors that are associated with the specified log group.
    #[aws(
        rename = "filterLogGroupArn",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub filter_log_group_arn: Option<String>,
    /// The maximum number of items to return.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`ListLogAnomalyDetectors`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectorsResponse {
    /// An array of structures, where each structure in the array contains information about one anomaly detector.
    #[aws(rename = "anomalyDetectors")]
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Updates an existing log anomaly detector.
///
/// Errors: [`UpdateLogAnomalyDetectorError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UpdateLogAnomalyDetector",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateLogAnomalyDetector {
    /// The ARN of the anomaly detector that you want to update.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: String,
    /// Specifies how often the anomaly detector runs and look for anomalies.
    #[aws(rename = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// The number of days to use as the life cycle of anomalies.
    #[aws(rename = "anomalyVisibilityTime", range(min = 7, max = 90))]
    pub anomaly_visibility_time: Option<i64>,
    /// Use this parameter to pause or restart the anomaly detector.
    #[aws(rename = "enabled")]
    pub enabled: bool,
}

/// The output of [`UpdateLogAnomalyDetector`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateLogAnomalyDetectorResponse {}
