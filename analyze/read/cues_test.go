package read

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// Helpers shared by the WebVTT and SRT reader tests.

// A wantTurn is a turn as a test expects it; times as fmtDur prints them.
type wantTurn struct {
	Speaker    string
	Start, End string
	Line       int
	Text       string
}

func (w wantTurn) String() string {
	return fmt.Sprintf("%s %s-%s line %d %q", w.Speaker, w.Start, w.End, w.Line, w.Text)
}

func gotTurns(t *transcript.Transcript) []wantTurn {
	var got []wantTurn
	for _, turn := range t.Turns {
		got = append(got, wantTurn{turn.Speaker, fmtDur(turn.Start), fmtDur(turn.End), turn.Line, turn.Text})
	}
	return got
}

// A readCase is one table entry: an input and either its turns or the
// line and part of the message of its error.
type readCase struct {
	name    string            // test name
	file    string            // file name given to Parse (its extension is a hint)
	format  transcript.Format // forced format, "" to detect
	input   string
	want    []wantTurn
	errLine int    // expected (*ReadError).Line when errMsg is set
	errMsg  string // a part of the expected error message
}

func runReadCases(t *testing.T, cases []readCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := Parse(tc.file, []byte(tc.input), ReadOptions{Format: formatNamed(tc.format)})
			if tc.errMsg != "" {
				var re *ReadError
				if !errors.As(err, &re) {
					t.Fatalf("got %v, want a *ReadError containing %q", err, tc.errMsg)
				}
				if re.Line != tc.errLine || !strings.Contains(re.Msg, tc.errMsg) {
					t.Fatalf("got error %q at line %d, want %q at line %d", re.Msg, re.Line, tc.errMsg, tc.errLine)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := gotTurns(tr); !slices.Equal(got, tc.want) {
				t.Errorf("turns:\n%s\nwant:\n%s", fmtTurns(got), fmtTurns(tc.want))
			}
		})
	}
}

func fmtTurns(ts []wantTurn) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "\t%s\n", t)
	}
	return b.String()
}

// A fileCase states what a real or fixture file must read as.
type fileCase struct {
	file       string // under testdata/read
	turns      int
	speakers   []string // in order of first appearance
	first      wantTurn // the first turn (Text: a prefix of it)
	lastStart  string
	lastEnd    string
	lastPrefix string // the last turn's text starts so
}

func runFileCases(t *testing.T, cases []fileCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Parse(path, data, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Turns) != tc.turns {
				t.Errorf("%d turns, want %d:\n%s", len(tr.Turns), tc.turns, fmtTurns(gotTurns(tr)))
				return
			}
			var speakers []string
			for _, s := range tr.Speakers {
				speakers = append(speakers, s.Name)
			}
			if !slices.Equal(speakers, tc.speakers) {
				t.Errorf("speakers %q, want %q", speakers, tc.speakers)
			}
			first := gotTurns(tr)[0]
			if !strings.HasPrefix(first.Text, tc.first.Text) {
				t.Errorf("first turn %s, want text starting %q", first, tc.first.Text)
			}
			first.Text = tc.first.Text
			if first != tc.first {
				t.Errorf("first turn %s, want %s", first, tc.first)
			}
			last := gotTurns(tr)[len(tr.Turns)-1]
			if last.Start != tc.lastStart || last.End != tc.lastEnd || !strings.HasPrefix(last.Text, tc.lastPrefix) {
				t.Errorf("last turn %s, want %s-%s %q...", last, tc.lastStart, tc.lastEnd, tc.lastPrefix)
			}
		})
	}
}

// The fuzz targets' input generator. The fuzzer gives cue texts and bytes
// for times and styles; the generator writes a file from them, and knows
// what each cue must read as: its speaker, its first text line and its
// words. Text is escaped so that whatever the fuzzer writes is text, not
// markup or structure.

// A genCue is a cue the generator wrote.
type genCue struct {
	speaker string // "" for none
	line    int    // the line of its first text line
	start   time.Duration
	text    string // what it says, white space collapsed
}

// genSpeakers are the names the generator gives; labelled cues (as Zoom
// writes them) use only the capitalised ones, which the label rule
// accepts wherever they appear.
var genSpeakers = []string{"", "Dana Whitfield", "Marcus", "Z. Victor Zhou (xinbenlv)", "SPEAKER_00", "nflaig", "Saulius Grigaitis | Grandine", "Lee"}

