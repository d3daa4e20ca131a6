//! What a member of a shape is: its facts (from its type), its constraints, where it is bound,
//! and its wire form. Data only: the model check, the CLI and validation read it; the
//! attribute builds it with the const fns below.

/// A member of a structure, as the model check and the CLI read it. The attribute builds it
/// with [`Member::required`], [`Member::optional`] or [`Member::float`] from the type's
/// [`Validate::FACTS`](crate::Validate::FACTS) and the builder methods below.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Member {
    /// The wire name.
    pub name: &'static str,
    /// A plain field (not `Option`): the model requires it.
    pub required: bool,
    /// The member autofilled with a UUID.
    pub idempotency_token: bool,
    /// The type is `Sensitive<..>`: redacted in `Debug`.
    pub sensitive: bool,
    /// What the value is on the wire, from the member's type.
    pub schema: fn() -> Schema,
    /// The model's constraints, as declared with `#[aws(length, range, pattern)]`.
    pub constraints: Constraints,
    /// The first paragraph of the member's doc comment.
    pub doc: &'static str,
    /// Where the member goes in the request or comes from in the response.
    pub location: Location<'static>,
    /// Which constraints the member's type can be held to.
    pub checks: Checks,
}

impl Member {
    /// A member of a type with these facts, in the body under its name.
    pub const fn of(name: &'static str, facts: Facts) -> Self {
        Self {
            name,
            required: !facts.optional,
            idempotency_token: false,
            sensitive: facts.sensitive,
            schema: facts.schema,
            constraints: Constraints::NONE,
            doc: "",
            location: Location::Body(name),
            checks: facts.checks,
        }
    }

    /// A member written without `Option<..>` or a float type: its type (`facts`) must be
    /// neither, or the attribute, which reads those by their spelling, would send it wrongly.
    pub const fn required(name: &'static str, facts: Facts) -> Self {
        if facts.optional {
            panic!("this member's type is an `Option` under another name, which #[aws_operation] cannot see; write `Option<..>` itself");
        }
        Self::optional(name, facts)
    }

    /// A member written `Option<..>` (of no float type).
    pub const fn optional(name: &'static str, facts: Facts) -> Self {
        if facts.float {
            panic!("this member's type is `f32` or `f64` under another name, which #[aws_operation] cannot see; write `f32` or `f64` itself");
        }
        Self::of(name, facts)
    }

    /// A member written `f32`, `f64` or an `Option` of one.
    pub const fn float(name: &'static str, facts: Facts) -> Self {
        Self::of(name, facts)
    }

    /// A union's member: never required, as only one is set.
    pub const fn in_union(mut self) -> Self {
        self.required = false;
        self
    }

    /// The member autofilled with a UUID.
    pub const fn token(mut self) -> Self {
        self.idempotency_token = true;
        self
    }

    /// The first paragraph of the member's doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }

    /// Bound elsewhere than the body under its name.
    pub const fn at(mut self, location: Location<'static>) -> Self {
        self.location = location;
        self
    }

    /// `length(min = ..)`.
    pub const fn min_length(mut self, min: u64) -> Self {
        self.needs(self.checks.length);
        self.constraints.length.0 = Some(min);
        self
    }

    /// `length(max = ..)`.
    pub const fn max_length(mut self, max: u64) -> Self {
        self.needs(self.checks.length);
        self.constraints.length.1 = Some(max);
        self
    }

    /// `range(min = ..)`.
    pub const fn min(mut self, min: i64) -> Self {
        self.needs_range();
        self.constraints.range.0 = Some(min);
        self
    }

    /// `range(max = ..)`.
    pub const fn max(mut self, max: i64) -> Self {
        self.needs_range();
        self.constraints.range.1 = Some(max);
        self
    }

    /// `pattern = ".."`.
    pub const fn pattern(mut self, pattern: &'static str) -> Self {
        if !self.checks.pattern {
            panic!("a `pattern` constraint needs a string member (`String`, or an `Option` or `Sensitive` of one)");
        }
        self.constraints.pattern = Some(pattern);
        self
    }

    const fn needs(&self, length: bool) {
        if !length {
            panic!("a `length` constraint needs a string, list, map or blob member (or an `Option` or `Sensitive` of one)");
        }
    }

    const fn needs_range(&self) {
        if !self.checks.range {
            panic!("a `range` constraint needs a whole-number member (`i8` to `i64`, `u8` to `u32`, or an `Option` or `Sensitive` of one)");
        }
    }
}

