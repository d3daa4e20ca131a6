//! The shared `~/.aws/config` and `~/.aws/credentials` files: parsing, with errors that name
//! the file and line, and the merged view of one profile.

use std::collections::BTreeMap;
use std::fmt;

/// Which of the two files a text is: `[profile name]` headers belong to the config file,
/// `[name]` to the credentials file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `~/.aws/config` (`AWS_CONFIG_FILE`).
    Config,
    /// `~/.aws/credentials` (`AWS_SHARED_CREDENTIALS_FILE`).
    Credentials,
}

/// A profile file that is not well formed: the file, the line and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileFileError {
    /// The file's path as given.
    pub path: String,
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong, and the fix.
    pub message: String,
}

impl fmt::Display for ProfileFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.path, self.line, self.message)
    }
}

impl std::error::Error for ProfileFileError {}

/// A property: `key = value`, or `key =` followed by indented `sub = value` lines.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Property {
    pub(crate) value: String,
    pub(crate) sub: BTreeMap<String, String>,
}

/// Every profile and `[services]` section of one or both files. `Debug` lists names only:
/// the values include secrets.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Profiles {
    profiles: BTreeMap<String, BTreeMap<String, Property>>,
    services: BTreeMap<String, BTreeMap<String, Property>>,
}

impl fmt::Debug for Profiles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profiles")
            .field("profiles", &self.profiles.keys().collect::<Vec<_>>())
            .field("services", &self.services.keys().collect::<Vec<_>>())
            .finish()
    }
}

enum Target {
    Profile(String),
    Services(String),
    /// A section this parser keeps no data of (`[sso-session x]`, `[name]` in the config file).
    Ignored,
}

