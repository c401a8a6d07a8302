//! The comparison model: rows and their order, difference detection, unknown values, the
//! chooser's filter (also at 200 certifications), selection rules, share links, money.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::compare::{
    dollars, encode_selection, fee_text, filter, issuers, parse_selection, paths, toggle,
    Attribute, Comparison, Value, MAX,
};
use hit_pathfinder::core::dataset::{Dataset, Fee};
use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::DEFAULT_DATASET_JSON;
use std::time::Instant;

fn dataset() -> Dataset {
    load(DEFAULT_DATASET_JSON).expect("default dataset").dataset
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn row<'a>(c: &'a Comparison, attribute: Attribute) -> &'a hit_pathfinder::core::compare::Row {
    c.rows.iter().find(|r| r.attribute == attribute).unwrap()
}

fn text(value: &Value) -> &str {
    match value {
        Value::Text(t) | Value::Unknown(t) => t,
        other => panic!("not text: {other:?}"),
    }
}

/// The default dataset with copies of its certifications up to `count` in all, each with
/// its own id, abbreviation and name (paths do not list the copies, which is allowed).
fn large_dataset_json(count: usize) -> String {
    let mut json: serde_json::Value = serde_json::from_str(DEFAULT_DATASET_JSON).unwrap();
    let certs = json["certifications"].as_array_mut().unwrap();
    let originals = certs.clone();
    let mut n = 0;
    while certs.len() < count {
        let mut copy = originals[n % originals.len()].clone();
        let id = format!("{}-x{n}", copy["id"].as_str().unwrap());
        copy["id"] = id.into();
        copy["abbreviation"] = format!("{} X{n}", copy["abbreviation"].as_str().unwrap()).into();
        copy["name"] = format!("{} edition {n}", copy["name"].as_str().unwrap()).into();
        certs.push(copy);
        n += 1;
    }
    json.to_string()
}

#[test]
fn rows_follow_the_attribute_order_and_columns_the_chosen_order() {
    let data = dataset();
    let m = Messages::en_us();
    let c = Comparison::new(&data, &m, &ids(&["ods", "rhit", "cpc"]));
    let order: Vec<_> = c.rows.iter().map(|r| r.attribute).collect();
    assert_eq!(order, Attribute::ALL);
    let columns: Vec<_> = c.columns.iter().map(|c| c.abbreviation.as_str()).collect();
    assert_eq!(columns, ["ODS", "RHIT", "CPC"]);
    assert!(c.rows.iter().all(|r| r.cells.len() == 3));
    // The fee row's cells are in column order too.
    let fee = row(&c, Attribute::Fee);
    assert_eq!(
        text(&fee.cells[1].value),
        "$229 for members, $299 for non-members"
    );
    assert_eq!(text(&fee.cells[2].value), "$425 for members");
    assert_eq!(
        text(&fee.cells[0].value),
        "$335 for members, $435 for non-members"
    );
}

#[test]
fn unknown_ids_are_skipped_and_at_most_four_columns_are_kept() {
    let data = dataset();
    let m = Messages::en_us();
    let c = Comparison::new(
        &data,
        &m,
        &ids(&["rhit", "nope", "cca", "ccs", "cpc", "ods"]),
    );
    let columns: Vec<_> = c.columns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(columns, ["rhit", "cca", "ccs", "cpc"]);
    assert!(Comparison::new(&data, &m, &[])
        .rows
        .iter()
        .all(|r| r.cells.is_empty()));
}

#[test]
fn every_attribute_has_a_label_and_no_cell_is_blank() {
    let data = dataset();
    let m = Messages::en_us();
    let all: Vec<String> = data.certifications.iter().map(|c| c.id.clone()).collect();
    for chunk in all.chunks(MAX) {
        let c = Comparison::new(&data, &m, chunk);
        for row in &c.rows {
            assert!(
                m.has(row.attribute.key()),
                "no label for {:?}",
                row.attribute
            );
            for cell in &row.cells {
                let blank = match &cell.value {
                    Value::Text(t) | Value::Unknown(t) => t.trim().is_empty(),
                    Value::List(items) => items.is_empty(),
                    Value::Paths(items) => items.is_empty(),
                    Value::Links(items) => items.is_empty(),
                };
                assert!(!blank, "{chunk:?} {:?} is blank", row.attribute);
                let shown = format!("{cell:?}");
                assert!(!shown.contains("compare."), "a missing locale key: {shown}");
            }
        }
    }
}

#[test]
fn unknown_values_name_who_to_ask_and_keep_the_datasets_note() {
    let data = dataset();
    let m = Messages::en_us();
    let c = Comparison::new(&data, &m, &ids(&["rhit", "rhia", "cpb"]));
    let fee = row(&c, Attribute::Fee);
    assert_eq!(
        fee.cells[1].value,
        Value::Unknown("Not known — check with AHIMA".into())
    );
    assert!(fee.cells[1].notes[0].starts_with("Sources conflict"));
    assert_eq!(
        fee.cells[2].value,
        Value::Unknown("Not known — check with AAPC".into())
    );
    // A known fee keeps its caveat and its own "as of" date.
    assert!(fee.cells[0].notes.iter().any(|n| n == "As of 2026"));
    assert!(fee.cells[0].notes.iter().any(|n| n.contains("study sites")));
}