/// Where a member is bound: the JSON body (by its key there), or, in restJson1, a part of the
/// HTTP message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location<'a> {
    /// The JSON body, under this key (the member's name, or its `json_name`).
    Body(&'a str),
    /// The URI label of this name.
    Label(&'a str),
    /// The query parameter of this name.
    Query(&'a str),
    /// A map of query parameters.
    QueryParams,
    /// The header of this name.
    Header(&'a str),
    /// Headers with this prefix, as a map.
    PrefixHeaders(&'a str),
    /// The whole body.
    Payload,
    /// The response's status code.
    ResponseCode,
}

/// The model's constraints on a member's value: what the member's checks enforce, as data
/// for tools and the model check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Constraints {
    /// The least and most length (characters, items or entries).
    pub length: (Option<u64>, Option<u64>),
    /// The least and most value of a number.
    pub range: (Option<i64>, Option<i64>),
    /// The regular expression a string matches.
    pub pattern: Option<&'static str>,
}

impl Constraints {
    /// No constraint.
    pub const NONE: Self = Self {
        length: (None, None),
        range: (None, None),
        pattern: None,
    };
}

/// What a type says of itself as a member ([`Validate::FACTS`](crate::Validate::FACTS)).
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// `Validate::OPTIONAL`.
    pub optional: bool,
    /// `Validate::SENSITIVE`.
    pub sensitive: bool,
    /// `Validate::FLOAT`.
    pub float: bool,
    /// `Validate::CHECKS`.
    pub checks: Checks,
    /// `Validate::schema`.
    pub schema: fn() -> Schema,
}

/// Which constraints a type can be held to: what `#[aws(length, range, pattern)]` need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checks {
    /// `length`: strings, lists, maps and blobs.
    pub length: bool,
    /// `pattern`: strings.
    pub pattern: bool,
    /// `range`: whole numbers.
    pub range: bool,
}

impl Checks {
    /// None.
    pub const NONE: Self = Self {
        length: false,
        pattern: false,
        range: false,
    };
    pub(crate) const LENGTH: Self = Self {
        length: true,
        ..Self::NONE
    };
    pub(crate) const TEXT: Self = Self {
        length: true,
        pattern: true,
        range: false,
    };
    pub(crate) const RANGE: Self = Self {
        range: true,
        ..Self::NONE
    };
}

/// The wire form of a value. Nested forms are functions, so recursive shapes (a structure
/// that holds a list of itself) describe themselves lazily.
#[derive(Debug, Clone, Copy)]
pub enum Schema {
    /// A string.
    String,
    /// A number, and the Rust type that holds it (the model's `integer` is an `i32`, its
    /// `double` an `f64`, ...).
    Number(Number),
    /// `true` or `false`.
    Bool,
    /// Bytes, base64 in JSON.
    Blob,
    /// A point in time, and its wire form.
    Timestamp(TimestampFormat),
    /// Any JSON value.
    Document,
    /// A string the model lists the values of (others are kept, not refused).
    Enum(&'static [&'static str]),
    /// A list of the element's form.
    List(fn() -> Schema),
    /// A map: its key's form (a string, or an enum), then its value's.
    Map(fn() -> Schema, fn() -> Schema),
    /// A structure: its members.
    Structure(&'static [Member]),
    /// A union: exactly one of its members is set.
    Union(&'static [Member]),
}

/// The Rust type that holds a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Number {
    /// `i8`: the model's `byte`.
    I8,
    /// `i16`: the model's `short`.
    I16,
    /// `i32`: the model's `integer`.
    I32,
    /// `i64`: the model's `long`.
    I64,
    /// `f32`: the model's `float`.
    F32,
    /// `f64`: the model's `double`.
    F64,
    /// An unsigned type, which no model shape is.
    Unsigned,
}

impl Number {
    /// The Rust type a model's number shape is declared as: `integer` → `I32`, ...
    pub fn of_model(kind: &str) -> Option<Self> {
        Some(match kind {
            "byte" => Self::I8,
            "short" => Self::I16,
            "integer" => Self::I32,
            "long" => Self::I64,
            "float" => Self::F32,
            "double" => Self::F64,
            _ => return None,
        })
    }
}

/// A timestamp's wire form: the type that declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// [`DateTime`](crate::DateTime): ISO 8601 (`timestampFormat: iso8601`).
    DateTime,
    /// [`EpochSeconds`](crate::EpochSeconds): seconds since the epoch (`unixTimestamp`).
    EpochSeconds,
    /// [`HttpDate`](crate::HttpDate): an HTTP date (`rfc822`).
    HttpDate,
}

impl TimestampFormat {
    /// The wire form of a timestamp the model gives `format` (its `timestampFormat`, if any)
    /// and binds to a header (`in_header`), to the URI (`in_uri`), or else to the body.
    pub fn of_model(format: Option<&str>, in_header: bool, in_uri: bool) -> Self {
        match format {
            Some("iso8601") => Self::DateTime,
            Some("rfc822") => Self::HttpDate,
            Some(_) => Self::EpochSeconds,
            None if in_header => Self::HttpDate,
            None if in_uri => Self::DateTime,
            None => Self::EpochSeconds,
        }
    }

    /// The awsop type that declares a timestamp of this wire form (`DateTime`, ...).
    pub fn type_name(self) -> &'static str {
        match self {
            Self::DateTime => "DateTime",
            Self::EpochSeconds => "EpochSeconds",
            Self::HttpDate => "HttpDate",
        }
    }
}

/// The default of member `N` of a shape, for a body that lacks it: a trait, so the declared
/// type gets no method of ours.
pub trait MemberDefault<const N: usize> {
    /// The member's type.
    type Value;
    /// The model's default.
    fn value() -> Self::Value;
}