// genInput writes a WebVTT (srt false) or SRT file from fuzz input: texts
// holds the cue texts separated by "|"; each cue takes three bytes of
// style (gap before it, its length, speaker and form). The style's first
// byte picks the line ends and whether there is a byte-order mark.
func genInput(texts string, style []byte, srt bool) (string, []genCue) {
	var b strings.Builder
	nl := "\n"
	if len(style) > 0 {
		switch style[0] % 4 {
		case 1:
			nl = "\r\n"
		case 2:
			nl = "\r"
		}
		if style[0]&0x80 != 0 {
			b.WriteString("\ufeff")
		}
		style = style[1:]
	}
	line := 1
	write := func(s string) {
		b.WriteString(s)
		b.WriteString(nl)
		line++
	}
	if !srt {
		write("WEBVTT - generated")
		write("")
	}
	var cues []genCue
	var at time.Duration
	for i, raw := range strings.Split(texts, "|") {
		var gap, length, form byte
		if len(style) >= 3 {
			gap, length, form, style = style[0], style[1], style[2], style[3:]
		}
		start := at + time.Duration(gap)*37*time.Millisecond
		end := start + time.Duration(length)*53*time.Millisecond
		at = start
		speaker := genSpeakers[int(form)%len(genSpeakers)]
		lines := genLines(raw)
		if form&0x40 != 0 || srt {
			write(fmt.Sprint(i + 1))
		}
		write(genTiming(start, end, srt, form&0x20 != 0))
		c := genCue{speaker: speaker, line: line, start: start, text: collapseSpace(strings.Join(lines, " "))}
		escaped := make([]string, len(lines))
		for j, l := range lines {
			escaped[j] = genEscape(l)
		}
		if len(escaped) == 0 {
			escaped = []string{""}
		}
		voice := !srt && form&0x80 != 0
		switch {
		case voice && speaker != "":
			escaped[0] = "<v " + genEscape(speaker) + ">" + escaped[0]
			if form&0x10 != 0 {
				escaped[len(escaped)-1] += "</v>"
			}
		case speaker == "":
			// A dialogue dash: nothing the fuzzer writes after it reads
			// as a speaker label.
			escaped[0] = "- " + escaped[0]
		case srt && speaker == "SPEAKER_00" && form&0x10 != 0:
			escaped[0] = "[SPEAKER_00] " + escaped[0]
		case !capitalised(strings.ReplaceAll(speaker, "|", " ")):
			// Not capitalised: only a voice tag names them for sure.
			c.speaker = ""
			escaped[0] = "- " + escaped[0]
		default:
			escaped[0] = speaker + ": " + escaped[0]
		}
		if form&0x08 != 0 {
			escaped[0] = "<b>" + escaped[0]
			escaped[len(escaped)-1] += "</b>"
		}
		for _, l := range escaped {
			write(l)
		}
		write("")
		cues = append(cues, c)
	}
	return b.String(), cues
}

// genLines makes fuzz text safe to write as cue text: valid UTF-8 without
// control characters or no-break spaces, no blank lines.
func genLines(raw string) []string {
	raw = strings.ToValidUTF8(raw, " ")
	raw = strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r < 0x20 || r == 0x7f || r == 0xa0 || r >= 0x80 && r < 0xa0 {
			return ' '
		}
		return r
	}, raw)
	var lines []string
	for l := range strings.SplitSeq(raw, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// genEscaper writes text as character references where it could be read
// as markup.
var genEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "{", "&#123;")

func genEscape(s string) string { return genEscaper.Replace(s) }

// genTiming writes a cue timing, sometimes without the hours (WebVTT).
func genTiming(start, end time.Duration, srt, short bool) string {
	clock := func(d time.Duration) string {
		ms := d.Milliseconds()
		h, m, s, f := ms/3600000, ms/60000%60, ms/1000%60, ms%1000
		sep := "."
		if srt {
			sep = ","
		}
		if short && !srt && h == 0 {
			return fmt.Sprintf("%02d:%02d%s%03d", m, s, sep, f)
		}
		return fmt.Sprintf("%02d:%02d:%02d%s%03d", h, m, s, sep, f)
	}
	return clock(start) + " --> " + clock(end) + " align:start"
}

