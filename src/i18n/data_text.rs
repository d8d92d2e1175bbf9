//! The translatable text of the data set, each piece named by a `data.*` key.

use crate::data::DataSet;

/// Every translatable text of `data` with its key (e.g. `data.series.uz.name`,
/// `data.point.by.2016.note`, `data.products.flow.1.share.2`), in data order.
/// Source titles, publishers and quotes are not listed: citations stay as published.
pub fn data_texts(data: &mut DataSet) -> Vec<(String, &mut String)> {
    let mut texts: Vec<(String, &mut String)> = Vec::new();
    for series in &mut data.series {
        let id = series.id.code();
        texts.push((format!("data.series.{id}.name"), &mut series.name));
        for (i, note) in series.notes.iter_mut().enumerate() {
            texts.push((format!("data.series.{id}.note.{}", i + 1), note));
        }
        for point in &mut series.points {
            if let Some(note) = &mut point.note {
                texts.push((format!("data.point.{id}.{}.note", point.year), note));
            }
        }
    }
    for target in &mut data.targets {
        let id = &target.id;
        texts.push((format!("data.target.{id}.label"), &mut target.label));
        texts.push((format!("data.target.{id}.set"), &mut target.set));
    }
    let products = &mut data.products;
    texts.push(("data.products.note".to_string(), &mut products.note));
    for (i, flow) in products.flows.iter_mut().enumerate() {
        let n = i + 1;
        texts.push((format!("data.products.flow.{n}.label"), &mut flow.label));
        for (j, share) in flow.shares.iter_mut().enumerate() {
            let key = format!("data.products.flow.{n}.share.{}", j + 1);
            texts.push((key, &mut share.label));
        }
    }
    texts
}
