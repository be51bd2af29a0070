package read

import (
	"strings"
	"testing"
)

// lines joins lines with LF, so that a case's line numbers can be counted
// on its arguments: the first is line 1.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

func TestReadVTT(t *testing.T) {
	zoom := lines(
		"WEBVTT",
		"",
		"1",
		"00:00:01.000 --> 00:00:03.500",
		"Dana Whitfield: Thanks for joining.",
		"",
		"2",
		"00:00:04.000 --> 00:00:06.000",
		"Marcus: Happy to be here.",
		"",
		"3",
		"00:00:06.100 --> 00:00:07.000",
		"Let me share my screen.", // no name: Marcus goes on
	)
	zoomTurns := []wantTurn{
		{"Dana Whitfield", "0:01.000", "0:03.500", 5, "Thanks for joining."},
		{"Marcus", "0:04.000", "0:07.000", 9, "Happy to be here. Let me share my screen."},
	}
	cases := []readCase{
		{name: "zoom", file: "a.vtt", input: zoom, want: zoomTurns},
		{name: "crlf", file: "a.vtt", input: strings.ReplaceAll(zoom, "\n", "\r\n"), want: zoomTurns},
		{name: "cr only", file: "a.vtt", input: strings.ReplaceAll(zoom, "\n", "\r"), want: zoomTurns},
		{name: "bom", file: "a.vtt", input: "\ufeff" + zoom, want: zoomTurns},
		{name: "no extension", file: "call", input: zoom, want: zoomTurns},
		{
			name: "header title and metadata",
			file: "a.vtt",
			input: lines(
				"WEBVTT - Discovery call",
				"Kind: captions",
				"Language: en",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"Dana: Hello there.",
			),
			want: []wantTurn{{"Dana", "0:01.000", "0:02.000", 6, "Hello there."}},
		},
		{
			name: "note style region blocks",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"NOTE made by hand",
				"00:00:00.000 is not a cue in a note",
				"",
				"STYLE",
				"::cue { color: red; }",
				"",
				"REGION",
				"id:fred width:40%",
				"",
				"Region: id=bill width=40% lines=3",
				"",
				"00:00:01.000 --> 00:00:02.000 region:fred align:start position:10%",
				"Hello there.",
				"",
				"NOTE",
				"a comment between cues",
				"",
				"00:00:03.000 --> 00:00:04.000",
				"General Kenobi.",
			),
			want: []wantTurn{{"Unknown", "0:01.000", "0:04.000", 15, "Hello there. General Kenobi."}},
		},
		{
			name: "whisper times without hours",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00.000 --> 00:04.500",
				" Thanks for joining.",
				"",
				"01:02,5 --> 01:04", // a comma, a short fraction, none
				"Sure.",
				"",
				"59:59.000 --> 1:00:00.250",
				"Bye.",
			),
			want: []wantTurn{{"Unknown", "0:00.000", "1:00:00.250", 4, "Thanks for joining. Sure. Bye."}},
		},
		{
			name: "teams voices",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"3f1c2a9e-7b1d-4c55-9d7e-2b8f0a6c1d44/12-0",
				"00:00:01.000 --> 00:00:02.000",
				"<v Dana Whitfield>Hello.</v>",
				"",
				"3f1c2a9e-7b1d-4c55-9d7e-2b8f0a6c1d44/13-0",
				"00:00:02.000 --> 00:00:03.000",
				"<v.loud.x   Marcus   Lee >Hi,", // unclosed, with classes
				"how are you?",
				"",
				"00:00:03.000 --> 00:00:04.000",
				"<v Dana Whitfield>Fine.</v> <v Marcus Lee>Good.</v>",
				"",
				"00:00:04.000 --> 00:00:05.000",
				"<v Dana Whitfield>Shall we?</v>",
				"<v Marcus Lee>Let's.",
				"",
				"00:00:05.000 --> 00:00:06.000",
				"<v>Nobody named.</v>",
				"",
				"00:00:06.000 --> 00:00:07.000",
				"<v Ben &amp; Jerry>Ice cream.</v>",
			),
			want: []wantTurn{
				{"Dana Whitfield", "0:01.000", "0:02.000", 5, "Hello."},
				{"Marcus Lee", "0:02.000", "0:03.000", 9, "Hi, how are you?"},
				{"Dana Whitfield", "0:03.000", "0:04.000", 13, "Fine."},
				{"Marcus Lee", "0:03.000", "0:04.000", 13, "Good."},
				{"Dana Whitfield", "0:04.000", "0:05.000", 16, "Shall we?"},
				{"Marcus Lee", "0:04.000", "0:06.000", 17, "Let's. Nobody named."},
				{"Ben & Jerry", "0:06.000", "0:07.000", 23, "Ice cream."},
			},
		},
		{
			name: "tags inside a voice name",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"<v Rep <b>>Hello, what are you using?</v>",
				"",
				"00:00:02.000 --> 00:00:03.000",
				"<v.loud <i>Dana</i> Whitfield>Excel.</v>",
			),
			want: []wantTurn{
				{"Rep", "0:01.000", "0:02.000", 4, "Hello, what are you using?"},
				{"Dana Whitfield", "0:02.000", "0:03.000", 7, "Excel."},
			},
		},
		{
			name: "text outside voices",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"<v Dana>Hello.</v>",
				"",
				"00:00:02.000 --> 00:00:03.000",
				"Well, <v Marcus>hi.</v> So.",
			),
			want: []wantTurn{
				{"Dana", "0:01.000", "0:03.000", 4, "Hello. Well,"},
				{"Marcus", "0:02.000", "0:03.000", 7, "hi. So."},
			},
		},
		{
			name: "styling tags",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"<b>Bold</b> <i>italic</i> <u>under</u> <c.yellow.bg_blue>coloured</c>",
				"<ruby>漢<rt>kan</rt></ruby> <lang en>word</lang> one<00:00:01.500> two",
				"x < y and I <3 it, <not closed",
			),
			want: []wantTurn{{"Unknown", "0:01.000", "0:02.000", 4, "Bold italic under coloured 漢 word one two x < y and I <3 it, <not closed"}},
		},
		{
			name: "entities",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"Dana: Q&amp;A &lt;b&gt; &quot;yes&quot; &apos;no&apos; a&nbsp;b &lrm;c&rlm; it&#39;s don&#x2019;t &amp;lt;",
				"",
				"00:00:02.000 --> 00:00:03.000",
				"Dana: Run &lt;script&gt;alert(1)&lt;/script&gt; now.",
			),
			want: []wantTurn{{"Dana", "0:01.000", "0:03.000", 4,
				"Q&A <b> \"yes\" 'no' a b \u200ec\u200f it's don’t &lt; Run <script>alert(1)</script> now."}},
		},
		{
			name: "name label rule",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"Z. Victor Zhou: Hello.",
				"",
				"00:00:02.000 --> 00:00:03.000",
				"Note: this is not a name.",
				"",
				"00:00:03.000 --> 00:00:04.000",
				"and then: lower case, once, in a file of few labels.",
				"",
				"00:00:04.000 --> 00:00:05.000",
				"MAN:",
				"How did we end up here?",
				"",
				"00:00:05.000 --> 00:00:06.000",
				"Plain text.",
				"",
				"00:00:06.000 --> 00:00:07.000",
				"More plain text.",
				"",
				"00:00:07.000 --> 00:00:08.000",
				"Even more.",
			),
			want: []wantTurn{
				{"Z. Victor Zhou", "0:01.000", "0:04.000", 4, "Hello. Note: this is not a name. and then: lower case, once, in a file of few labels."},
				{"MAN", "0:04.000", "0:08.000", 13, "How did we end up here? Plain text. More plain text. Even more."},
			},
		},
		{
			name: "lower-case names in a labelled file",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"",
				"00:00:01.000 --> 00:00:02.000",
				"danceratopz: Hello.",
				"",
				"00:00:02.000 --> 00:00:03.000",
				"nflaig: Hi.",
				"",
				"00:00:03.000 --> 00:00:04.000",
				"Saulius Grigaitis | Grandine: Hey.",
				"",
				"00:00:04.000 --> 00:00:05.000",
				"Z. Victor Zhou (xinbenlv): Hello.",
			),
			want: []wantTurn{
				{"danceratopz", "0:01.000", "0:02.000", 4, "Hello."},
				{"nflaig", "0:02.000", "0:03.000", 7, "Hi."},
				{"Saulius Grigaitis | Grandine", "0:03.000", "0:04.000", 10, "Hey."},
				{"Z. Victor Zhou (xinbenlv)", "0:04.000", "0:05.000", 13, "Hello."},
			},
		},
		{
			name: "missing blank lines",
			file: "a.vtt",
			input: lines(
				"WEBVTT",
				"00:00:01.000 --> 00:00:02.000",
				"First.",
				"2",
				"00:00:02.000 --> 00:00:03.000",
				"Second, and A --> B is text.",
				"00:00:03.000 --> 00:00:04.000",
				"Third.",
			),
			want: []wantTurn{{"Unknown", "0:01.000", "0:04.000", 3, "First. Second, and A --> B is text. Third."}},
		},
		{
			name:  "truncated last cue",
			file:  "a.vtt",
			input: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n\n2\n00:00:03.000 --> 00:00:04.000",
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 4, "Hello."}},
		},
		{
			name:  "cut in the last timing line",
			file:  "a.vtt",
			input: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n\n00:00:03.000 --> 00:0\n",
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 4, "Hello."}},
		},
		{
			// Lower-cased, "İ" is longer: sentence splitting once sliced
			// past the end of the lower-cased text.
			name:  "text that lower-cases longer",
			file:  "a.vtt",
			input: lines("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "İİİ. İstanbul is big. Yes", "İİİ İİİ İİİ"),
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 4, "İİİ. İstanbul is big. Yes İİİ İİİ İİİ"}},
		},
		{
			name:  "no header",
			file:  "a.vtt",
			input: lines("1", "00:00:01.000 --> 00:00:02.000", "Hello."),
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 3, "Hello."}},
		},
		{
			name:  "annotation-only cue dropped",
			file:  "a.vtt",
			input: lines("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "[music]", "", "00:00:03.000 --> 00:00:04.000", "Dana: Hi."),
			want:  []wantTurn{{"Dana", "0:03.000", "0:04.000", 7, "Hi."}},
		},
		{name: "minutes out of range", file: "a.vtt", input: lines("WEBVTT", "", "1", "00:61:00.000 --> 01:02:00.000", "Hi."),
			errLine: 4, errMsg: "minutes out of range"},
		{name: "not times", file: "a.vtt", input: lines("WEBVTT", "", "abc --> def", "Hi."),
			errLine: 3, errMsg: `"abc" is not a time`},
		{name: "no end", file: "a.vtt", input: lines("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "Hi.", "", "00:00:03.000 -->", "Hi."),
			errLine: 6, errMsg: "want a start and an end"},
		{name: "ends before start", file: "a.vtt", input: "WEBVTT\r\n\r\nx\r\n00:00:05.000 --> 00:00:04.000\r\nHi.\r\n",
			errLine: 4, errMsg: "ends (0:04.000) before it starts (0:05.000)"},
		{name: "bad time inside text", file: "a.vtt", input: lines("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "Hi.", "00:00:99.000 --> 00:01:00.000", "Bye."),
			errLine: 5, errMsg: "seconds out of range"},
		{name: "no header, no cues", file: "a.vtt", format: WebVTT.Name, input: " \nBROKENVTT\n",
			errLine: 1, errMsg: "not WebVTT"},
		{name: "header, no cues", file: "a.vtt", input: "WEBVTT\n\nNOTE nothing\n", errMsg: "no speech found"},
	}
	runReadCases(t, cases)
}

func TestReadVTTFiles(t *testing.T) {
	runFileCases(t, []fileCase{
		{
			// Cues 200-230 of a real Zoom transcript: CRLF, lower-case and
			// "|" names, one name that labels a single cue.
			file:       "zoom-acdt-excerpt.vtt",
			turns:      11,
			speakers:   []string{"Parithosh Jayanthi", "Stefan Bratanov", "nflaig", "Potuz", "Saulius Grigaitis | Grandine", "Caleb"},
			first:      wantTurn{"Parithosh Jayanthi", "32:08.130", "32:13.989", 5, "Do we still want to do updates from the other CLs as well?"},
			lastStart:  "35:27.030",
			lastEnd:    "35:29.340",
			lastPrefix: "Thank you.",
		},
		{
			file:       "teams.vtt",
			turns:      8,
			speakers:   []string{"Dana Whitfield", "Marcus Lee"},
			first:      wantTurn{"Dana Whitfield", "0:03.528", "0:05.192", 5, "Thanks for making the time today, Marcus."},
			lastStart:  "0:18.100",
			lastEnd:    "0:19.500",
			lastPrefix: "It is.",
		},
		{
			file:       "whisper.vtt",
			turns:      1,
			speakers:   []string{"Unknown"},
			first:      wantTurn{"Unknown", "0:00.000", "1:00:05.000", 4, "Thanks for joining, everyone. So today"},
			lastStart:  "0:00.000",
			lastEnd:    "1:00:05.000",
			lastPrefix: "Thanks",
		},
		{
			// NOTE, STYLE (with a blank line inside) and Region blocks, a
			// label alone on its line, an annotation-only first cue.
			file:       "asticode-example-in.vtt",
			turns:      1,
			speakers:   []string{"MAN"},
			first:      wantTurn{"MAN", "2:04.080", "2:31.360", 37, "How did we end up here? This place is horrible. Smells like balls. We don't belong in this shithole."},
			lastStart:  "2:04.080",
			lastEnd:    "2:31.360",
			lastPrefix: "How",
		},
		{
			file:       "asticode-example-in-carriage-return.vtt",
			turns:      1,
			speakers:   []string{"Unknown"},
			first:      wantTurn{"Unknown", "0:00.000", "0:14.066", 5, "Did one of the last stories strike you as more interesting than the other? That's true. You don’t often find 632 pieces of gum stuck on a sidewalk at a busy bus stop or anywhere else for that matter."},
			lastStart:  "0:00.000",
			lastEnd:    "0:14.066",
			lastPrefix: "Did",
		},
	})
}

func TestReadVTTTeamsTurns(t *testing.T) {
	data := readFixture(t, "teams.vtt")
	runReadCases(t, []readCase{{name: "teams.vtt", file: "teams.vtt", input: data, want: []wantTurn{
		{"Dana Whitfield", "0:03.528", "0:05.192", 5, "Thanks for making the time today, Marcus."},
		{"Marcus Lee", "0:05.400", "0:09.100", 9, "Happy to. We've been looking at options since Q2 & it's time."},
		{"Dana Whitfield", "0:09.200", "0:11.000", 14, "What prompted the search?"},
		{"Marcus Lee", "0:11.100", "0:14.000", 18, "Honestly, the renewal price."},
		{"Dana Whitfield", "0:14.100", "0:15.000", 22, "Got it."},
		{"Marcus Lee", "0:14.100", "0:18.000", 23, "Yeah. It went up by a third – again."},
		{"Dana Whitfield", "0:18.100", "0:19.500", 31, "That’s steep."},
		{"Marcus Lee", "0:18.100", "0:19.500", 31, "It is."},
	}}})
}

func TestReadVTTBroken(t *testing.T) {
	// The detector refuses it; forced, the reader says why.
	data := readFixture(t, "asticode-broken-1-in.vtt")
	runReadCases(t, []readCase{
		{name: "detected", file: "broken.vtt", input: data, errLine: 1, errMsg: "not WebVTT"},
		{name: "forced", file: "broken.vtt", format: WebVTT.Name, input: data, errLine: 1, errMsg: "not WebVTT"},
	})
}

func FuzzReadVTT(f *testing.F) {
	for _, s := range seedTexts(f, "*.vtt") {
		f.Add(s, []byte{1, 0, 10, 0x81, 20, 30, 0x42, 5, 7, 0x93, 9, 9, 0x28, 1, 2, 3})
	}
	f.Add("Hello &amp; <b>bye</b>|[music]|Dana: hi\nthere|", []byte{2, 1, 1, 0x82, 1, 1, 0x12})
	f.Add("<v Dana>x</v>|(a|b)|NOTE|00:00:01.000 --> 00:00:02.000|{\\an8}hi", []byte{0x80, 0, 0, 0, 0, 0, 0xff, 1, 1, 0x45})
	f.Fuzz(func(t *testing.T, texts string, style []byte) {
		input, cues := genInput(texts, style, false)
		checkGenerated(t, "fuzz.vtt", input, cues)
	})
}
