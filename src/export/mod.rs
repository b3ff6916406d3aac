//! Documents made from a person's data for someone else to read by machine: the profile for a
//! municipality's handover (`jobbro-profile/1`) and the person's own copy of everything stored
//! ("My data", `jobbro-mydata/1`). Each format is versioned and described by a JSON Schema
//! next to this file; a change that breaks a reader gets a new version and a new schema.
//! Pure: the caller loads the data, this only shapes it.

pub mod mydata;
pub mod profile;

/// The JSON Schemas, as published in the repository.
pub const PROFILE_SCHEMA: &str = include_str!("jobbro-profile-1.schema.json");
pub const MYDATA_SCHEMA: &str = include_str!("jobbro-mydata-1.schema.json");
