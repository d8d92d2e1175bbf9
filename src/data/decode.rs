//! The data set from a data file's JSON, field by field: a value of the wrong kind, a
//! missing field or an unknown one is a fault with its place — the field's path
//! (`series[0].points[14].turnover`), its line and column, and the value as written
//! (`"960,4"`). Written by hand rather than derived: the same code natively and in the
//! browser, and a smaller .wasm than serde's generic deserializers.

use super::fault::{written, Fault, Said, Word};
use super::json::{line_column, parse as parse_json, Kind, Span, Value};
use super::{
    Countries, DataSet, Fact, FlowShares, FlowWords, Flows, Point, PointKind, ProductShares,
    Series, Share, Source, Target, Text,
};
use crate::i18n::{Fill, Msg};

mod fields;

/// Where a fault is: the field's path and where it was written.
#[derive(Clone, Copy)]
struct At<'a> {
    path: &'a str,
    span: Span,
}

/// Reads the data set from `text`, or says the first thing in the way: a syntax error or
/// a field of the wrong shape, with its place.
pub fn decode(text: &str) -> Result<DataSet, Fault> {
    let root = parse_json(text).map_err(|e| {
        let (line, column) = line_column(text, e.at);
        let place = Fill::FaultAtLine {
            line: written(line),
            column: written(column),
        };
        Fault::at(place.into(), Said::new(e.message))
    })?;
    let read = Reader { text };
    read.data_set(&root)
}

/// How a value of type `T` is read: the reader, the value, its path.
type Read<'t, T> = fn(&Reader<'t>, &Value, &str) -> Result<T, Fault>;

/// Reads values of one text, naming faults with their places in it.
struct Reader<'a> {
    text: &'a str,
}

/// An object's fields, each taken at most once; what is left is unknown.
struct Fields<'r, 't, 'v> {
    reader: &'r Reader<'t>,
    path: String,
    members: &'v [(String, Span, Value)],
    taken: Vec<bool>,
}

impl<'t> Reader<'t> {
    /// The fault `problem` at `at`.
    fn fault(&self, at: At, problem: Said) -> Fault {
        let (line, column) = line_column(self.text, at.span.start);
        let (line, column) = (written(line), written(column));
        let place = if at.path.is_empty() {
            Fill::FaultAtFile { line, column }
        } else {
            Fill::FaultAtPath {
                line,
                column,
                path: written(at.path),
            }
        };
        Fault::at(place.into(), problem)
    }

    /// The fault of a value that is not the `expected` kind.
    fn wrong(&self, v: &Value, path: &str, expected: Msg) -> Fault {
        let as_written = self.text.get(v.at.start..v.at.end).unwrap_or("");
        let shown: String = as_written.chars().take(40).collect();
        let more = if as_written.chars().count() > 40 {
            "…"
        } else {
            ""
        };
        let problem = Fill::FaultExpected {
            expected: Word::Said(expected),
            found: Word::Said(v.kind.name()),
            written: written(format!("{shown}{more}")),
        };
        self.fault(At { path, span: v.at }, problem.into())
    }

