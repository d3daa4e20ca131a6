//! Reading a structure from JSON by its member table: the `Deserialize` of every
//! `#[aws_shape]`. The attribute writes one line per member (which field a member's value goes
//! to); finding the member a key names, skipping unknown keys and filling the model's defaults
//! happen here, once, instead of in serde's derived visitor for every structure.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::member::Location;
use crate::operation::Shape;
use crate::wire::float::{self, Float};

/// A structure read member by member. `#[aws_shape]` implements it; its `Deserialize` is
/// [`deserialize`].
pub trait ReadMembers: Shape + Default {
    /// Some member has a model default (then [`ReadMembers::default_member`] is called for
    /// each member the body lacks).
    const DEFAULTS: bool = false;

    /// Reads the map's next value into member `index` (its place in `MEMBERS`).
    fn read_member<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Gives member `index`, which the body lacked, the model's default, if it has one.
    fn default_member(&mut self, _index: usize) {}

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
        let mut seen = if T::DEFAULTS {
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
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        for (index, seen) in seen.into_iter().enumerate() {
            if !seen {
                value.default_member(index);
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
        let members = T::MEMBERS;
        let start = self.0.min(members.len());
        (start..members.len())
            .chain(0..start)
            .find(|&i| matches!(members[i].location, Location::Body(name) if name == key))
            .or_else(|| T::alias(key))
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
        Ok(self.find(key))
    }

    fn visit_bytes<E: serde::de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(std::str::from_utf8(key).ok().and_then(|key| self.find(key)))
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
