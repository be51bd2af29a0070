package read

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// turnsOf prints a transcript's turns compactly for comparison:
// "line speaker [start-end] text".
func turnsOf(t *transcript.Transcript) []string {
	var out []string
	for _, turn := range t.Turns {
		s := fmt.Sprintf("%d %s", turn.Line, turn.Speaker)
		if t.Timed() {
			s += fmt.Sprintf(" [%s-%s]", fmtDur(turn.Start), fmtDur(turn.End))
		}
		out = append(out, s+" "+turn.Text)
	}
	return out
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		format transcript.Format
		timing transcript.Timing
		want   []string
	}{
		{
			name: "plain, continuation lines, blank lines",
			src:  "Rep: Hi Dana.\nHow are things?\n\nCustomer: Busy.\nRep: Same here.",
			want: []string{"1 Rep Hi Dana. How are things?", "4 Customer Busy.", "5 Rep Same here."},
		},
		{
			name: "a remark is not a speaker, nor is a lower-case phrase, nor a long label",
			src:  "Rep: The price is fixed.\nNote: it includes support.\nthe thing is: we renew in May.\nOne two three four five: six\nCustomer: Ok.",
			want: []string{"1 Rep The price is fixed. Note: it includes support. the thing is: we renew in May. One two three four five: six", "5 Customer Ok."},
		},
		{
			name: "a lower-case label that recurs is a speaker",
			src:  "speaker 1: hi\nspeaker 2: hello\nspeaker 1: how are you",
			want: []string{"1 speaker 1 hi", "2 speaker 2 hello", "3 speaker 1 how are you"},
		},
		{
			name: "bracketed labels and affiliations",
			src:  "[SPEAKER_00]: Hi.\n[SPEAKER_01] Hello.\n[Dana]: Yes.\nSaulius Grigaitis | Grandine: Agreed.",
			want: []string{"1 SPEAKER_00 Hi.", "2 SPEAKER_01 Hello.", "3 Dana Yes.", "4 Saulius Grigaitis | Grandine Agreed."},
		},
		{
			name: "consecutive lines of one speaker merge",
			src:  "Rep: One.\nRep: Two.\nCustomer: Three.",
			want: []string{"1 Rep One. Two.", "3 Customer Three."},
		},
		{
			name:   "bracketed times",
			src:    "[00:00:01] Rep: Hi.\n[00:00:04] Customer: Hello.\n[00:01:02.5] Rep: Bye.",
			timing: transcript.TimingStarts,
			want:   []string{"1 Rep [0:01.000-0:04.000] Hi.", "2 Customer [0:04.000-1:02.500] Hello.", "3 Rep [1:02.500-1:02.900] Bye."},
		},
		{
			name:   "parenthesised and trailing times",
			src:    "(0:01) Rep: Hi.\nCustomer (00:00:05): Hello.\nRep [1:00:00]: Late.",
			timing: transcript.TimingStarts,
			want:   []string{"1 Rep [0:01.000-0:05.000] Hi.", "2 Customer [0:05.000-1:00:00.000] Hello.", "3 Rep [1:00:00.000-1:00:00.400] Late."},
		},
		{
			name: "times on only some lines are ignored",
			src:  "[00:00:01] Rep: Hi.\nCustomer: Hello.",
			want: []string{"1 Rep Hi.", "2 Customer Hello."},
		},
		{
			name: "no labels at all: one Unknown speaker",
			src:  "just some text\nand more",
			want: []string{"1 Unknown just some text and more"},
		},
		{
			name:   "Zoom text export",
			src:    "[Dana Whitfield] 00:00:03\nHi everyone.\nThanks for joining.\n\n[Sam Ortiz] 00:00:09\nHappy to be here.\n",
			format: ZoomText.Name, timing: transcript.TimingStarts,
			want: []string{"1 Dana Whitfield [0:03.000-0:09.000] Hi everyone. Thanks for joining.", "5 Sam Ortiz [0:09.000-0:10.600] Happy to be here."},
		},
		{
			name:   "Otter export with footer and Unknown Speaker",
			src:    "Dana Whitfield  0:03\nHi everyone, thanks for joining.\n\nUnknown Speaker  1:02:03\nHappy to be here.\n\nTranscribed by https://otter.ai\n",
			format: Otter.Name, timing: transcript.TimingStarts,
			want: []string{"1 Dana Whitfield [0:03.000-1:02:03.000] Hi everyone, thanks for joining.", "4 Unknown Speaker [1:02:03.000-1:02:04.600] Happy to be here."},
		},
		{
			name: "a time inside speech is speech",
			src:  "Rep: Does Thursday at\n3:30 work for you?\nCustomer: It does.",
			want: []string{"1 Rep Does Thursday at 3:30 work for you?", "3 Customer It does."},
		},
		{
			name:   "a title before timed speakers is not speech",
			src:    "Discovery call with Acme\n[00:00:01] Dana: Hi.\n[00:00:03] Sam: Hello.",
			timing: transcript.TimingStarts,
			want:   []string{"2 Dana [0:01.000-0:03.000] Hi.", "3 Sam [0:03.000-0:03.400] Hello."},
		},
		{
			name: "CRLF and BOM",
			src:  "\ufeffRep: Hi.\r\nCustomer: Hello.\r\n",
			want: []string{"1 Rep Hi.", "2 Customer Hello."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Parse("call.txt", []byte(tt.src), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := tt.format
			if want == "" {
				want = Text.Name
			}
			if tr.Format != want || tr.Timing != tt.timing {
				t.Errorf("format %s timing %s, want %s %s", tr.Format, tr.Timing, want, tt.timing)
			}
			got := turnsOf(tr)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("turns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, src string
		line            int
		msg             string
	}{
		{"empty", "a.txt", "", 0, "empty file"},
		{"only blank lines", "a.txt", "\n \n\t\n", 0, "empty file"},
		{"only annotations", "a.txt", "Rep: [laughter]\nCustomer: (crosstalk)", 0, "no speech"},
		{"minutes out of range", "a.txt", "[00:00:01] Rep: hi\n[00:61:00] Customer: hi", 2, "minutes out of range"},
		{"seconds out of range", "a.txt", "Rep (00:00:75): hi", 1, "seconds out of range"},
		{"binary", "a.txt", "Rep: hi\x00there", 1, "binary"},
		{"an impossible time in a Zoom header", "a.txt", "[Sam Ortiz] 00:00:01\nhi\n[Dana] 00:61:00\nhello", 3, "minutes out of range"},
		{"an impossible time in an Otter header", "a.txt", "Sam Ortiz  0:01\nhi\n\nDana  0:75\nhello", 4, "seconds out of range"},
		{"a .json that is not JSON", "a.json", "Rep: hi", 1, "not JSON"},
		{"a .vtt without cues", "a.vtt", " \nBROKENVTT\n", 1, "not WebVTT"},
		{"a very long line", "a.txt", "Rep: hi\nCustomer: " + strings.Repeat("word ", MaxLineLength/5+1), 2, "limit is 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.src), ReadOptions{})
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *ReadError", err)
			}
			if re.File != tt.file || re.Line != tt.line || !strings.Contains(re.Msg, tt.msg) {
				t.Errorf("got %q (line %d), want line %d and %q", err, re.Line, tt.line, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, text string
		want       transcript.Format
	}{
		{"a.txt", "Dana: click Settings --> Billing\nSam: ok", Text.Name},
		{"a.txt", "{laughs} okay\nRep: hi", Text.Name},
		{"a.txt", "[00:00:01] Rep: hi", Text.Name},
		{"a.json", "  {\"turns\": []}", JSON.Name},
		{"a.json", "[{\"speaker\": \"A\", \"text\": \"hi\"}]", JSON.Name},
		{"a", "WEBVTT\n\n00:01.000 --> 00:02.000\nhi", WebVTT.Name},
		{"a", "1\n00:00:01,000 --> 00:00:02,000\nhi", SRT.Name},
		{"a", "1\n\n00:00:01,000 --> 00:00:02,000\nhi", SRT.Name},
		{"a.vtt", "00:01.000 --> 00:02.000\nhi", WebVTT.Name},
	}
	for _, tt := range tests {
		if got, err := DetectFormat(tt.name, tt.text); err != nil || got.Name != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %s, %v; want %s", tt.name, tt.text, got, err, tt.want)
		}
	}
}

func TestReadOneSpeaker(t *testing.T) {
	tr, err := Parse("a.txt", []byte("Rep: I will just talk. And talk."), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The metrics say n/a for a call of one speaker (see the talk and
	// sides tests); reading gives it as it is.
	if len(tr.Speakers) != 1 || tr.Speakers[0].Role != transcript.RoleRep || len(tr.Turns) != 1 || len(tr.Turns[0].Sentences) != 2 {
		t.Errorf("read %+v, want one rep with one turn of two sentences", tr.Speakers)
	}
}

// FuzzReadText builds "Name: text" transcripts from fuzzed speakers and
// texts, so the expected turns are known, and checks what is read back:
// every word once and in order, lines within the file, and no panic.
func FuzzReadText(f *testing.F) {
	f.Add("Rep", "Hi there, how are you?", "Customer", "Fine. Note: busy.", uint8(3))
	f.Add("Dana Whitfield", "we had [laughs] a 3.5% drop", "Sam", "mm-hmm", uint8(0))
	f.Add("A", "x: y", "B", "", uint8(255))
	f.Fuzz(func(t *testing.T, name1, text1, name2, text2 string, secs uint8) {
		for _, s := range []string{name1, text1, name2, text2} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r\x00") {
				return
			}
		}
		var src strings.Builder
		var wantWords []string
		lines := 0
		for i := 0; i < 4; i++ {
			name, text := name1, text1
			if i%2 == 1 {
				name, text = name2, text2
			}
			fmt.Fprintf(&src, "[%s] %s: %s\n", fmtDur(time.Duration(int(secs)*i) * time.Second)[:4], name, text)
			lines++
		}
		tr, err := Parse("fuzz.txt", []byte(src.String()), ReadOptions{})
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error is not a *ReadError: %v", err)
			}
			if re.Line < 0 || re.Line > lines {
				t.Fatalf("error line %d outside the file", re.Line)
			}
			return
		}
		// Every word of the file is in exactly one turn, in order: the
		// words of each line, with its time and label stripped or (when
		// the label was not taken as a speaker) kept.
		var got []string
		for _, turn := range tr.Turns {
			if turn.Line < 1 || turn.Line > lines {
				t.Fatalf("turn line %d outside the file", turn.Line)
			}
			for _, s := range turn.Sentences {
				if s.Line < turn.Line || s.Line > lines {
					t.Fatalf("sentence line %d outside its turn/file", s.Line)
				}
			}
			got = append(got, transcript.Words(turn.Text)...)
		}
		for _, l := range strings.Split(strings.TrimSpace(src.String()), "\n") {
			_, rest, _ := strings.Cut(l, "] ")
			wantWords = append(wantWords, transcript.Words(rest)...)
		}
		if !endsWith(wantWords, got) {
			t.Fatalf("words read %q are not the file's words %q", got, wantWords)
		}
		for i := 1; i < len(tr.Turns); i++ {
			if tr.Timed() && tr.Turns[i].Start < tr.Turns[i-1].Start {
				t.Fatalf("turn starts go backwards")
			}
		}
	})
}

// endsWith reports whether got is all of want minus some leading words
// per line that were speaker labels. Checked loosely: got must be a
// subsequence of want that keeps every non-label word, which here means
// each text word appears in order.
func endsWith(want, got []string) bool {
	i := 0
	for _, w := range got {
		for i < len(want) && want[i] != w {
			i++
		}
		if i == len(want) {
			return false
		}
		i++
	}
	return true
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"": "", " ": "", "a": "a", " a  b ": "a b", "a\tb\nc": "a b c", "a\u00a0 b": "a b", "é  ü": "é ü", "a b": "a b",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
