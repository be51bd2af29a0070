package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/read"
)

// batch is a batch of n calls over every format, in memory.
func batch(seed uint64, share float64, n int) *Batch {
	return &Batch{N: n, Options: Options{Seed: seed, UnpunctuatedShare: share}, Formats: Formats}
}

func TestSameSeedSameBytes(t *testing.T) {
	n := 2 * len(Formats)
	for _, seed := range []uint64{1, 1 << 40} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			a, b := batch(seed, 0.3, n), batch(seed, 0.3, n)
			for i := 1; i <= n; i++ {
				if !bytes.Equal(a.Render(nil, i), b.Render(nil, i)) {
					t.Errorf("call %d (%s): two renders differ", i, a.Format(i).Name)
				}
			}
		})
	}
}

func TestDifferentSeedsDiffer(t *testing.T) {
	n := len(Formats)
	a, b := batch(1, 0.3, n), batch(2, 0.3, n)
	for i := 1; i <= n; i++ {
		if bytes.Equal(a.Render(nil, i), b.Render(nil, i)) {
			t.Errorf("call %d (%s): seeds 1 and 2 give the same bytes", i, a.Format(i).Name)
		}
	}
}

// TestWriteIsDeterministic writes the same batch twice, in parallel, and
// compares the files.
func TestWriteIsDeterministic(t *testing.T) {
	tmp := t.TempDir()
	var dirs [2]string
	for k := range dirs {
		dirs[k] = filepath.Join(tmp, fmt.Sprint(k))
		var stderr bytes.Buffer
		if err := run([]string{"-n", "25", "-out", dirs[k], "-seed", "7"}, &stderr); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(stderr.String(), "gencalls: wrote 25 files, ") || strings.Count(stderr.String(), "\n") != 1 {
			t.Errorf("summary = %q, want one line starting \"gencalls: wrote 25 files, \"", stderr.String())
		}
	}
	files, err := filepath.Glob(filepath.Join(dirs[0], "call-*"))
	if err != nil || len(files) != 25 {
		t.Fatalf("got %d files (%v), want 25", len(files), err)
	}
	for _, f := range files {
		a, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dirs[1], filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs", filepath.Base(f))
		}
	}
}

