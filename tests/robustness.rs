//! Robustness: any bytes through decoding, any text through sentence splitting and
//! extraction, without a panic and with offsets on character boundaries; and the bad inputs
//! of real corpora through the binary.

use std::sync::OnceLock;

use assert_cmd::cargo::cargo_bin_cmd;
use kgraph::{Extractor, corpus, text};
use predicates::prelude::*;
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::default)
}

/// Text made of the pieces real articles are made of, so that extraction has work to do.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("湖州市".to_string()),
        Just("吴兴区".to_string()),
        Just("织里镇".to_string()),
        Just("有限公司".to_string()),
        Just("集团".to_string()),
        Just("项目".to_string()),
        Just("产业园".to_string()),
        Just("局".to_string()),
        Just("记者".to_string()),
        Just("摄".to_string()),
        Just("。".to_string()),
        Just("\n".to_string()),
        Just("、".to_string()),
        Just("（".to_string()),
        Just("\"\\".to_string()),
        "[\\u{4e00}-\\u{9fff}]{1,4}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(text) = corpus::decode(&bytes, None) {
            prop_assert!(!text.is_empty() || bytes.is_empty() || bytes.starts_with(&[0xef, 0xbb, 0xbf]) || bytes.len() <= 3);
        }
    }

    #[test]
    fn sentences_stay_inside_the_text(text in article_like(), max in 1usize..50) {
        let chars = text.chars().count();
        for s in text::sentences(&text, max) {
            prop_assert!(s.start < s.end && s.end <= chars);
            prop_assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
            prop_assert_eq!(s.text(&text).chars().count(), s.end - s.start);
            prop_assert!(s.end - s.start <= max);
        }
    }

    #[test]
    fn mentions_point_at_their_text(text in article_like()) {
        let extraction = extractor().extract(&text);
        let chars: Vec<char> = text.chars().collect();
        for m in &extraction.mentions {
            prop_assert!(m.start < m.end && m.end <= chars.len());
            let slice: String = chars[m.start..m.end].iter().collect();
            prop_assert_eq!(&slice, &m.text);
        }
    }
}

#[test]
fn a_title_and_a_space_at_the_end_of_a_sentence_are_no_spaced_name() {
    // Found by `mentions_point_at_their_text`: the spaced name's two characters were read
    // past the sentence's end.
    for text in ["记者 ஞ。", "记者 张", "主任 李 "] {
        let extraction = extractor().extract(text);
        assert!(extraction.mentions.iter().all(|m| m.kind != kgraph::EntityType::Person), "{text}");
    }
}

#[test]
fn the_same_article_in_every_encoding_gives_the_same_entities() {
    let article = "浙江省湖州市吴兴区织里镇引进浙江三一装备有限公司，湖州市商务局表示欢迎。记者 陆英英";
    let dir = tempfile::tempdir().expect("tempdir");
    let (gbk, _, _) = encoding_rs::GB18030.encode(article);
    let (big5, _, _) = encoding_rs::BIG5.encode("湖州市的企業在香港投資，湖州市政府表示歡迎，這是兩地合作的新起點。");
    let mut utf16le = vec![0xff, 0xfe];
    utf16le.extend(article.encode_utf16().flat_map(u16::to_le_bytes));
    let mut utf16be = vec![0xfe, 0xff];
    utf16be.extend(article.encode_utf16().flat_map(u16::to_be_bytes));
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(article.as_bytes());
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("a_utf8.txt", article.as_bytes().to_vec()),
        ("b_bom.txt", bom),
        ("c_gbk.txt", gbk.into_owned()),
        ("d_utf16le.txt", utf16le),
        ("e_utf16be.txt", utf16be),
    ];
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let out = cargo_bin_cmd!("kgraph").arg("extract").arg(dir.path()).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines.len(), files.len());
    let first = &lines[0]["entities"];
    assert!(first.as_array().is_some_and(|a| a.len() >= 5), "{first}");
    for line in &lines[1..] {
        assert_eq!(&line["entities"], first, "{}", line["doc"]);
    }
    // Big5 is detected too.
    std::fs::write(dir.path().join("big5.txt"), big5.as_ref()).expect("write");
    cargo_bin_cmd!("kgraph")
        .arg("extract")
        .arg(dir.path().join("big5.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("\"text\":\"湖州市\""));
}

#[test]
fn a_forced_encoding_is_used_and_an_unknown_one_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (gbk, _, _) = encoding_rs::GBK.encode("湖州市");
    std::fs::write(dir.path().join("a.txt"), gbk.as_ref()).expect("write");
    cargo_bin_cmd!("kgraph")
        .args(["extract", "--encoding", "gbk"])
        .arg(dir.path().join("a.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("湖州市"));
    cargo_bin_cmd!("kgraph")
        .args(["extract", "--encoding", "klingon"])
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown encoding"));
}

#[test]
fn html_pages_give_their_article_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page =
        "<html><body><nav>首页 北京市</nav><p>湖州市&amp;织里镇</p><script>var a='上海市'</script></body></html>";
    std::fs::write(dir.path().join("a.html"), page).expect("write");
    let out = cargo_bin_cmd!("kgraph").arg("extract").arg(dir.path()).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("湖州市") && text.contains("织里镇"), "{text}");
    assert!(!text.contains("北京") && !text.contains("上海"), "{text}");
}

#[test]
fn a_malformed_json_line_is_skipped_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("news.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"湖州市\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"织里镇\"}\n",
    )
    .expect("write");
    let out = cargo_bin_cmd!("kgraph").arg("extract").arg(&path).output().expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(stdout.lines().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("news.jsonl:2: malformed JSON"));
    cargo_bin_cmd!("kgraph").arg("extract").arg("--strict").arg(&path).assert().code(1);
}

#[test]
fn an_output_folder_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    std::fs::write(dir.path().join("a.txt"), "湖州市").expect("write");
    cargo_bin_cmd!("kgraph")
        .arg("build")
        .arg(dir.path().join("a.txt"))
        .arg("-o")
        .arg(file.join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot create output folder"));
}

#[test]
fn a_huge_line_without_sentence_ends_is_handled() {
    let text: String = "湖州市吴兴区织里镇童装企业".repeat(40_000);
    let extraction = extractor().extract(&text);
    assert!(extraction.sentences.len() >= text.chars().count() / kgraph::extract::MAX_SENTENCE_CHARS);
    assert!(extraction.mentions.iter().any(|m| m.text == "织里镇"));
}

#[test]
fn usage_errors_exit_with_2() {
    cargo_bin_cmd!("kgraph").arg("build").arg("--no-such-flag").assert().code(2);
    cargo_bin_cmd!("kgraph").assert().code(2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `kgraph extract seeds | head -c1`: stdout closes early; exit stays 0.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} extract {}/seeds | head -c 1 >/dev/null",
            env!("CARGO_BIN_EXE_kgraph"),
            env!("CARGO_MANIFEST_DIR")
        ))
        .status()
        .expect("sh runs");
    assert!(status.success());
}