#[test]
fn a_row_differs_when_any_value_differs_and_two_unknowns_are_the_same() {
    let data = dataset();
    let m = Messages::en_us();
    // CCMA, CMAA and RMA all have unknown exam facts, from different issuers.
    let c = Comparison::new(&data, &m, &ids(&["ccma", "rma"]));
    assert!(!row(&c, Attribute::Questions).differs());
    assert!(!row(&c, Attribute::Fee).differs());
    assert!(row(&c, Attribute::Name).differs());
    // The name and sources rows say which is which: never marked, never hidden.
    assert!(!row(&c, Attribute::Name).is_difference());
    assert!(!row(&c, Attribute::Sources).is_hidden_when_only_differences());
    assert!(row(&c, Attribute::Questions).is_hidden_when_only_differences());
    // Both are entry level with no apprentice stage.
    assert!(!row(&c, Attribute::Level).differs());
    assert!(!row(&c, Attribute::Apprentice).differs());

    let c = Comparison::new(&data, &m, &ids(&["cpc", "coc"]));
    assert!(row(&c, Attribute::Apprentice).differs());
    // Both cost $425 for members; only their caveats differ, and caveats are not values.
    assert!(!row(&c, Attribute::Fee).differs());
    // Known against unknown differs.
    let c = Comparison::new(&data, &m, &ids(&["rhit", "rhia"]));
    assert!(row(&c, Attribute::Fee).differs());
    // The same certification twice (or one alone) never differs.
    let c = Comparison::new(&data, &m, &ids(&["rhit", "rhit"]));
    assert!(c.rows.iter().all(|r| !r.differs()));
    let c = Comparison::new(&data, &m, &ids(&["rhit"]));
    assert!(c.rows.iter().all(|r| !r.differs()));
}

#[test]
fn unconfirmed_certifications_carry_their_status_note_as_a_warning() {
    let data = dataset();
    let m = Messages::en_us();
    let c = Comparison::new(&data, &m, &ids(&["cpc", "cpc-p"]));
    let name = row(&c, Attribute::Name);
    assert_eq!(name.cells[0].warning, None);
    let warning = name.cells[1].warning.as_deref().unwrap();
    assert!(
        warning.starts_with("Not confirmed: We found only old AAPC pages"),
        "{warning}"
    );
}