func TestPaths(t *testing.T) {
	tests := []struct {
		n, i int
		want string
	}{
		{10, 1, "call-000001.txt"},
		{10, 3, "call-000003.vtt"},
		{10, 7, "call-000007.json"},
		{1000, 1000, "call-001000.json"},
		{10000, 1, filepath.Join("000", "call-000001.txt")},
		{10000, 1001, filepath.Join("001", "call-001001.json")},
		{10000, 10000, filepath.Join("009", "call-010000.txt")},
	}
	for _, tt := range tests {
		b := batch(1, 0, tt.n)
		if got := b.Path(tt.i); got != tt.want {
			t.Errorf("n=%d: Path(%d) = %q, want %q", tt.n, tt.i, got, tt.want)
		}
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in      string
		want    string // names, comma-separated
		wantErr bool
	}{
		{in: "all", want: "txt,txt-times,zoom-vtt,teams-vtt,srt,otter,json,aws,deepgram,assemblyai,whisperx"},
		{in: "", want: "txt,txt-times,zoom-vtt,teams-vtt,srt,otter,json,aws,deepgram,assemblyai,whisperx"},
		{in: "vtt", want: "zoom-vtt,teams-vtt"},
		{in: "srt, txt", want: "txt,srt"},
		{in: "AWS,deepgram", want: "aws,deepgram"},
		{in: "text", want: "txt,txt-times,otter"},
		{in: "docx", wantErr: true},
	}
	for _, tt := range tests {
		fs, err := ParseFormats(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseFormats(%q): no error", tt.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFormats(%q): %v", tt.in, err)
			continue
		}
		var names []string
		for _, f := range fs {
			names = append(names, f.Name)
		}
		if got := strings.Join(names, ","); got != tt.want {
			t.Errorf("ParseFormats(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	tests := [][]string{
		{},
		{"-n", "0", "-out", "x"},
		{"-n", "5", "-out", "x", "-unpunctuated-share", "1.5"},
		{"-n", "5", "-out", "x", "-formats", "pdf"},
		{"-n", "5", "-out", "x", "extra"},
	}
	for _, args := range tests {
		if err := run(args, new(bytes.Buffer)); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}

// TestLengths checks that calls last 5 to 60 minutes, have 2 to 4
// speakers, one of them a seller, and that most last 15 to 35 minutes.
func TestLengths(t *testing.T) {
	const n = 400
	mid := 0
	for _, seed := range []uint64{1, 99} {
		for i := 1; i <= n; i++ {
			c := Generate(Options{Seed: seed, UnpunctuatedShare: 0.5}, i)
			d := float64(c.Duration()) / 60000
			if d < 5 || d > 60 {
				t.Errorf("seed %d call %d: %.1f minutes, want 5 to 60", seed, i, d)
			}
			if 15 <= d && d <= 35 {
				mid++
			}
			if len(c.Speakers) < 2 || len(c.Speakers) > 4 {
				t.Errorf("seed %d call %d: %d speakers, want 2 to 4", seed, i, len(c.Speakers))
			}
			sellers := 0
			for _, s := range c.Speakers {
				if s.Seller {
					sellers++
				}
			}
			if sellers == 0 || sellers == len(c.Speakers) {
				t.Errorf("seed %d call %d: %d sellers among %d speakers", seed, i, sellers, len(c.Speakers))
			}
		}
	}
	if mid < n { // half of the 2n calls
		t.Errorf("%d of %d calls last 15 to 35 minutes, want most", mid, 2*n)
	}
}

func TestPairedBanksMatch(t *testing.T) {
	pairs := []struct {
		name string
		q, a []string
	}{
		{"customer questions", customerQuestions, sellerAnswers},
		{"small talk", smallTalk, smallTalkReplies},
	}
	for _, p := range pairs {
		if len(p.q) != len(p.a) {
			t.Errorf("%s: %d questions, %d answers", p.name, len(p.q), len(p.a))
		}
	}
}

// TestFormatsWellFormed renders calls in every format, punctuated and not,
// and checks each file's shape.
func TestFormatsWellFormed(t *testing.T) {
	for _, f := range Formats {
		for _, punct := range []bool{true, false} {
			name := f.Name + "/punctuated"
			share := 0.0
			if !punct {
				name, share = f.Name+"/unpunctuated", 1
			}
			t.Run(name, func(t *testing.T) {
				n := 30 // cheap formats: enough calls to meet cut-offs and overlaps
				if f.Ext() == "json" && f.Name != "json" && f.Name != "whisperx" {
					n = 4 // word-level JSON is large
				}
				for i := 1; i <= n; i++ {
					c := Generate(Options{Seed: 3, UnpunctuatedShare: share}, i)
					out := f.Render(nil, c)
					if err := checkers[f.Name](out, c); err != nil {
						t.Errorf("call %d: %v", i, err)
					}
					// lastmile reads it as the format it claims to be.
					name := fmt.Sprintf("call-%d.%s", i, f.Ext())
					if tr, err := read.Parse(name, out, read.ReadOptions{}); err != nil {
						t.Errorf("call %d: %v", i, err)
					} else if tr.Format != f.Reads.Name {
						t.Errorf("call %d: read as %s, want %s", i, tr.Format, f.Reads.Name)
					}
					if !punct {
						if err := checkUnpunctuated(f.Name, out); err != nil {
							t.Errorf("call %d: %v", i, err)
						}
					}
				}
			})
		}
	}
}

var checkers = map[string]func([]byte, *Call) error{
	"txt":        checkPlain,
	"txt-times":  checkTimestamped,
	"zoom-vtt":   checkZoom,
	"teams-vtt":  checkTeams,
	"srt":        checkSRT,
	"otter":      checkOtter,
	"json":       checkGeneric,
	"aws":        checkAWS,
	"deepgram":   checkDeepgram,
	"assemblyai": checkAssemblyAI,
	"whisperx":   checkWhisperX,
}

func lines(out []byte) []string {
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
}

func checkPlain(out []byte, c *Call) error {
	ls := lines(out)
	if len(ls) != len(c.Turns) {
		return fmt.Errorf("%d lines for %d turns", len(ls), len(c.Turns))
	}
	for n, l := range ls {
		label := c.Label(c.Turns[n].Speaker)
		if !strings.HasPrefix(l, label+": ") || len(l) == len(label)+2 {
			return fmt.Errorf("line %d: %q does not start with %q and text", n+1, l, label+": ")
		}
	}
	return nil
}

var stampRE = regexp.MustCompile(`^\[(\d\d):(\d\d):(\d\d)\] ([^:]+): \S`)

func checkTimestamped(out []byte, c *Call) error {
	prev := -1
	for n, l := range lines(out) {
		m := stampRE.FindStringSubmatch(l)
		if m == nil {
			return fmt.Errorf("line %d: %q is not [hh:mm:ss] Name: text", n+1, l)
		}
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		s, _ := strconv.Atoi(m[3])
		if mi > 59 || s > 59 {
			return fmt.Errorf("line %d: bad time in %q", n+1, l)
		}
		at := h*3600 + mi*60 + s
		if at < prev {
			return fmt.Errorf("line %d: time goes back", n+1)
		}
		prev = at
	}
	return nil
}

var cueTimeRE = regexp.MustCompile(`^(\d\d):([0-5]\d):([0-5]\d)[.,](\d{3}) --> (\d\d):([0-5]\d):([0-5]\d)[.,](\d{3})$`)

// cueTimes parses a cue timing line into milliseconds.
func cueTimes(l string, sep byte) (start, end int64, err error) {
	m := cueTimeRE.FindStringSubmatch(l)
	if m == nil || l[8] != sep || l[25] != sep {
		return 0, 0, fmt.Errorf("%q is not a cue timing with %q before the milliseconds", l, sep)
	}
	ms := func(f []string) int64 {
		var v [4]int64
		for i, s := range f {
			v[i], _ = strconv.ParseInt(s, 10, 64)
		}
		return ((v[0]*60+v[1])*60+v[2])*1000 + v[3]
	}
	return ms(m[1:5]), ms(m[5:9]), nil
}

// cueChecker checks cue blocks: id, timing, one text line, a blank line;
// starts strictly increase, no cue runs over 10 s.
type cueChecker struct {
	sep       byte
	id        func(n int, s string) error
	text      func(s string) error
	prevStart int64
}

func (k *cueChecker) check(body string) error {
	blocks := strings.Split(strings.TrimSuffix(body, "\n\n"), "\n\n")
	k.prevStart = -1
	for n, b := range blocks {
		ls := strings.Split(b, "\n")
		if len(ls) != 3 {
			return fmt.Errorf("cue %d: %d lines, want 3: %q", n+1, len(ls), b)
		}
		if err := k.id(n+1, ls[0]); err != nil {
			return fmt.Errorf("cue %d: %v", n+1, err)
		}
		start, end, err := cueTimes(ls[1], k.sep)
		if err != nil {
			return fmt.Errorf("cue %d: %v", n+1, err)
		}
		if start <= k.prevStart {
			return fmt.Errorf("cue %d starts at %d ms, not after the previous cue (%d ms)", n+1, start, k.prevStart)
		}
		if end <= start || end-start > maxCue {
			return fmt.Errorf("cue %d runs %d to %d ms", n+1, start, end)
		}
		k.prevStart = start
		if err := k.text(ls[2]); err != nil {
			return fmt.Errorf("cue %d: %v", n+1, err)
		}
	}
	return nil
}

func sequential(n int, s string) error {
	if s != strconv.Itoa(n) {
		return fmt.Errorf("numbered %q, want %d", s, n)
	}
	return nil
}

func labelled(c *Call) func(string) error {
	return func(s string) error {
		for i := range c.Speakers {
			if rest, ok := strings.CutPrefix(s, c.Label(i)+": "); ok && rest != "" {
				return nil
			}
		}
		return fmt.Errorf("text %q does not start with a speaker's name", s)
	}
}

func checkZoom(out []byte, c *Call) error {
	s := string(out)
	if strings.Count(s, "\n") != strings.Count(s, "\r\n") {
		return fmt.Errorf("not all line ends are CRLF")
	}
	body, ok := strings.CutPrefix(strings.ReplaceAll(s, "\r\n", "\n"), "WEBVTT\n\n")
	if !ok {
		return fmt.Errorf("does not start with WEBVTT and a blank line")
	}
	k := cueChecker{sep: '.', id: sequential, text: labelled(c)}
	return k.check(body)
}

var teamsIDRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/\d+-\d+$`)
var voiceRE = regexp.MustCompile(`^<v ([^>]+)>(.+)</v>$`)

func checkTeams(out []byte, c *Call) error {
	body, ok := strings.CutPrefix(string(out), "WEBVTT\n\n")
	if !ok {
		return fmt.Errorf("does not start with WEBVTT and a blank line")
	}
	k := cueChecker{
		sep: '.',
		id: func(_ int, s string) error {
			if !teamsIDRE.MatchString(s) {
				return fmt.Errorf("cue id %q is not guid/N-k", s)
			}
			return nil
		},
		text: func(s string) error {
			if !voiceRE.MatchString(s) {
				return fmt.Errorf("text %q is not <v Name>text</v>", s)
			}
			return nil
		},
	}
	return k.check(body)
}

func checkSRT(out []byte, c *Call) error {
	k := cueChecker{sep: ',', id: sequential, text: labelled(c)}
	return k.check(string(out))
}

var otterHeadRE = regexp.MustCompile(`^(.+)  (\d+:)?\d{1,2}:\d\d$`)

func checkOtter(out []byte, c *Call) error {
	body, ok := strings.CutSuffix(string(out), "\n\nTranscribed by https://otter.ai\n")
	if !ok {
		return fmt.Errorf("does not end with the Otter line")
	}
	blocks := strings.Split(body, "\n\n")
	if len(blocks) != len(c.Turns) {
		return fmt.Errorf("%d paragraphs for %d turns", len(blocks), len(c.Turns))
	}
	for n, b := range blocks {
		head, text, _ := strings.Cut(b, "\n")
		if !otterHeadRE.MatchString(head) || text == "" || strings.Contains(text, "\n") {
			return fmt.Errorf("paragraph %d: %q is not \"Name  m:ss\" and one line of text", n+1, b)
		}
	}
	return nil
}

func checkGeneric(out []byte, c *Call) error {
	var doc struct {
		Turns []struct {
			Speaker    string
			Start, End *float64
			Text       string
		}
	}
	if err := strictJSON(out, &doc); err != nil {
		return err
	}
	if len(doc.Turns) < len(c.Turns) {
		return fmt.Errorf("%d entries for %d turns", len(doc.Turns), len(c.Turns))
	}
	prev := -1.0
	for n, t := range doc.Turns {
		if t.Speaker == "" || t.Text == "" || t.Start == nil || t.End == nil || *t.End <= *t.Start || *t.Start <= prev {
			return fmt.Errorf("turn %d: %+v", n, t)
		}
		prev = *t.Start
	}
	return nil
}

func checkAWS(out []byte, c *Call) error {
	var doc struct {
		JobName string
		Status  string
		Results struct {
			Transcripts []struct{ Transcript string }
			Labels      struct {
				Speakers int
				Segments []struct {
					StartTime string `json:"start_time"`
					EndTime   string `json:"end_time"`
					Label     string `json:"speaker_label"`
					Items     []struct {
						StartTime string `json:"start_time"`
						Label     string `json:"speaker_label"`
					}
				}
			} `json:"speaker_labels"`
			Items []struct {
				StartTime    *string `json:"start_time"`
				EndTime      *string `json:"end_time"`
				Type         string
				Alternatives []struct{ Confidence, Content string }
			}
		}
	}
	if err := strictJSON(out, &doc); err != nil {
		return err
	}
	r := doc.Results
	if doc.Status != "COMPLETED" || len(r.Transcripts) != 1 || r.Labels.Speakers != len(c.Speakers) || len(r.Labels.Segments) == 0 {
		return fmt.Errorf("missing job fields, transcript or speaker labels")
	}
	words := 0
	for _, s := range r.Labels.Segments {
		if !strings.HasPrefix(s.Label, "spk_") || len(s.Items) == 0 {
			return fmt.Errorf("segment %+v", s)
		}
		words += len(s.Items)
	}
	prev := -1.0
	for n, it := range r.Items {
		if len(it.Alternatives) != 1 || it.Alternatives[0].Content == "" {
			return fmt.Errorf("item %d has no content", n)
		}
		switch it.Type {
		case "pronunciation":
			words--
			if it.StartTime == nil || it.EndTime == nil {
				return fmt.Errorf("item %d has no times", n)
			}
			start, err1 := strconv.ParseFloat(*it.StartTime, 64)
			end, err2 := strconv.ParseFloat(*it.EndTime, 64)
			if err1 != nil || err2 != nil || end <= start || start < prev {
				return fmt.Errorf("item %d: times %s, %s", n, *it.StartTime, *it.EndTime)
			}
			prev = start
		case "punctuation":
			if it.StartTime != nil || !c.Punctuated {
				return fmt.Errorf("item %d: punctuation with times, or in an unpunctuated call", n)
			}
		default:
			return fmt.Errorf("item %d: type %q", n, it.Type)
		}
	}
	if words != 0 {
		return fmt.Errorf("segments and items disagree on the number of words (%+d)", words)
	}
	return nil
}

func checkDeepgram(out []byte, c *Call) error {
	type word struct {
		Word       string
		Start, End float64
		Speaker    *int
		Punctuated *string `json:"punctuated_word"`
	}
	var doc struct {
		Metadata struct{ Duration float64 }
		Results  struct {
			Channels []struct {
				Alternatives []struct {
					Transcript string
					Words      []word
				}
			}
			Utterances []struct {
				Start, End float64
				Speaker    *int
				Transcript string
				Words      []word
			}
		}
	}
	if err := strictJSON(out, &doc); err != nil {
		return err
	}
	r := doc.Results
	if doc.Metadata.Duration <= 0 || len(r.Channels) != 1 || len(r.Channels[0].Alternatives) != 1 || len(r.Utterances) == 0 {
		return fmt.Errorf("missing duration, channel or utterances")
	}
	for n, u := range r.Utterances {
		if u.Speaker == nil || *u.Speaker >= len(c.Speakers) || u.Transcript == "" || len(u.Words) == 0 || u.End <= u.Start {
			return fmt.Errorf("utterance %d: %+v", n, u)
		}
		for _, w := range u.Words {
			if w.Speaker == nil || *w.Speaker != *u.Speaker || (w.Punctuated != nil) != c.Punctuated {
				return fmt.Errorf("utterance %d: word %+v", n, w)
			}
		}
	}
	return nil
}

func checkAssemblyAI(out []byte, c *Call) error {
	var doc struct {
		Status     string
		Text       string
		Utterances []struct {
			Speaker    string
			Start, End int64
			Text       string
			Words      []struct {
				Text       string
				Start, End int64
				Speaker    string
			}
		}
	}
	if err := strictJSON(out, &doc); err != nil {
		return err
	}
	if doc.Status != "completed" || doc.Text == "" || len(doc.Utterances) == 0 {
		return fmt.Errorf("missing status, text or utterances")
	}
	for n, u := range doc.Utterances {
		if len(u.Speaker) != 1 || u.Speaker[0] < 'A' || u.Speaker[0] >= 'A'+byte(len(c.Speakers)) || u.End <= u.Start || len(u.Words) == 0 {
			return fmt.Errorf("utterance %d: speaker %q, %d to %d ms", n, u.Speaker, u.Start, u.End)
		}
	}
	return nil
}

func checkWhisperX(out []byte, c *Call) error {
	var doc struct {
		Segments []struct {
			Start, End float64
			Text       string
			Speaker    string
		}
	}
	if err := strictJSON(out, &doc); err != nil {
		return err
	}
	prev := -1.0
	for n, s := range doc.Segments {
		if !strings.HasPrefix(s.Speaker, "SPEAKER_") || !strings.HasPrefix(s.Text, " ") || s.End <= s.Start || s.Start <= prev || s.End-s.Start > maxCue/1000.0 {
			return fmt.Errorf("segment %d: %+v", n, s)
		}
		prev = s.Start
	}
	if len(doc.Segments) == 0 {
		return fmt.Errorf("no segments")
	}
	return nil
}

// strictJSON decodes one JSON value and fails on anything after it.
func strictJSON(out []byte, v any) error {
	if !json.Valid(out) {
		return fmt.Errorf("not valid JSON")
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("more than one JSON value")
	}
	return nil
}

// checkUnpunctuated checks that the spoken text of an unpunctuated call is
// lower case without punctuation, and its speakers are numbered.
func checkUnpunctuated(format string, out []byte) error {
	var texts []string
	switch format {
	case "txt", "txt-times", "srt", "zoom-vtt":
		for _, l := range lines(bytes.ReplaceAll(out, []byte("\r"), nil)) {
			if _, text, ok := strings.Cut(l, "Speaker "); ok {
				_, text, _ = strings.Cut(text, ": ")
				texts = append(texts, text)
			}
		}
	case "teams-vtt":
		for _, l := range lines(out) {
			if m := voiceRE.FindStringSubmatch(l); m != nil {
				if !strings.HasPrefix(m[1], "Speaker ") {
					return fmt.Errorf("voice %q is not Speaker N", m[1])
				}
				texts = append(texts, m[2])
			}
		}
	case "otter":
		blocks := strings.Split(string(out), "\n\n")
		for _, b := range blocks[:len(blocks)-1] {
			head, text, _ := strings.Cut(b, "\n")
			if !strings.HasPrefix(head, "Speaker ") {
				return fmt.Errorf("otter head %q is not Speaker N", head)
			}
			texts = append(texts, text)
		}
	default: // JSON: the transcript strings
		var doc any
		if err := json.Unmarshal(out, &doc); err != nil {
			return err
		}
		var walk func(key string, v any)
		walk = func(key string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					walk(k, x)
				}
			case []any:
				for _, x := range v {
					walk(key, x)
				}
			case string:
				switch key {
				case "text", "transcript", "content", "word":
					texts = append(texts, v)
				}
			}
		}
		walk("", doc)
	}
	if len(texts) == 0 {
		return fmt.Errorf("no text found")
	}
	for _, s := range texts {
		if strings.ContainsAny(s, ".,?!;:—\"ABCDEFGHIJKLMNOPQRSTUVWXYZ") || strings.Contains(s, "--") {
			return fmt.Errorf("unpunctuated text %q has punctuation or capitals", s)
		}
	}
	return nil
}
