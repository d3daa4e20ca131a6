//! A structure's JSON, by its member table: the `Serialize` and `Deserialize` of every
//! declared structure. The attribute names the fields in the order of `Shape::MEMBERS`
//! ([`json_members!`](crate::__json_members)); the keys, leaving out unset members, finding the
//! member a key names, skipping unknown keys and filling the model's defaults happen here,
//! once, instead of in serde's derived code for every structure.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::member::{Location, Member};
use crate::operation::Shape;
use crate::wire::float::{self, Float};

/// `Serialize`, `Deserialize` and [`ReadMembers`] for a declared structure, from its fields in
/// the order of its `MEMBERS`: `json_members!(Type, strict, [a, b: option, c: float])`, then
/// optionally `defaults [index => field, ..]` and `aliases ["Key" => index, ..]`. An `option`
/// is left out when unset; a `float` (or `float_option`) carries `NaN` and the infinities as
/// strings.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_members {
    (
        $ty:ident, $strict:literal, [$($field:ident $(: $kind:ident)?),* $(,)?]
        $(, defaults [$($default:literal => $default_field:ident),* $(,)?])?
        $(, aliases [$($alias:literal => $alias_index:literal),* $(,)?])?
    ) => {
        impl $crate::__private::serde::Serialize for $ty {
            #[inline]
            fn serialize<__S: $crate::__private::serde::Serializer>(
                &self,
                __s: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                let mut __w = $crate::__private::Writer::<__S, Self>::new(__s)?;
                $( $crate::__json_members!(@write __w, &self.$field $(, $kind)?); )*
                __w.end()
            }
        }
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<__D: $crate::__private::serde::Deserializer<'de>>(
                __d: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                $crate::__private::read_structure(__d)
            }
        }
        impl $crate::__private::ReadMembers for $ty {
            const STRICT: bool = $strict;
            $(
                const DEFAULTS: bool = true;
                fn default_member(&mut self, __index: usize) -> bool {
                    match __index {
                        $($default => self.$default_field = <Self as $crate::__private::MemberDefault<$default>>::value(),)*
                        _ => return false,
                    }
                    true
                }
            )?
            $(
                fn alias(__key: &str) -> ::core::option::Option<usize> {
                    match __key {
                        $($alias => ::core::option::Option::Some($alias_index),)*
                        _ => ::core::option::Option::None,
                    }
                }
            )?
            #[inline]
            fn read_member<'de, __A: $crate::__private::serde::de::MapAccess<'de>>(
                &mut self,
                __index: usize,
                __map: &mut __A,
            ) -> ::core::result::Result<(), __A::Error> {
                let mut __i = 0_usize;
                $(
                    if __index == __i {
                        self.$field = $crate::__json_members!(@read __map $(, $kind)?);
                        return ::core::result::Result::Ok(());
                    }
                    __i += 1;
                )*
                let _ = __i;
                $crate::__private::skip_value(__map)
            }
        }
    };
    (@read $map:ident) => { $map.next_value()? };
    (@read $map:ident, option) => { $map.next_value()? };
    (@read $map:ident, float) => { $crate::__private::next_float($map)? };
    (@read $map:ident, float_option) => { $crate::__private::next_float_option($map)? };
    (@write $w:ident, $value:expr) => { $w.member($value)? };
    (@write $w:ident, $value:expr, option) => { $w.option($value)? };
    (@write $w:ident, $value:expr, float) => { $w.float($value)? };
    (@write $w:ident, $value:expr, float_option) => { $w.float_option($value)? };
}

/// Writes a structure's members, in the order of `T::MEMBERS`, under their keys; an unset
/// member is left out, and so is an input's member bound to the URI or a header.
pub struct Writer<S: Serializer, T> {
    map: S::SerializeMap,
    index: usize,
    shape: PhantomData<T>,
}

impl<S: Serializer, T> fmt::Debug for Writer<S, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl<S: Serializer, T: ReadMembers> Writer<S, T> {
    /// Starts the JSON object.
    #[inline]
    pub fn new(serializer: S) -> Result<Self, S::Error> {
        Ok(Self {
            map: serializer.serialize_map(None)?,
            index: 0,
            shape: PhantomData,
        })
    }

    /// The next member's key, if it is written.
    #[inline]
    fn key(&mut self) -> Option<&'static str> {
        let member = T::MEMBERS.get(self.index)?;
        self.index += 1;
        // an input's bound members go to the URI and headers, an output's are written too
        (!T::STRICT || in_body(member)).then(|| key_of(member))
    }

    /// The next member.
    #[inline]
    pub fn member<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), S::Error> {
        match self.key() {
            Some(key) => self.map.serialize_entry(key, value),
            None => Ok(()),
        }
    }

    /// The next member, an `Option`: left out when unset.
    #[inline]
    pub fn option<V: Serialize>(&mut self, value: &Option<V>) -> Result<(), S::Error> {
        match (self.key(), value) {
            (Some(key), Some(value)) => self.map.serialize_entry(key, value),
            _ => Ok(()),
        }
    }

    /// The next member, a float: `NaN` and the infinities as strings.
    #[inline]
    pub fn float<F: Float>(&mut self, value: &F) -> Result<(), S::Error> {
        match self.key() {
            Some(key) => self.map.serialize_entry(key, &FloatOut(*value)),
            None => Ok(()),
        }
    }

    /// The next member, an optional float.
    #[inline]
    pub fn float_option<F: Float>(&mut self, value: &Option<F>) -> Result<(), S::Error> {
        match (self.key(), value) {
            (Some(key), Some(value)) => self.map.serialize_entry(key, &FloatOut(*value)),
            _ => Ok(()),
        }
    }

    /// Ends the JSON object.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.map.end()
    }
}

