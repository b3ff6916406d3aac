use serde::{Deserialize, Serialize};

/// The lists kept in the database that questions offer: places, sectors and occupations.
/// Their labels are texts like any other, in each language's `labels.ftl`
/// (`label-sector-<code>`, `label-occupation-<id>`).
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    pub code: String,
}

impl Sector {
    /// The locale id of its label.
    pub fn label_id(&self) -> String {
        format!("label-sector-{}", self.code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occupation {
    pub id: i32,
    pub isco_code: String,
    pub sector: String,
}

impl Occupation {
    /// The locale id of its label (by id, not ISCO code: several occupations share a code).
    pub fn label_id(&self) -> String {
        format!("label-occupation-{}", self.id)
    }
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
