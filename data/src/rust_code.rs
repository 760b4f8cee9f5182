//! Writes a value of the dataset's types as a Rust expression, so the build embeds the
//! dataset as statics: nothing to parse or allocate at run time.
//!
//! It is a serde `Serializer` whose output is Rust source: structs become struct literals,
//! strings and lists become `Cow::Borrowed`, enum values become paths (`Category::State`,
//! turning the files' kebab-case back into the variant's name).

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(message.to_string())
    }
}

/// The Rust expression that rebuilds `value`. The types must be in scope where it is included,
/// as must `std::borrow::Cow`.
pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut writer = RustWriter { out: String::new() };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

/// `private-sector` → `PrivateSector`.
pub fn variant_name(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

struct RustWriter {
    out: String,
}

impl RustWriter {
    fn put(&mut self, text: impl fmt::Display) {
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{text}");
    }
}

type Done = Result<(), Error>;

impl ser::Serializer for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn is_human_readable(&self) -> bool {
        false
    }

    fn serialize_bool(self, v: bool) -> Done {
        self.put(v);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Done {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Done {
        self.put(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Done {
        self.put(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Done {
        self.put(format_args!("{v:?}"));
        Ok(())
    }
    fn serialize_char(self, v: char) -> Done {
        self.put(format_args!("{v:?}"));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        // Debug-formatting a str yields a valid Rust string literal.
        self.put(format_args!("Cow::Borrowed({v:?})"));
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Done {
        Err(Error("byte strings are not part of the dataset".into()))
    }
    fn serialize_none(self) -> Done {
        self.put("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Done {
        self.put("Some(");
        value.serialize(&mut *self)?;
        self.put(")");
        Ok(())
    }
    fn serialize_unit(self) -> Done {
        self.put("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Done {
        self.put(name);
        Ok(())
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> Done {
        self.put(format_args!("{name}::{}", variant_name(variant)));
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Done {
        self.put(format_args!("{name}("));
        value.serialize(&mut *self)?;
        self.put(")");
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.put(format_args!("{name}::{}(", variant_name(variant)));
        value.serialize(&mut *self)?;
        self.put(")");
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.put("Cow::Borrowed(&[");
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Error> {
        self.put("(");
        Ok(self)
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.put(format_args!("{name}("));
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.put(format_args!("{name}::{}(", variant_name(variant)));
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("maps are not part of the dataset".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.put(format_args!("{name} {{"));
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.put(format_args!("{name}::{} {{", variant_name(variant)));
        Ok(self)
    }
}

impl RustWriter {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        value.serialize(&mut *self)?;
        self.put(",");
        Ok(())
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.put(format_args!("{key}:"));
        self.element(value)
    }
}

impl ser::SerializeSeq for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.put("])");
        Ok(())
    }
}

impl ser::SerializeTuple for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.put(")");
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.put(")");
        Ok(())
    }
}

impl ser::SerializeTupleVariant for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.put(")");
        Ok(())
    }
}

impl ser::SerializeStruct for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.field(key, value)
    }
    fn end(self) -> Done {
        self.put("}");
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut RustWriter {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.field(key, value)
    }
    fn end(self) -> Done {
        self.put("}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use std::borrow::Cow;

    #[test]
    fn variant_names_undo_kebab_case() {
        assert_eq!(variant_name("private-sector"), "PrivateSector");
        assert_eq!(variant_name("state"), "State");
        assert_eq!(
            variant_name("international-organisation"),
            "InternationalOrganisation"
        );
    }

    #[test]
    fn writes_struct_literals_with_borrowed_strings_and_lists() {
        let citation = Citation {
            source: "seed-000".into(),
            quote: "say \"hi\"".into(),
            translation: None,
        };
        let when = When {
            kind: DateKind::Before,
            date: PartialDate::day(2019, 11, 12),
            end: None,
            derived: None,
        };
        assert_eq!(
            to_rust(&citation).unwrap(),
            r#"Citation {source:Cow::Borrowed("seed-000"),quote:Cow::Borrowed("say \"hi\""),translation:None,}"#
        );
        assert_eq!(
            to_rust(&when).unwrap(),
            "When {kind:DateKind::Before,date:PartialDate {year:2019,month:11,day:12,},end:None,derived:None,}"
        );
        let list: List<Category> = Cow::Owned(vec![Category::State, Category::PrivateSector]);
        assert_eq!(
            to_rust(&list).unwrap(),
            "Cow::Borrowed(&[Category::State,Category::PrivateSector,])"
        );
    }
}