struct FloatOut<F>(F);

impl<F: Float> Serialize for FloatOut<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        float::serialize(&self.0, serializer)
    }
}

/// The member's key in the structure's JSON: its body key, or for a member bound to the URI,
/// a header or the status, its name.
fn key_of(member: &Member) -> &'static str {
    match member.location {
        Location::Body(key) => key,
        _ => member.name,
    }
}

fn in_body(member: &Member) -> bool {
    matches!(member.location, Location::Body(_))
}

/// Whether `T`'s reader takes `member` from the JSON: a body member, or any member of an input
/// (the CLI's and the emulator's whole document); an output's bound members come from HTTP.
fn read_from_json<T: ReadMembers>(member: &Member) -> bool {
    T::STRICT || in_body(member)
}

/// Skips the map's next value: a key no member has.
#[inline]
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A structure read member by member. `#[aws_shape]` implements it; its `Deserialize` is
/// [`deserialize`].
pub trait ReadMembers: Shape + Default {
    /// Some member has a model default (then [`ReadMembers::default_member`] is called for
    /// each member the body lacks).
    const DEFAULTS: bool = false;

    /// An operation's input, read as the CLI and the emulator take it: every member under its
    /// name (a member bound to the URI or a header too), an unknown key and a missing
    /// required member are errors.
    const STRICT: bool = false;

    /// Reads the map's next value into member `index` (its place in `MEMBERS`).
    fn read_member<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Gives member `index`, which the body lacked, the model's default; false if it has
    /// none.
    fn default_member(&mut self, _index: usize) -> bool {
        false
    }

    /// The member a key names that is not its body key: a `#[serde(alias = "..")]` of the
    /// declaration (errors' `message`, which services also write `Message`).
    fn alias(_key: &str) -> Option<usize> {
        None
    }
}

/// Reads `T` from a JSON object: its members by their body keys, unknown keys ignored, the
/// missing ones left at `T::default()` or the model's default.
#[inline]
pub fn deserialize<'de, T: ReadMembers, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(Structure(PhantomData))
}

struct Structure<T>(PhantomData<T>);

impl<'de, T: ReadMembers> Visitor<'de> for Structure<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        let mut seen = if T::DEFAULTS || T::STRICT {
            vec![false; T::MEMBERS.len()]
        } else {
            Vec::new()
        };
        let mut next = 0;
        while let Some(found) = map.next_key_seed(Key::<T>(next, PhantomData))? {
            match found {
                Some(index) => {
                    value.read_member(index, &mut map)?;
                    if let Some(seen) = seen.get_mut(index) {
                        *seen = true;
                    }
                    next = index + 1;
                }
                None => skip_value(&mut map)?,
            }
        }
        for (index, seen) in seen.into_iter().enumerate() {
            let member = &T::MEMBERS[index];
            if !seen && !value.default_member(index) && T::STRICT && member.required {
                return Err(serde::de::Error::missing_field(key_of(member)));
            }
        }
        Ok(value)
    }
}

/// A key: the index of the member whose body key it is, or `None`. The search starts at the
/// member after the last one read, as bodies mostly list members in the model's order.
struct Key<T>(usize, PhantomData<T>);

impl<T: ReadMembers> Key<T> {
    fn find(&self, key: &str) -> Option<usize> {
        let named = |member: &Member| read_from_json::<T>(member) && key_of(member) == key;
        let members = T::MEMBERS;
        if members.get(self.0).is_some_and(named) {
            return Some(self.0);
        }
        members
            .iter()
            .position(named)
            .or_else(|| T::alias(key).filter(|&i| members.get(i).is_some_and(read_from_json::<T>)))
    }
}

impl<'de, T: ReadMembers> DeserializeSeed<'de> for Key<T> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<T: ReadMembers> Visitor<'_> for Key<T> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Self::Value, E> {
        match self.find(key) {
            None if T::STRICT => Err(E::custom(format_args!("unknown field `{key}`"))),
            found => Ok(found),
        }
    }

    fn visit_bytes<E: serde::de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        self.visit_str(&String::from_utf8_lossy(key))
    }
}

/// A float member: a number or `"NaN"`, `"Infinity"`, `"-Infinity"`.
#[inline]
pub fn next_float<'de, T: Float, A: MapAccess<'de>>(map: &mut A) -> Result<T, A::Error> {
    map.next_value_seed(FloatSeed(PhantomData::<T>))
}

/// An optional float member: `null` is `None`.
#[inline]
pub fn next_float_option<'de, T: Float, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<T>, A::Error> {
    map.next_value_seed(FloatSeed(PhantomData::<Option<T>>))
}

struct FloatSeed<T>(PhantomData<T>);

impl<'de, T: Float> DeserializeSeed<'de> for FloatSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        float::deserialize(deserializer)
    }
}

impl<'de, T: Float> DeserializeSeed<'de> for FloatSeed<Option<T>> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        float::option::deserialize(deserializer)
    }
}
