//! What the build writes beside the markup: the chart's SVG made light, the preview
//! image, and the first paint's files inline with the policy that allows them.

use super::*;

#[test]
fn dashes_are_joined_into_paths_of_the_same_points() {
    let svg = "<rect x=\"1\"/><polyline fill=\"none\" stroke=\"#000\" points=\"1,2 3,4 \"/>\
               <polyline fill=\"none\" stroke=\"#000\" points=\"5,6 7,8 \"/>\
               <polyline fill=\"none\" stroke=\"#F00\" points=\"9,9 \"/><text>a</text>";
    assert_eq!(
        join_polylines(svg),
        "<rect x=\"1\"/><path fill=\"none\" stroke=\"#000\" d=\"M1,2 L3,4 M5,6 L7,8\"/>\
         <path fill=\"none\" stroke=\"#F00\" d=\"M9,9\"/><text>a</text>"
    );
    let html = view();
    assert!(!html.contains("<polyline"));
}

#[test]
fn markers_become_dots_and_paths_relative_in_the_same_order() {
    let svg = "<circle cx=\"10\" cy=\"20\" r=\"4\" fill=\"#00F\"/><circle cx=\"15\" cy=\"18\" r=\"4\" fill=\"#00F\"/>\
               <circle cx=\"15\" cy=\"18\" r=\"5\" fill=\"#FFF\"/>\
               <circle cx=\"15\" cy=\"18\" r=\"5\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>";
    assert_eq!(
        dots(svg),
        "<path stroke=\"#00F\" stroke-width=\"8\" stroke-linecap=\"round\" d=\"M10 20h0m5 -2h0\"/>\
         <path stroke=\"#FFF\" stroke-width=\"10\" stroke-linecap=\"round\" d=\"M15 18h0\"/>\
         <circle cx=\"15\" cy=\"18\" r=\"5\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>"
    );
    assert_eq!(
        relative_paths("<path d=\"M8,17 L26,17 M30,17 L32,15 L40,20\"/><polygon fill=\"#000\" points=\"1,2 3,4 0,4 \"/>"),
        "<path d=\"M8 17h18m4 0l2-2 8 5\"/><path fill=\"#000\" d=\"M1 2l2 2h-3z\"/>"
    );
    assert_eq!(
        relative_paths("<path d=\"M0,0 L0,5 L0,9 L3,9 L5,9 M6,9 L6,2\"/>"),
        "<path d=\"M0 0v5 4h3 2m1 0v-7\"/>"
    );
    // What it cannot read stays as written.
    assert_eq!(
        relative_paths("<path d=\"M1 2h0\"/>"),
        "<path d=\"M1 2h0\"/>"
    );
}

#[test]
fn the_preview_image_is_the_chart_with_the_title_and_the_answer() {
    for lang in Lang::ALL {
        let t = catalog(lang);
        let svg = preview_svg(t).unwrap();
        let (w, h) = PREVIEW_SIZE;
        assert!(svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\""
        )));
        let answer = default_answer(t).unwrap();
        let first_word = answer.split(' ').next().unwrap();
        assert!(svg.contains(&escape(first_word)), "{lang:?}");
        assert!(svg.contains(
            &escape(t.text(&t.data().title))
                .split(' ')
                .next()
                .unwrap()
                .to_string()
        ));
        assert!(svg.contains("scale(2)"), "the chart, scaled up");
        let png = raster::png(&svg).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // IHDR: width and height, big-endian, at bytes 16..24.
        let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        assert_eq!((size(16), size(20)), PREVIEW_SIZE);
    }
}

#[test]
fn the_first_paints_files_go_into_the_page_allowed_by_their_hashes() {
    use super::inline::{inline, inline_texts, page_policy, policy, sha256, with_policy};
    // MDN's example of a hash source.
    assert_eq!(
        sha256("alert('Hello, world.');"),
        "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="
    );
    let template = "<html><head><meta charset=\"utf-8\"><script src=\"first-view.js\"></script>\
                    <link rel=\"stylesheet\" href=\"./main.css\" data-integrity=\"none\"/>\
                    <script type=\"module\" src=\"boot.js\"></script></head><body></body></html>";
    let page = inline(
        template,
        ("main.css", "p{color:red}"),
        ("first-view.js", "var a=1;"),
    )
    .unwrap();
    assert_eq!(
        page,
        "<html><head><meta charset=\"utf-8\"><script>var a=1;</script><style>p{color:red}</style>\
         <script type=\"module\" src=\"boot.js\"></script></head><body></body></html>"
    );
    assert_eq!(
        inline_texts(&page),
        (
            vec!["var a=1;".to_string()],
            vec!["p{color:red}".to_string()]
        )
    );
    let with = with_policy(&page).unwrap();
    let expected = policy(&["var a=1;".into()], &["p{color:red}".into()]);
    assert_eq!(
        expected,
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '{}'; style-src 'self' '{}'; \
             object-src 'none'; base-uri 'self'; form-action 'none'",
            sha256("var a=1;"),
            sha256("p{color:red}")
        )
    );
    assert!(with.starts_with(&format!(
        "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"{expected}\"><script>"
    )));
    assert_eq!(page_policy(&with).as_deref(), Some(expected.as_str()));
    assert_eq!(with_policy(&with).unwrap(), with, "written again, the same");
    // A page `trunk serve` wrote holds its live-reload script too: never allowed.
    let served = page.replace(
        "</body>",
        "<script>const ws = new WebSocket('ws://x');</script></body>",
    );
    let refused = with_policy(&served).unwrap_err();
    assert!(refused.contains("make build"), "{refused}");
    assert!(inline(
        template,
        ("main.css", "</style><script>"),
        ("first-view.js", "")
    )
    .is_err());
}
