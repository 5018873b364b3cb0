//! The words the text trace uses for an `attr` event: where an attribute was found or
//! landed, said the way a teacher would say it ("method B.greet, inherited via MRO …").

use super::event::{AttrAccess, AttrAction, AttrPlace, AttrVia};

/// The letter in the scope column for where an attribute lives: `I` the instance dict,
/// `C` a class, `T` a built-in type (or `type`), `M` a module, `✗` nowhere.
pub fn place_letter(place: AttrPlace) -> char {
    match place {
        AttrPlace::Instance => 'I',
        AttrPlace::Class => 'C',
        AttrPlace::Type => 'T',
        AttrPlace::Module => 'M',
        AttrPlace::Missing => '✗',
    }
}

/// The note after the value: what supplied the attribute, or what took the write.
pub fn attr_note(facts: &AttrAccess) -> String {
    let mut note = String::new();
    if let Some(m) = &facts.mangled {
        note.push_str(&format!("{} is {m} here (mangled); ", facts.name));
    }
    let real = facts.mangled.as_ref().unwrap_or(&facts.name);
    let qualified = match &facts.owner {
        Some(owner) => format!("{owner}.{real}"),
        None => real.to_string(),
    };
    note.push_str(&match facts.action {
        AttrAction::Get => get_words(facts, &qualified),
        AttrAction::Set => write_words(facts, &qualified, "into", "setter"),
        AttrAction::Delete => write_words(facts, &qualified, "from", "deleter"),
    });
    if let Some(after) = &facts.after {
        note.push_str(&format!(
            ", super() searched MRO [{}] after {after}",
            facts.mro.join(", ")
        ));
    } else if !facts.mro.is_empty() && facts.found != AttrPlace::Missing {
        note.push_str(&format!(", inherited via MRO [{}]", facts.mro.join(", ")));
    }
    note
}

fn get_words(facts: &AttrAccess, qualified: &str) -> String {
    let owner = facts.owner.as_deref().unwrap_or("its class");
    match (facts.found, facts.via) {
        (_, Some(AttrVia::Getattribute)) => format!("{owner}.__getattribute__ decided"),
        (_, Some(AttrVia::Getattr)) => {
            format!("not found normally, so {owner}.__getattr__ answered")
        }
        (AttrPlace::Instance, _) => "from the instance dict".to_string(),
        (AttrPlace::Module, _) => format!("from module {owner}"),
        (AttrPlace::Missing, _) if facts.mro.is_empty() => "not found".to_string(),
        (AttrPlace::Missing, _) => format!("not found: not in MRO [{}]", facts.mro.join(", ")),
        (AttrPlace::Type, _) => format!("{qualified}, from the built-in type"),
        (AttrPlace::Class, via) => {
            let what = match via {
                Some(AttrVia::Method) => "method",
                Some(AttrVia::Property) => "property",
                Some(AttrVia::Classmethod) => "classmethod",
                Some(AttrVia::Staticmethod) => "staticmethod",
                Some(AttrVia::DataDescriptor) => "data descriptor",
                Some(AttrVia::Descriptor) => "descriptor",
                Some(AttrVia::Slot) => "slot",
                _ => "class attribute",
            };
            format!("{what} {qualified}")
        }
    }
}

fn write_words(facts: &AttrAccess, qualified: &str, preposition: &str, hook: &str) -> String {
    let owner = facts.owner.as_deref().unwrap_or("its class");
    match (facts.found, facts.via) {
        (_, Some(AttrVia::Setattr)) => format!("{owner} defines its own hook, which decides"),
        (_, Some(AttrVia::Property)) => format!("by the {hook} of property {qualified}"),
        (_, Some(AttrVia::DataDescriptor)) => format!("by data descriptor {qualified}"),
        (_, Some(AttrVia::Slot)) => format!("{preposition} slot {qualified}"),
        (AttrPlace::Instance, _) => format!("{preposition} the instance dict"),
        (AttrPlace::Class, _) => format!("{preposition} the namespace of class {owner}"),
        (AttrPlace::Module, _) => format!("{preposition} module {owner}"),
        (AttrPlace::Type, _) => format!("{preposition} built-in type {owner}"),
        (AttrPlace::Missing, _) => "not found".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::event::Text;

    fn facts(action: AttrAction, found: AttrPlace, via: Option<AttrVia>) -> AttrAccess {
        AttrAccess {
            action,
            expr: None,
            object: "<C object>".into(),
            name: "greet".into(),
            mangled: None,
            found,
            owner: Some("B".into()),
            mro: Vec::new(),
            via,
            after: None,
            value: Text::default(),
        }
    }

    fn mro() -> Vec<Text> {
        vec!["C".into(), "B".into(), "A".into(), "object".into()]
    }

    #[test]
    fn an_inherited_method_names_its_class_and_the_mro() {
        let f = AttrAccess {
            mro: mro(),
            ..facts(AttrAction::Get, AttrPlace::Class, Some(AttrVia::Method))
        };
        assert_eq!(
            attr_note(&f),
            "method B.greet, inherited via MRO [C, B, A, object]"
        );
    }

    #[test]
    fn super_says_where_the_search_started() {
        let f = AttrAccess {
            mro: mro(),
            after: Some("C".into()),
            ..facts(AttrAction::Get, AttrPlace::Class, Some(AttrVia::Method))
        };
        assert_eq!(
            attr_note(&f),
            "method B.greet, super() searched MRO [C, B, A, object] after C"
        );
    }

    #[test]
    fn a_mangled_name_is_shown_both_ways() {
        let f = AttrAccess {
            name: "__secret".into(),
            mangled: Some("_Account__secret".into()),
            owner: None,
            ..facts(AttrAction::Set, AttrPlace::Instance, None)
        };
        assert_eq!(
            attr_note(&f),
            "__secret is _Account__secret here (mangled); into the instance dict"
        );
    }

    #[test]
    fn a_property_write_goes_through_its_setter() {
        let f = facts(AttrAction::Set, AttrPlace::Class, Some(AttrVia::Property));
        assert_eq!(attr_note(&f), "by the setter of property B.greet");
    }
}
