package read

import (
	"strings"
	"testing"
)

func TestReadSRT(t *testing.T) {
	basic := lines(
		"1",
		"00:00:01,000 --> 00:00:03,500",
		"DANA: Thanks for joining.",
		"",
		"2",
		"00:00:04,000 --> 00:00:06,000",
		"We have thirty minutes.", // speaker only on change
		"",
		"3",
		"00:00:06,100 --> 00:00:07,000",
		"MARCUS: Great.",
	)
	basicTurns := []wantTurn{
		{"DANA", "0:01.000", "0:06.000", 3, "Thanks for joining. We have thirty minutes."},
		{"MARCUS", "0:06.100", "0:07.000", 11, "Great."},
	}
	cases := []readCase{
		{name: "basic", file: "a.srt", input: basic, want: basicTurns},
		{name: "crlf", file: "a.srt", input: strings.ReplaceAll(basic, "\n", "\r\n"), want: basicTurns},
		{name: "cr only", file: "a.srt", input: strings.ReplaceAll(basic, "\n", "\r"), want: basicTurns},
		{name: "bom", file: "a.srt", input: "\ufeff" + basic, want: basicTurns},
		{name: "detected without extension", file: "call", input: basic, want: basicTurns},
		{
			name: "time forms",
			file: "a.srt",
			input: lines(
				"1",
				"00:01:39 --> 00:01:41,04",
				"No fraction, short fraction.",
				"",
				"2",
				"00:02:04.08 --> 00:02:07.12 X1:40 X2:600 Y1:20 Y2:50",
				"Periods and coordinates.",
				"",
				"3",
				"01:00:00,5 --> 01:00:01,123456",
				"Long and short fractions.",
			),
			want: []wantTurn{{"Unknown", "1:39.000", "1:00:01.123", 3, "No fraction, short fraction. Periods and coordinates. Long and short fractions."}},
		},
		{
			name: "missing and extra blank lines",
			file: "a.srt",
			input: lines(
				"",
				"",
				"1",
				"00:00:01,000 --> 00:00:02,000",
				"One.",
				"2",
				"00:00:02,000 --> 00:00:03,000",
				"Two, then 3",
				"and 4 --> 5 as text.",
				"",
				"",
				"",
				"3",
				"",
				"00:00:03,000 --> 00:00:04,000",
				"Three,",
				"",
				"still three.", // a blank line inside a cue's text
				"00:00:04,000 --> 00:00:05,000",
				"Four.",
			),
			want: []wantTurn{{"Unknown", "0:01.000", "0:05.000", 5, "One. Two, then 3 and 4 --> 5 as text. Three, still three. Four."}},
		},
		{
			name: "whisperx speakers",
			file: "a.srt",
			input: lines(
				"1",
				"00:00:00,031 --> 00:00:02,153",
				"[SPEAKER_00]: Hi, this is Dana.",
				"",
				"2",
				"00:00:02,500 --> 00:00:04,000",
				"[SPEAKER_01] Hi Dana.",
				"",
				"3",
				"00:00:04,000 --> 00:00:05,000",
				"[Speaker 2]: Hello.",
				"",
				"4",
				"00:00:05,000 --> 00:00:06,000",
				"[laughter] Sorry.", // an annotation, not a speaker
			),
			want: []wantTurn{
				{"SPEAKER_00", "0:00.031", "0:02.153", 3, "Hi, this is Dana."},
				{"SPEAKER_01", "0:02.500", "0:04.000", 7, "Hi Dana."},
				{"Speaker 2", "0:04.000", "0:06.000", 11, "Hello. [laughter] Sorry."},
			},
		},
		{
			name: "label alone on its line",
			file: "a.srt",
			input: lines(
				"1",
				"00:02:04,08 --> 00:02:07,12",
				"MAN:",
				"How did we end up here?",
				"",
				"2",
				"00:02:08,00 --> 00:02:09,00",
				"WOMAN: <i>No idea.</i>",
			),
			want: []wantTurn{
				{"MAN", "2:04.080", "2:07.120", 3, "How did we end up here?"},
				{"WOMAN", "2:08.000", "2:09.000", 8, "No idea."},
			},
		},
		{
			name: "markup and entities",
			file: "a.srt",
			input: lines(
				"1",
				"00:00:01,000 --> 00:00:02,000",
				`{\an8}<font color="#00ff00"><b>Up</b> <i>top</i> <u>here</u></font>`,
				"&lt;script&gt;alert(1)&lt;/script&gt; &amp; a&nbsp;b it&#39;s don&#x2019;t &quot;q&quot;",
				"x < y and I <3 it {not a tag} {\\unclosed",
			),
			want: []wantTurn{{"Unknown", "0:01.000", "0:02.000", 3,
				`Up top here <script>alert(1)</script> & a b it's don’t "q" x < y and I <3 it {not a tag} {\unclosed`}},
		},
		{
			name: "annotations",
			file: "a.srt",
			input: lines(
				"1",
				"00:00:01,000 --> 00:00:02,000",
				"(deep rumbling)",
				"",
				"2",
				"00:00:03,000 --> 00:00:04,000",
				"<font color=\"#00ff00\">[instrumental music]</font>",
				"",
				"3",
				"00:00:05,000 --> 00:00:06,000",
				"(sighs) Fine.",
			),
			want: []wantTurn{{"Unknown", "0:05.000", "0:06.000", 11, "(sighs) Fine."}},
		},
		{
			name:  "truncated last cue",
			file:  "a.srt",
			input: "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\n",
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 3, "Hello."}},
		},
		{
			name:  "truncated timing",
			file:  "a.srt",
			input: "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00",
			want:  []wantTurn{{"Unknown", "0:01.000", "0:02.000", 3, "Hello."}},
		},
		{name: "minutes out of range", file: "a.srt", input: lines("1", "00:61:00,000 --> 01:02:00,000", "Hi."),
			errLine: 2, errMsg: "minutes out of range"},
		{name: "not times", file: "a.srt", input: lines("1", "00:00:01,000 --> 00:00:02,000", "Hi.", "", "2", "abc --> def", "Hi."),
			errLine: 6, errMsg: `"abc" is not a time`},
		{name: "no end", file: "a.srt", input: "1\r\n00:00:01,000 --> 00:00:02,000\r\nHi.\r\n\r\n2\r\n00:00:03,000 -->\r\nHi.\r\n",
			errLine: 6, errMsg: "want a start and an end"},
		{name: "ends before start", file: "a.srt", input: lines("1", "00:00:05,000 --> 00:00:04,000", "Hi."),
			errLine: 2, errMsg: "ends (0:04.000) before it starts (0:05.000)"},
		{name: "no cues", file: "a.srt", format: SRT.Name, input: "just some text\n", errLine: 1, errMsg: "not SRT"},
	}
	runReadCases(t, cases)
}

