//! Button custom ids. A button must keep working after the bot restarts, so its id carries
//! everything needed to answer it and the bot keeps no per-message state:
//!
//! | button | custom id |
//! | --- | --- |
//! | a related topic | `sb:topic:<intent>:<stages, comma-separated>:<site>:<location>` (`-` for none) |
//! | "Questions for my care team" | `sb:q:<template id>` |
//! | "Dismiss" | `sb:dismiss:<user id of the asker>` |
//!
//! Discord allows 100 characters; [`Button::encode`] returns `None` for an id that would not fit.

use crate::brain::{Location, Site, Stage};

/// Discord's limit on a component's custom id.
pub const MAX_CUSTOM_ID: usize = 100;
const PREFIX: &str = "sb:";
const NONE: &str = "-";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Button {
    Topic {
        intent: String,
        stages: Vec<Stage>,
        site: Option<Site>,
        location: Option<Location>,
    },
    Questions {
        template: String,
    },
    Dismiss {
        owner: u64,
    },
}

impl Button {
    pub fn encode(&self) -> Option<String> {
        let id = match self {
            Button::Topic {
                intent,
                stages,
                site,
                location,
            } => {
                if intent.is_empty() || intent.contains(':') {
                    return None;
                }
                let stages: Vec<&str> = stages.iter().map(|s| s.as_str()).collect();
                let stages = if stages.is_empty() {
                    NONE.to_string()
                } else {
                    stages.join(",")
                };
                format!(
                    "{PREFIX}topic:{intent}:{stages}:{}:{}",
                    site.map_or(NONE, Site::as_str),
                    location.map_or(NONE, Location::as_str)
                )
            }
            Button::Questions { template } => {
                if template.is_empty() {
                    return None;
                }
                format!("{PREFIX}q:{template}")
            }
            Button::Dismiss { owner } => format!("{PREFIX}dismiss:{owner}"),
        };
        (id.chars().count() <= MAX_CUSTOM_ID).then_some(id)
    }

    /// Reads a custom id back; `None` for anything this bot did not make (or made differently).
    pub fn decode(id: &str) -> Option<Button> {
        let rest = id.strip_prefix(PREFIX)?;
        let (kind, rest) = rest.split_once(':')?;
        match kind {
            "topic" => {
                let mut parts = rest.split(':');
                let intent = parts.next().filter(|i| !i.is_empty())?.to_string();
                let stages = match parts.next()? {
                    NONE => Vec::new(),
                    list => list
                        .split(',')
                        .map(Stage::parse)
                        .collect::<Option<Vec<_>>>()?,
                };
                let site = optional(parts.next()?, Site::parse)?;
                let location = optional(parts.next()?, Location::parse)?;
                parts.next().is_none().then_some(Button::Topic {
                    intent,
                    stages,
                    site,
                    location,
                })
            }
            "q" => (!rest.is_empty()).then(|| Button::Questions {
                template: rest.to_string(),
            }),
            "dismiss" => rest.parse().ok().map(|owner| Button::Dismiss { owner }),
            _ => None,
        }
    }
}

/// `-` is none; anything else must parse. The outer `Option` is "well formed".
fn optional<T>(s: &str, parse: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    if s == NONE {
        Some(None)
    } else {
        parse(s).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(b: Button) -> String {
        let id = b.encode().expect("fits");
        assert_eq!(Button::decode(&id), Some(b), "{id}");
        id
    }

    #[test]
    fn every_kind_round_trips() {
        let id = round_trip(Button::Topic {
            intent: "recurrence".into(),
            stages: vec![Stage::II, Stage::IV],
            site: Some(Site::Lung),
            location: Some(Location::Limb),
        });
        assert_eq!(id, "sb:topic:recurrence:II,IV:lung:limb");
        let id = round_trip(Button::Topic {
            intent: "specialist".into(),
            stages: vec![],
            site: None,
            location: None,
        });
        assert_eq!(id, "sb:topic:specialist:-:-:-");
        assert_eq!(
            round_trip(Button::Questions {
                template: "stage_iv_lung".into()
            }),
            "sb:q:stage_iv_lung"
        );
        assert_eq!(round_trip(Button::Dismiss { owner: 42 }), "sb:dismiss:42");
    }

    #[test]
    fn foreign_or_damaged_ids_are_rejected() {
        for id in [
            "",
            "dismiss:42",
            "sb:dismiss:alice",
            "sb:dismiss:",
            "sb:q:",
            "sb:topic:stage:V:-:-",
            "sb:topic:stage:-:mars:-",
            "sb:topic:stage:-:-",
            "sb:topic:stage:-:-:-:extra",
            "sb:other:1",
        ] {
            assert_eq!(Button::decode(id), None, "{id:?}");
        }
    }

    #[test]
    fn ids_over_discords_limit_are_not_made() {
        assert_eq!(
            Button::Questions {
                template: "x".repeat(200)
            }
            .encode(),
            None
        );
        assert_eq!(
            Button::Topic {
                intent: "a:b".into(),
                stages: vec![],
                site: None,
                location: None
            }
            .encode(),
            None
        );
    }
}