    fn fields<'r, 'v>(&'r self, v: &'v Value, path: &str) -> Result<Fields<'r, 't, 'v>, Fault> {
        match &v.kind {
            Kind::Object(members) => Ok(Fields {
                reader: self,
                path: path.to_string(),
                members,
                taken: vec![false; members.len()],
            }),
            _ => Err(self.wrong(v, path, Msg::ExpectObject)),
        }
    }

    fn string(&self, v: &Value, path: &str) -> Result<String, Fault> {
        match &v.kind {
            Kind::String(s) => Ok(s.clone()),
            _ => Err(self.wrong(v, path, Msg::ExpectString)),
        }
    }

    fn number(&self, v: &Value, path: &str) -> Result<f64, Fault> {
        match v.kind {
            Kind::Number(n) => Ok(n),
            _ => Err(self.wrong(v, path, Msg::ExpectNumber)),
        }
    }

    fn year(&self, v: &Value, path: &str) -> Result<i32, Fault> {
        match v.kind {
            Kind::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => Ok(n as i32),
            _ => Err(self.wrong(v, path, Msg::ExpectWhole)),
        }
    }

    /// Each item of a list, read with `item`. (Readers are plain function pointers here
    /// and below: one copy of the code per type read, not per field.)
    fn list<T>(&self, v: &Value, path: &str, item: Read<'t, T>) -> Result<Vec<T>, Fault> {
        let Kind::Array(items) = &v.kind else {
            return Err(self.wrong(v, path, Msg::ExpectList));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            out.push(item(self, x, &format!("{path}[{i}]"))?);
        }
        Ok(out)
    }

    fn text_value(&self, v: &Value, path: &str) -> Result<Text, Fault> {
        let mut f = self.fields(v, path)?;
        let text = Text {
            en: f.required("en", Self::string)?,
            ru: f.optional("ru", Self::string)?,
            uz: f.optional("uz", Self::string)?,
            be: f.optional("be", Self::string)?,
        };
        f.done()?;
        Ok(text)
    }

    fn kind(&self, v: &Value, path: &str) -> Result<PointKind, Fault> {
        let code = self.string(v, path)?;
        [
            PointKind::Reported,
            PointKind::LowerBound,
            PointKind::Approx,
            PointKind::Derived,
        ]
        .into_iter()
        .find(|k| k.code() == code)
        .ok_or_else(|| self.wrong(v, path, Msg::ExpectKind))
    }

    fn point(&self, v: &Value, path: &str) -> Result<Point, Fault> {
        let mut f = self.fields(v, path)?;
        let point = Point {
            year: f.required("year", Self::year)?,
            exports: f.optional("a_to_b", Self::number)?,
            imports: f.optional("b_to_a", Self::number)?,
            turnover: f.optional("turnover", Self::number)?,
            kind: f.required("kind", Self::kind)?,
            split_kind: f.optional("split_kind", Self::kind)?,
            source: f.required("source", Self::string)?,
            also: f
                .optional("also", |r, v, p| r.list(v, p, Self::string))?
                .unwrap_or_default(),
            note: f.optional("note", Self::text_value)?,
        };
        f.done()?;
        Ok(point)
    }

    fn series(&self, v: &Value, path: &str) -> Result<Series, Fault> {
        let mut f = self.fields(v, path)?;
        let series = Series {
            id: f.required("id", Self::string)?,
            name: f.required("name", Self::text_value)?,
            notes: f
                .optional("notes", |r, v, p| r.list(v, p, Self::text_value))?
                .unwrap_or_default(),
            points: f.required("points", |r, v, p| r.list(v, p, Self::point))?,
        };
        f.done()?;
        Ok(series)
    }

    fn source(&self, v: &Value, path: &str) -> Result<Source, Fault> {
        let mut f = self.fields(v, path)?;
        let source = Source {
            id: f.required("id", Self::string)?,
            title: f.required("title", Self::text_value)?,
            publisher: f.required("publisher", Self::text_value)?,
            date: f.required("date", Self::string)?,
            read: f.optional("read", Self::string)?,
            url: f.optional("url", Self::string)?,
            quote: f.required("quote", Self::string)?,
        };
        f.done()?;
        Ok(source)
    }

    fn target(&self, v: &Value, path: &str) -> Result<Target, Fault> {
        let mut f = self.fields(v, path)?;
        let target = Target {
            id: f.required("id", Self::string)?,
            value: f.required("value", Self::number)?,
            deadline: f.optional("deadline", Self::year)?,
            label: f.required("label", Self::text_value)?,
            set: f.required("set", Self::text_value)?,
            source: f.required("source", Self::string)?,
        };
        f.done()?;
        Ok(target)
    }

    fn share(&self, v: &Value, path: &str) -> Result<Share, Fault> {
        let mut f = self.fields(v, path)?;
        let share = Share {
            label: f.required("label", Self::text_value)?,
            pct: f.required("pct", Self::number)?,
        };
        f.done()?;
        Ok(share)
    }

    fn flow_shares(&self, v: &Value, path: &str) -> Result<FlowShares, Fault> {
        let mut f = self.fields(v, path)?;
        let flow = FlowShares {
            label: f.required("label", Self::text_value)?,
            shares: f.required("shares", |r, v, p| r.list(v, p, Self::share))?,
        };
        f.done()?;
        Ok(flow)
    }

    fn products(&self, v: &Value, path: &str) -> Result<ProductShares, Fault> {
        let mut f = self.fields(v, path)?;
        let products = ProductShares {
            year: f.required("year", Self::year)?,
            heading: f.required("heading", Self::text_value)?,
            source: f.required("source", Self::string)?,
            note: f.required("note", Self::text_value)?,
            flows: f.required("flows", |r, v, p| r.list(v, p, Self::flow_shares))?,
        };
        f.done()?;
        Ok(products)
    }

    fn fact(&self, v: &Value, path: &str) -> Result<Fact, Fault> {
        let mut f = self.fields(v, path)?;
        let fact = Fact {
            title: f.required("title", Self::text_value)?,
            text: f.required("text", Self::text_value)?,
            cite: f.optional("cite", Self::text_value)?,
        };
        f.done()?;
        Ok(fact)
    }

    fn flow_words(&self, v: &Value, path: &str) -> Result<FlowWords, Fault> {
        let mut f = self.fields(v, path)?;
        let words = FlowWords {
            name: f.required("name", Self::text_value)?,
            growth: f.required("growth", Self::text_value)?,
        };
        f.done()?;
        Ok(words)
    }

    fn flows(&self, v: &Value, path: &str) -> Result<Flows, Fault> {
        let mut f = self.fields(v, path)?;
        let flows = Flows {
            exports: f.required("a_to_b", Self::flow_words)?,
            imports: f.required("b_to_a", Self::flow_words)?,
        };
        f.done()?;
        Ok(flows)
    }

    fn countries(&self, v: &Value, path: &str) -> Result<Countries, Fault> {
        let mut f = self.fields(v, path)?;
        let countries = Countries {
            a: f.required("a", Self::text_value)?,
            b: f.required("b", Self::text_value)?,
        };
        f.done()?;
        Ok(countries)
    }

    fn data_set(&self, v: &Value) -> Result<DataSet, Fault> {
        let mut f = self.fields(v, "")?;
        let format = f.required("format", Self::year)?;
        if format == 1 {
            let written = f.members.iter().find(|(key, _, _)| key == "format");
            let span = written.map_or(v.at, |(_, at, _)| *at);
            return Err(self.fault(
                At {
                    path: "format",
                    span,
                },
                Said::new(Msg::FaultFormat1),
            ));
        }
        let data = DataSet {
            schema: f.optional("$schema", Self::string)?,
            format: u32::try_from(format).unwrap_or(0),
            title: f.required("title", Self::text_value)?,
            lede: f.required("lede", Self::text_value)?,
            description: f.required("description", Self::text_value)?,
            chart_title: f.required("chart_title", Self::text_value)?,
            download_title: f.required("download_title", Self::text_value)?,
            share_title: f.required("share_title", Self::text_value)?,
            file_stem: f.required("file_stem", Self::string)?,
            countries: f.required("countries", Self::countries)?,
            flows: f.required("flows", Self::flows)?,
            unit: f.required("unit", Self::text_value)?,
            sources: f.required("sources", |r, v, p| r.list(v, p, Self::source))?,
            series: f.required("series", |r, v, p| r.list(v, p, Self::series))?,
            targets: f.required("targets", |r, v, p| r.list(v, p, Self::target))?,
            products: f.optional("products", Self::products)?,
            facts: f
                .optional("facts", |r, v, p| r.list(v, p, Self::fact))?
                .unwrap_or_default(),
            why_differ: f.optional("why_differ", Self::text_value)?,
            figures_as_of: f.optional("figures_as_of", Self::string)?,
        };
        f.done()?;
        Ok(data)
    }
}