impl Profiles {
    /// Parses one file and merges it over what is already here (the credentials file is
    /// merged last, so its values win, as in the AWS CLI).
    pub fn merge(
        &mut self,
        text: &str,
        path: &str,
        kind: FileKind,
    ) -> Result<(), ProfileFileError> {
        let error = |line: usize, message: String| ProfileFileError {
            path: path.to_owned(),
            line,
            message,
        };
        let mut target: Option<Target> = None;
        // the last property, for continuation and sub-property lines
        let mut last: Option<String> = None;
        // an editor's byte-order mark is not part of the first line
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // the messages name the file, the line and what was expected, never the line's text:
        // a line of these files may hold a secret
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
                continue;
            }
            if raw.starts_with(|c: char| c.is_whitespace()) && last.is_some() {
                let Some(section) = self.section(target.as_ref()) else {
                    continue;
                };
                let key = last.clone().unwrap_or_default();
                let property = section.entry(key).or_default();
                if property.value.is_empty() {
                    let (sub_key, sub_value) = trimmed.split_once('=').ok_or_else(|| {
                        error(
                            line,
                            "expected an indented `key = value` sub-property".to_owned(),
                        )
                    })?;
                    property.sub.insert(
                        sub_key.trim().to_ascii_lowercase(),
                        strip_comment(sub_value).to_owned(),
                    );
                } else {
                    property.value.push('\n');
                    property.value.push_str(trimmed);
                }
                continue;
            }
            if let Some(header) = trimmed.strip_prefix('[') {
                let header = strip_comment(header);
                let name = header.strip_suffix(']').ok_or_else(|| {
                    error(line, "the section header has no closing `]`".to_owned())
                })?;
                target = Some(match section_target(name.trim(), kind) {
                    Ok(target) => target,
                    // the aws CLI and the official SDKs skip such a section with a warning
                    Err(message) if kind == FileKind::Credentials => {
                        tracing::warn!(path, line, "{message}; the section is skipped");
                        Target::Ignored
                    }
                    Err(message) => return Err(error(line, message)),
                });
                last = None;
                continue;
            }
            let Some((key, value)) = trimmed.split_once('=') else {
                return Err(error(
                    line,
                    "expected `[section]`, `key = value` or a comment".to_owned(),
                ));
            };
            let key = key.trim().to_ascii_lowercase();
            if key.is_empty() || key.contains(char::is_whitespace) {
                return Err(error(
                    line,
                    "the text before `=` is not a property name (one word)".to_owned(),
                ));
            }
            let Some(target_ref) = target.as_ref() else {
                return Err(error(
                    line,
                    format!("the property `{key}` comes before any `[profile ...]` section"),
                ));
            };
            let Some(section) = self.section(Some(target_ref)) else {
                last = Some(key);
                continue;
            };
            section.insert(
                key.clone(),
                Property {
                    value: strip_comment(value).to_owned(),
                    sub: BTreeMap::new(),
                },
            );
            last = Some(key);
        }
        Ok(())
    }

    fn section(&mut self, target: Option<&Target>) -> Option<&mut BTreeMap<String, Property>> {
        match target? {
            Target::Profile(name) => Some(self.profiles.entry(name.clone()).or_default()),
            Target::Services(name) => Some(self.services.entry(name.clone()).or_default()),
            Target::Ignored => None,
        }
    }

    /// Whether the profile appears in either file.
    pub fn has_profile(&self, name: &str) -> bool {
        self.profiles.contains_key(name)
    }

    /// A property of a profile (`region`, `aws_access_key_id`, ...).
    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        self.profiles
            .get(profile)?
            .get(key)
            .map(|p| p.value.as_str())
            .filter(|v| !v.is_empty())
    }

    /// A service's property from the profile's `services = name` section: for
    /// `partnercentral_account = ` with `endpoint_url = ...` beneath it.
    pub fn service_property(&self, profile: &str, service_key: &str, key: &str) -> Option<&str> {
        let section = self.get(profile, "services")?;
        self.services
            .get(section)?
            .get(service_key)?
            .sub
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

fn section_target(name: &str, kind: FileKind) -> Result<Target, String> {
    let mut words = name.split_whitespace();
    let first = words
        .next()
        .ok_or("an empty section header `[]`; write `[profile name]`")?;
    let second = words.next();
    if words.next().is_some() {
        return Err(format!(
            "`[{name}]` has too many words; write `[profile name]`"
        ));
    }
    Ok(match (kind, first, second) {
        (FileKind::Credentials, profile, None) => Target::Profile(profile.to_owned()),
        (FileKind::Credentials, _, Some(_)) => {
            return Err(format!(
                "`[{name}]`: the credentials file takes `[name]`, without `profile`"
            ))
        }
        (FileKind::Config, "default", None) => Target::Profile("default".into()),
        (FileKind::Config, "profile", Some(profile)) => Target::Profile(profile.to_owned()),
        (FileKind::Config, "services", Some(services)) => Target::Services(services.to_owned()),
        (FileKind::Config, _, _) => Target::Ignored,
    })
}

/// Drops an inline comment: `#` or `;` after white space.
fn strip_comment(value: &str) -> &str {
    let mut end = value.len();
    let bytes = value.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if (*b == b'#' || *b == b';') && i > 0 && bytes[i - 1].is_ascii_whitespace() {
            end = i;
            break;
        }
    }
    value[..end].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(config: &str, credentials: &str) -> Result<Profiles, ProfileFileError> {
        let mut profiles = Profiles::default();
        profiles.merge(config, "config", FileKind::Config)?;
        profiles.merge(credentials, "credentials", FileKind::Credentials)?;
        Ok(profiles)
    }

    #[test]
    fn profiles_merge_with_the_credentials_file_winning() {
        let profiles = parse(
            "[default]\nregion = eu-west-1 # Ireland\n[profile dev]\nregion=us-west-2\naws_access_key_id = FROMCONFIG\n",
            "; keys\n[dev]\naws_access_key_id = FROMCREDS\naws_secret_access_key = s\n",
        )
        .expect("well formed");
        assert_eq!(profiles.get("default", "region"), Some("eu-west-1"));
        assert_eq!(profiles.get("dev", "region"), Some("us-west-2"));
        assert_eq!(profiles.get("dev", "aws_access_key_id"), Some("FROMCREDS"));
        assert!(!format!("{profiles:?}").contains("FROMCREDS"));
    }

    #[test]
    fn services_sections_give_per_service_endpoints() {
        let profiles = parse(
            "[profile dev]\nservices = local\nendpoint_url = http://all\n[services local]\npartnercentral_account =\n  endpoint_url = http://localhost:4566\ns3 =\n  endpoint_url = http://s3\n",
            "",
        )
        .expect("well formed");
        assert_eq!(
            profiles.service_property("dev", "partnercentral_account", "endpoint_url"),
            Some("http://localhost:4566")
        );
        assert_eq!(profiles.get("dev", "endpoint_url"), Some("http://all"));
        assert_eq!(
            profiles.service_property("dev", "ec2", "endpoint_url"),
            None
        );
    }

    #[test]
    fn malformed_files_name_the_file_and_line() {
        let err =
            parse("[default]\nregion = x\nthis is not a property\n", "").expect_err("malformed");
        assert_eq!(
            err.to_string(),
            "config line 3: expected `[section]`, `key = value` or a comment"
        );
        let err = parse("", "aws_access_key_id = x\n").expect_err("no section");
        assert_eq!((err.path.as_str(), err.line), ("credentials", 1));
        let err = parse("[profile dev\n", "").expect_err("unclosed");
        assert!(err.message.contains("no closing `]`"), "{err}");
    }

    #[test]
    fn a_legacy_section_in_the_credentials_file_is_skipped_and_a_bom_is_not_text() {
        let profiles = parse(
            "\u{feff}[default]\nregion = eu-west-1\n",
            "\u{feff}[profile legacy]\naws_access_key_id = LEGACY\n[default]\naws_access_key_id = DEFAULTKEY\n",
        )
        .expect("the legacy section is skipped");
        assert_eq!(profiles.get("default", "region"), Some("eu-west-1"));
        assert_eq!(
            profiles.get("default", "aws_access_key_id"),
            Some("DEFAULTKEY")
        );
        assert!(!profiles.has_profile("legacy") && !profiles.has_profile("profile"));
        assert_eq!(profiles.get("legacy", "aws_access_key_id"), None);
    }

    #[test]
    fn a_malformed_line_is_named_by_its_number_never_quoted() {
        for credentials in [
            "[default]\nSECRETSENTINEL\n",
            "[default]\nSECRET SENTINEL = x\n",
            "[default]\nservices =\n  SECRETSENTINEL\n",
        ] {
            let err = parse("", credentials).expect_err("malformed");
            assert_eq!(
                (err.path.as_str(), err.line),
                (
                    "credentials",
                    2 + usize::from(credentials.contains("services"))
                )
            );
            assert!(!err.to_string().contains("SENTINEL"), "{err}");
        }
    }
}
