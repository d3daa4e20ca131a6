//! `aws.partition`: the partition a region is in, from the SDKs' published partition table
//! (`partitions.json`, a copy of the repository's `models/partitions.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::rules::{literal, Value};

const PARTITIONS_JSON: &str = include_str!("partitions.json");

struct Partition {
    id: String,
    region_regex: regex_lite::Regex,
    outputs: BTreeMap<String, Value>,
    /// Regions the table names, with what each one overrides of the outputs.
    regions: BTreeMap<String, BTreeMap<String, Value>>,
}

/// A partition's (or a region's) outputs: the strings and booleans the table gives.
fn outputs(json: &serde_json::Value) -> BTreeMap<String, Value> {
    json.as_object()
        .into_iter()
        .flatten()
        .filter_map(|(key, value)| Some((key.clone(), literal(value).ok()?)))
        .collect()
}

fn table() -> &'static [Partition] {
    static TABLE: OnceLock<Vec<Partition>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // the table is part of awsop's source: a unit test parses every entry of it
        let doc: serde_json::Value = serde_json::from_str(PARTITIONS_JSON).unwrap_or_default();
        doc["partitions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| {
                Some(Partition {
                    id: p["id"].as_str()?.to_owned(),
                    region_regex: regex_lite::Regex::new(p["regionRegex"].as_str()?).ok()?,
                    outputs: outputs(&p["outputs"]),
                    regions: p["regions"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(name, overrides)| (name.clone(), outputs(overrides)))
                        .collect(),
                })
            })
            .collect()
    })
}

/// The outputs of `aws.partition(region)`: a region the table names, else the first partition
/// whose `regionRegex` matches, else `aws`; with the region's own overrides.
pub(crate) fn outputs_for(region: &str) -> BTreeMap<String, Value> {
    let table = table();
    let (partition, overrides) = table
        .iter()
        .find_map(|p| p.regions.get(region).map(|o| (p, Some(o))))
        .or_else(|| {
            table
                .iter()
                .find(|p| p.region_regex.is_match(region))
                .map(|p| (p, None))
        })
        .or_else(|| table.iter().find(|p| p.id == "aws").map(|p| (p, None)))
        .unzip();
    let mut outputs = partition.map(|p| p.outputs.clone()).unwrap_or_default();
    if let Some(Some(overrides)) = overrides {
        outputs.extend(overrides.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    outputs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(outputs: &BTreeMap<String, Value>, key: &str) -> String {
        match outputs.get(key) {
            Some(Value::String(s)) => s.clone(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn the_table_parses_whole() {
        let doc: serde_json::Value = serde_json::from_str(PARTITIONS_JSON).expect("JSON");
        let listed = doc["partitions"].as_array().map_or(0, Vec::len);
        assert!(listed >= 8, "{listed}");
        assert_eq!(
            table().len(),
            listed,
            "every partition parsed, with its regex"
        );
    }

    #[test]
    fn regions_fall_in_their_partitions() {
        for (region, name, suffix) in [
            ("us-east-1", "aws", "amazonaws.com"),
            ("cn-north-1", "aws-cn", "amazonaws.com.cn"),
            ("us-gov-west-1", "aws-us-gov", "amazonaws.com"),
            ("us-iso-east-1", "aws-iso", "c2s.ic.gov"),
            ("us-isob-east-1", "aws-iso-b", "sc2s.sgov.gov"),
            ("eu-isoe-west-1", "aws-iso-e", "cloud.adc-e.uk"),
            ("us-isof-south-1", "aws-iso-f", "csp.hci.ic.gov"),
            ("eusc-de-east-1", "aws-eusc", "amazonaws.eu"),
            ("aws-cn-global", "aws-cn", "amazonaws.com.cn"),
            ("ap-mars-9", "aws", "amazonaws.com"),
            ("local", "aws", "amazonaws.com"),
        ] {
            let outputs = outputs_for(region);
            assert_eq!(
                (field(&outputs, "name"), field(&outputs, "dnsSuffix")),
                (name.to_owned(), suffix.to_owned()),
                "{region}"
            );
        }
    }
}