// checkGenerated reads a generated file and checks it reads as written:
// each cue with words is one piece of a turn, with the cue's speaker (or
// the one before it), line, start and words, in order.
func checkGenerated(t *testing.T, name, input string, cues []genCue) {
	tr, err := Parse(name, []byte(input), ReadOptions{})
	var want []genCue
	speaker := UnknownSpeaker
	for _, c := range cues {
		if transcript.CountWords(c.text) == 0 {
			continue
		}
		if c.speaker != "" {
			speaker = c.speaker
		}
		c.speaker = speaker
		want = append(want, c)
	}
	if err != nil {
		var re *ReadError
		if !errors.As(err, &re) {
			t.Fatalf("error %v is not a *ReadError", err)
		}
		if len(want) > 0 {
			t.Fatalf("%v\ninput:\n%s", err, input)
		}
		return
	}
	lines := strings.Count(strings.ReplaceAll(input, "\r\n", "\n"), "\n") + strings.Count(strings.ReplaceAll(input, "\r\n", ""), "\r") + 1
	var got []genCue
	var prev time.Duration
	for _, turn := range tr.Turns {
		if turn.Start < prev {
			t.Fatalf("turn at line %d starts at %s, before the one before it (%s)", turn.Line, fmtDur(turn.Start), fmtDur(prev))
		}
		prev = turn.Start
		if turn.Line < 1 || turn.Line > lines {
			t.Fatalf("turn line %d outside the file's %d lines", turn.Line, lines)
		}
		for j, c := range turn.Cues {
			end := len(turn.Text)
			if j+1 < len(turn.Cues) {
				end = turn.Cues[j+1].Offset
			}
			got = append(got, genCue{speaker: turn.Speaker, line: c.Line, start: c.Start, text: turn.Text[c.Offset:end]})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("read %d cues with words, wrote %d\ninput:\n%s\ngot %+v", len(got), len(want), input, got)
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.speaker != w.speaker || g.line != w.line || g.start != w.start || !slices.Equal(transcript.Words(g.text), transcript.Words(w.text)) {
			t.Fatalf("cue %d read as %q (line %d, %s) %q, written as %q (line %d, %s) %q\ninput:\n%s",
				i, g.speaker, g.line, fmtDur(g.start), transcript.Words(g.text), w.speaker, w.line, fmtDur(w.start), transcript.Words(w.text), input)
		}
	}
}

// seedTexts returns cue texts from the fixtures, "|"-joined per file, as
// seeds for the generator.
func seedTexts(t testing.TB, pattern string) []string {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures %s: %v", pattern, err)
	}
	var seeds []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for l := range strings.SplitSeq(strings.ReplaceAll(string(data), "\r", "\n"), "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.Contains(l, "-->") || isDigits(l) || l == "WEBVTT" || !utf8.ValidString(l) {
				continue
			}
			texts = append(texts, strings.ReplaceAll(l, "|", "/"))
		}
		seeds = append(seeds, strings.Join(texts[:min(len(texts), 40)], "|"))
	}
	return seeds
}

// readFixture returns the text of a file under testdata/read.
func readFixture(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// checkRawRead reads arbitrary bytes as format and checks the result's
// shape: a *ReadError naming the file and a line within it, or turns
// within the file, in time order.
func checkRawRead(t *testing.T, data []byte, format transcript.Format) {
	name := "fuzz." + string(format)
	tr, err := Parse(name, data, ReadOptions{Format: formatNamed(format)})
	lines := 1 + strings.Count(string(normalizeNewlines(data)), "\n") // as an editor counts them
	if err != nil {
		var re *ReadError
		if !errors.As(err, &re) {
			t.Fatalf("error %v is not a *ReadError", err)
		}
		if re.File != name || re.Line < 0 || re.Line > lines || re.Msg == "" {
			t.Fatalf("bad error %#v for a file of %d lines", re, lines)
		}
		return
	}
	if len(tr.Turns) == 0 {
		t.Fatal("no turns and no error")
	}
	var prev time.Duration
	for _, turn := range tr.Turns {
		if turn.Line < 1 || turn.Line > lines || turn.Start < prev || turn.End < turn.Start || turn.Text == "" {
			t.Fatalf("bad turn at line %d of %d: %s-%s %q", turn.Line, lines, fmtDur(turn.Start), fmtDur(turn.End), turn.Text)
		}
		prev = turn.Start
		for _, c := range turn.Cues {
			if c.Line < 1 || c.Line > lines || c.Offset > len(turn.Text) {
				t.Fatalf("bad cue %+v in turn at line %d", c, turn.Line)
			}
		}
	}
}

// FuzzReadCueBytes reads arbitrary bytes as WebVTT and as SRT.
func FuzzReadCueBytes(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*t"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil && (strings.HasSuffix(file, ".vtt") || strings.HasSuffix(file, ".srt")) {
			f.Add(data)
		}
	}
	f.Add([]byte("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hi &lt;b&gt; there</v><v Lee>yo"))
	f.Add([]byte("1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00]: hi\n2\n00:00:03,000 --> 00:00:02,000\n"))
	f.Add([]byte("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nİİİ. İstanbul is big. Yes\nİİİ İİİ\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRawRead(t, data, WebVTT.Name)
		checkRawRead(t, data, SRT.Name)
	})
}

// formatNamed returns the format of a name, nil for "" (detect it).
func formatNamed(name transcript.Format) *Format {
	for _, f := range formats {
		if f.Name == name {
			return f
		}
	}
	return nil
}