#[test]
fn names_expand_the_issuer_and_mention_former_names() {
    let data = dataset();
    let m = Messages::en_us();
    let c = Comparison::new(&data, &m, &ids(&["rhit", "ods"]));
    let name = row(&c, Attribute::Name);
    assert_eq!(
        text(&name.cells[0].value),
        "Registered Health Information Technician, from American Health Information Management Association (AHIMA)"
    );
    assert!(name.cells[1].notes.iter().any(|n| n.contains("CTR")));
    let paths = row(&c, Attribute::Paths);
    match &paths.cells[1].value {
        Value::Paths(p) => assert!(p.iter().any(|(id, _)| id == "cancer-registry")),
        other => panic!("{other:?}"),
    }
    let sources = row(&c, Attribute::Sources);
    assert!(sources.cells[0]
        .notes
        .iter()
        .any(|n| n.starts_with("As of ")));
    match &sources.cells[0].value {
        Value::Links(links) => {
            assert!(links.iter().all(|link| link.url.starts_with("http")));
            // Every default source is an English page; the Spanish widget marks it so.
            assert!(links.iter().all(|link| link.lang.as_deref() == Some("en")));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn fees_read_in_words() {
    let m = Messages::en_us();
    let fee = |member, non_member| fee_text(&m, &Fee { member, non_member });
    assert_eq!(
        fee(Some(299), Some(399)).unwrap(),
        "$299 for members, $399 for non-members"
    );
    assert_eq!(fee(Some(1200), Some(1200)).unwrap(), "$1,200 for everyone");
    assert_eq!(fee(None, Some(435)).unwrap(), "$435 for non-members");
    assert_eq!(fee(None, None), None);
}

#[test]
fn dollars_are_whole_with_comma_grouping() {
    assert_eq!(dollars(7), "$7");
    assert_eq!(dollars(999), "$999");
    assert_eq!(dollars(1000), "$1,000");
    assert_eq!(dollars(1234), "$1,234");
    assert_eq!(dollars(123_456), "$123,456");
    assert_eq!(dollars(u32::MAX), "$4,294,967,295");
}

#[test]
fn the_filter_matches_words_in_any_case_former_names_paths_and_issuers() {
    let data = dataset();
    let found = |q: &str, path: &str, issuer: &str| -> Vec<String> {
        filter(&data, q, path, issuer)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(found("", "", "").len(), data.certifications.len());
    assert_eq!(found("rhit", "", ""), ["rhit"]);
    assert!(found("  CODING specialist ", "", "").contains(&"ccs".to_string()));
    assert_eq!(found("ctr", "", ""), ["ods"], "former name");
    // Words are matched from their start: "ctr" is not found inside "Electronic", nor
    // "tron" at all, while "electr" finds the electronic health records specialist.
    assert!(found("tron", "", "").is_empty());
    assert_eq!(found("electr", "", ""), ["cehrs"]);
    assert!(found("ccs", "", "").contains(&"ccs-p".to_string()));
    assert!(found("zzz", "", "").is_empty());
    // Words of the career paths and the issuer find certifications whose names lack them.
    assert!(found("billing", "", "").contains(&"cpb".to_string()));
    assert!(found("cancer", "", "").contains(&"ods".to_string()));
    let coding = found("coding", "", "");
    assert!(["cpc", "coc", "ccs"]
        .iter()
        .all(|id| coding.contains(&id.to_string())));
    assert!(found("ahima rhia", "", "").contains(&"rhia".to_string()));
    let ncra = found("", "", "ncra");
    assert_eq!(ncra, ["ods"]);
    let registry = found("", "cancer-registry", "");
    assert!(registry.contains(&"ods".to_string()) && registry.contains(&"rhit".to_string()));
    assert!(found("", "cancer-registry", "aapc").is_empty());
    // Dataset order is kept.
    let all = found("", "", "");
    let order: Vec<_> = data.certifications.iter().map(|c| c.id.clone()).collect();
    assert_eq!(all, order);
}

#[test]
fn issuers_and_paths_offered_as_filters_have_certifications() {
    let data = dataset();
    let orgs: Vec<_> = issuers(&data).iter().map(|o| o.id.as_str()).collect();
    assert!(orgs.contains(&"ahima") && orgs.contains(&"ncra"));
    assert!(!orgs.contains(&"bls"), "BLS issues no certification");
    for p in paths(&data) {
        assert!(!filter(&data, "", &p.id, "").is_empty(), "{}", p.id);
    }
}

#[test]
fn toggling_adds_at_the_end_removes_in_place_and_stops_at_four() {
    let s = toggle(&[], "rhit").unwrap();
    assert_eq!(s, ["rhit"]);
    let s = toggle(&s, "cpc").unwrap();
    let s = toggle(&s, "ods").unwrap();
    assert_eq!(s, ["rhit", "cpc", "ods"]);
    assert_eq!(toggle(&s, "cpc").unwrap(), ["rhit", "ods"]);
    let full = toggle(&s, "cca").unwrap();
    assert_eq!(full.len(), MAX);
    assert_eq!(toggle(&full, "ccs"), None);
    assert_eq!(toggle(&full, "rhit").unwrap(), ["cpc", "ods", "cca"]);
}

#[test]
fn share_links_round_trip_and_ignore_what_they_cannot_use() {
    let data = dataset();
    let s = parse_selection("rhit,cpc,ods", &data);
    assert_eq!(s, ["rhit", "cpc", "ods"]);
    assert_eq!(encode_selection(&s), "rhit,cpc,ods");
    assert_eq!(parse_selection(&encode_selection(&s), &data), s);
    assert_eq!(
        parse_selection(" RHIT, nope,,rhit,cpc ,ods,cca,ccs", &data),
        ["rhit", "cpc", "ods", "cca"]
    );
    assert!(parse_selection("", &data).is_empty());
    assert!(parse_selection("<script>", &data).is_empty());
    assert_eq!(encode_selection(&[]), "");
}

#[test]
fn with_200_certifications_filtering_as_you_type_stays_fast() {
    let json = large_dataset_json(200);
    let loaded = load(&json).unwrap_or_else(|r| panic!("{:?}", r.problems));
    let data = loaded.dataset;
    assert_eq!(data.certifications.len(), 200);
    // Every prefix of a search, as typed, then with filters.
    let query = "certified coding specialist";
    let started = Instant::now();
    let mut last = 0;
    for _ in 0..10 {
        for end in 0..=query.len() {
            last = filter(&data, &query[..end], "", "").len();
        }
        filter(&data, "", "medical-billing", "aapc");
    }
    let elapsed = started.elapsed();
    assert!(last >= 2, "copies are found too: {last}");
    // 280 filters of 200 certifications; a debug build does this in a few milliseconds.
    assert!(elapsed.as_millis() < 2000, "{elapsed:?}");
    // A copy is found by its own abbreviation and compared like any other.
    let copy = data.certifications.last().unwrap();
    let found = filter(&data, &copy.abbreviation.to_lowercase(), "", "");
    assert_eq!(found.len(), 1);
    let m = Messages::en_us();
    let c = Comparison::new(
        &data,
        &m,
        &[data.certifications[0].id.clone(), copy.id.clone()],
    );
    assert_eq!(c.columns.len(), 2);
}