func TestReadSRTFiles(t *testing.T) {
	runFileCases(t, []fileCase{
		{
			file:       "whisperx.srt",
			turns:      3,
			speakers:   []string{"SPEAKER_00", "SPEAKER_01"},
			first:      wantTurn{"SPEAKER_00", "0:00.031", "0:02.153", 3, "Hi, this is Dana from Acme."},
			lastStart:  "0:07.000",
			lastEnd:    "0:09.000",
			lastPrefix: "I wanted to follow up on the quote.",
		},
		{
			file:       "speaker-on-change.srt",
			turns:      3,
			speakers:   []string{"DANA", "MARCUS"},
			first:      wantTurn{"DANA", "0:01.000", "0:05.000", 3, "Hi Marcus, thanks for joining. We have thirty minutes today."},
			lastStart:  "0:09.500",
			lastEnd:    "0:11.000",
			lastPrefix: "Sure.",
		},
		{
			file:       "asticode-example-in.srt",
			turns:      1,
			speakers:   []string{"MAN"},
			first:      wantTurn{"MAN", "2:04.080", "2:31.360", 7, "How did we end up here? This place is horrible. Smells like balls. We don't belong in this shithole."},
			lastStart:  "2:04.080",
			lastEnd:    "2:31.360",
			lastPrefix: "How",
		},
		{
			file:       "asticode-example-in-carriage-return.srt",
			turns:      1,
			speakers:   []string{"Unknown"},
			first:      wantTurn{"Unknown", "0:00.000", "0:14.066", 3, "Did one of the last stories strike you as more interesting than the other? That's true. You don’t often find 632 pieces of gum stuck on a sidewalk at a busy bus stop or anywhere else for that matter."},
			lastStart:  "0:00.000",
			lastEnd:    "0:14.066",
			lastPrefix: "Did",
		},
		{
			file:       "asticode-example-in-html-entities.srt",
			turns:      1,
			speakers:   []string{"Unknown"},
			first:      wantTurn{"Unknown", "0:00.331", "0:09.675", 3, "The man in black fled across the desert, & the gunslinger followed. Go, then, there are other < worlds than these."},
			lastStart:  "0:00.331",
			lastEnd:    "0:09.675",
			lastPrefix: "The",
		},
		{
			// Styling tags, unterminated ones, annotation-only cues and no
			// final line end.
			file:       "asticode-example-in-styled.srt",
			turns:      1,
			speakers:   []string{"Unknown"},
			first:      wantTurn{"Unknown", "1:29.590", "13:00.000", 23, "[automated] 'The time is 7:35.' Test with multi line italics Terminated on the next line Unterminated styles Do no fall to the next item x^3 * x = 100"},
			lastStart:  "1:29.590",
			lastEnd:    "13:00.000",
			lastPrefix: "[automated]",
		},
	})
}

func FuzzReadSRT(f *testing.F) {
	for _, s := range seedTexts(f, "*.srt") {
		f.Add(s, []byte{1, 0, 10, 0x14, 20, 30, 0x42, 5, 7, 0x93, 9, 9, 0x28, 1, 2, 3})
	}
	f.Add("Hello &amp; <b>bye</b>|[music]|DANA: hi\nthere|", []byte{2, 1, 1, 0x82, 1, 1, 0x14})
	f.Add("1|00:00:01,000 --> 00:00:02,000|{\\an8}hi|[SPEAKER_01] x", []byte{0x80, 0, 0, 0, 0, 0, 0xff, 1, 1, 0x45})
	f.Fuzz(func(t *testing.T, texts string, style []byte) {
		input, cues := genInput(texts, style, true)
		checkGenerated(t, "fuzz.srt", input, cues)
	})
}
