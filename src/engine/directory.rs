use serde::{Deserialize, Serialize};

use crate::domain::Lang;

/// The lists kept in the database that questions offer: places, sectors and occupations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub places: Vec<Place>,
    pub sectors: Vec<Sector>,
    pub occupations: Vec<Occupation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    AsylumCentre,
    Municipality,
}

impl PlaceKind {
    pub fn code(self) -> &'static str {
        match self {
            PlaceKind::AsylumCentre => "asylum_centre",
            PlaceKind::Municipality => "municipality",
        }
    }

    pub fn parse(code: &str) -> Option<PlaceKind> {
        match code {
            "asylum_centre" => Some(PlaceKind::AsylumCentre),
            "municipality" => Some(PlaceKind::Municipality),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: i32,
    pub kind: PlaceKind,
    /// Proper name, the same in every language (Danish place names are written in Latin letters
    /// on every sign the person will see).
    pub name: String,
}

/// A label kept in the database in each language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Labels {
    pub ar: String,
    pub en: String,
    pub da: String,
}

impl Labels {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
            Lang::Da => &self.da,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    pub code: String,
    pub labels: Labels,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occupation {
    pub id: i32,
    pub isco_code: String,
    pub sector: String,
    pub labels: Labels,
}

impl Directory {
    pub fn place(&self, id: i32) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn occupation(&self, id: i32) -> Option<&Occupation> {
        self.occupations.iter().find(|o| o.id == id)
    }

    pub fn occupations_in(&self, sector: &str) -> impl Iterator<Item = &Occupation> {
        self.occupations.iter().filter(move |o| o.sector == sector)
    }
}
