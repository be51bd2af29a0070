package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/suite"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The HTML report: `lastmile inspect --html FILE`. One self-contained page
// a coach can send: no scripts, no external fonts, styles or images; the
// timeline is inline SVG. Everything from the transcript goes through
// html/template's contextual escaping: nothing transcript-derived is ever
// marked as safe HTML. The output depends only on the scorecard, so the
// same call gives the same bytes.

//go:embed report.html.tmpl
var reportTemplateText string

var reportTemplate = template.Must(template.New("report").Parse(reportTemplateText))

// writeHTMLReport writes one call's report: header, scorecard, evidence,
// timeline and the annotated transcript. ann is analyze.Annotate(sc); nil
// computes it.
func writeHTMLReport(w io.Writer, sc *analyze.Scorecard, ann []analyze.Annotation) error {
	if ann == nil {
		ann = analyze.Annotate(sc)
	}
	return reportTemplate.Execute(w, buildReport(sc, ann))
}

// writeFileAtomic writes a file through write so that readers see either
// the old file or the whole new one: it writes a temporary file in the same
// directory, syncs it and renames it over path. On any error (or a panic in
// write) the temporary file is removed and an existing file at path is left
// as it was. A new file gets mode 0644; a replaced one keeps its mode. When
// path is a symbolic link, the file it points to is replaced.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
		if real, rerr := filepath.EvalSymlinks(path); rerr == nil {
			path = real
		}
	}
	mode := os.FileMode(0o644)
	if fi, serr := os.Stat(path); serr == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	done = true
	// Make the rename itself durable; not every system can sync a
	// directory, and the file is in place either way.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// The page's data. Every string here is plain text that the template
// escapes for where it goes.

type htmlReport struct {
	Name     string
	Format   string
	Span     string
	Seller   string
	Customer string
	Unknown  string
	Rubric   string

	Score     string // "72", or "n/a"
	ScoreBand string // good, fair, poor, na
	ScoreDeg  int    // the ring's filled share, in degrees
	ScoreNote string

	Metrics  []htmlMetric
	Findings []htmlFinding
	Notes    []string
	Timeline *timelineView
	Turns    []htmlTurn
	Counts   string // "42 turns · 118 sentences"
}

type htmlMetric struct {
	Title, Doc    string
	Value, Target string
	Why           string
	Status        string // as shown
	StatusClass   string
	Detail        string
	NA            bool
}

type htmlFinding struct {
	ID       string // anchor of the evidence item
	Href     string // the sentence it points at, or "" (whole call)
	Where    string // "3:12 · line 40"
	Kind     string
	Tone     string // good, bad, neutral
	Speaker  string
	Side     string
	Message  string
	Evidence string
}

type htmlTurn struct {
	ID        string
	Speaker   string
	Side      string // rep, customer, unknown
	SideLabel string
	When      string
	Sentences []htmlSentence
}

type htmlSentence struct {
	ID       string
	Time     string
	Line     string
	Text     string
	Chips    []htmlChip
	Findings []htmlNote
}

type htmlChip struct{ Label, Class, Title string }

type htmlNote struct{ Href, Kind, Tone, Message string }

// scoreBand colours the call's score: 75 and up good, 50 to 74 fair,
// below 50 poor (a call rated all fair scores 50).
func scoreBand(sc *analyze.Scorecard) string {
	switch {
	case !sc.Scored:
		return "na"
	case sc.Score >= 75:
		return "good"
	case sc.Score >= 50:
		return "fair"
	}
	return "poor"
}

func buildReport(sc *analyze.Scorecard, ann []analyze.Annotation) *htmlReport {
	t := sc.Transcript
	r := sc.Rubric
	if r == nil {
		r = suite.Default()
	}
	sum := analyze.Summarize(sc)
	rep := &htmlReport{
		Name:      t.Name,
		Format:    string(t.Format),
		Span:      formatSpan(t),
		Seller:    sellerLabel(&sum),
		Customer:  sideNames(t, transcript.RoleCustomer),
		Unknown:   sideNames(t, transcript.RoleUnknown),
		Rubric:    r.Source,
		Score:     "n/a",
		ScoreBand: scoreBand(sc),
		ScoreNote: "nothing could be measured",
		Notes:     t.Notes,
	}
	if rep.Customer == "" {
		rep.Customer = "?"
	}
	if sc.Scored {
		rep.Score = fmt.Sprintf("%.0f", sc.Score)
		rep.ScoreDeg = int(math.Round(3.6 * math.Max(0, math.Min(100, sc.Score))))
		rep.ScoreNote = "out of 100"
	}

	for _, m := range shownMetrics(sc.Metrics, r) {
		def := r.MetricDef(m.Name)
		hm := htmlMetric{Title: m.Name, Value: "n/a", Detail: m.NA, NA: m.NA != "", Status: string(m.Status), StatusClass: statusClass(m.Status)}
		var unit analyze.Unit
		if def != nil {
			hm.Title, hm.Doc, unit = def.Title, def.Doc, def.Unit
		}
		if m.NA == "" {
			hm.Value, hm.Detail = formatValue(m.Value, unit), m.Detail
		}
		tgt := r.Target(m.Name)
		hm.Target = formatTarget(tgt, unit)
		if tgt != nil {
			hm.Why = tgt.Why
		}
		if m.Status == "" {
			hm.Status, hm.StatusClass = "—", "info"
		}
		rep.Metrics = append(rep.Metrics, hm)
	}

	links := anchors{t}
	for i, f := range sc.Findings {
		hf := htmlFinding{
			ID:       fmt.Sprintf("f%d", i),
			Href:     links.ref(f.Ref),
			Kind:     findingKindLabel(f.Kind),
			Tone:     findingTone(f.Kind),
			Speaker:  f.Speaker,
			Side:     speakerSide(t, f.Speaker),
			Message:  f.Message,
			Evidence: f.Evidence,
		}
		var where []string
		if f.Ref.Turn < 0 {
			where = append(where, "whole call")
		}
		if f.Timed && f.Ref.Turn >= 0 {
			where = append(where, formatClock(f.Start))
		}
		if f.Line > 0 {
			where = append(where, fmt.Sprintf("line %d", f.Line))
		}
		if len(where) == 0 {
			where = append(where, fmt.Sprintf("turn %d", f.Ref.Turn+1))
		}
		hf.Where = strings.Join(where, " · ")
		rep.Findings = append(rep.Findings, hf)
	}

	rep.Turns = buildTurns(sc, ann, rep.Findings)
	rep.Timeline = buildTimeline(sc, ann)
	rep.Counts = plural(len(t.Turns), "turn") + " · " + plural(len(ann), "sentence")
	return rep
}

func statusClass(s analyze.Status) string {
	switch s {
	case analyze.StatusGood, analyze.StatusFair, analyze.StatusPoor, analyze.StatusInfo:
		return string(s)
	case analyze.StatusNA:
		return "na"
	}
	return "info"
}

// anchors names the transcript's anchors: "t<turn>" for a turn,
// "s<turn>-<sentence>" for a sentence, both counted from 0 like
// transcript.Ref.
type anchors struct{ t *transcript.Transcript }

func turnID(turn int) string               { return "t" + strconv.Itoa(turn) }
func sentenceID(turn, sentence int) string { return fmt.Sprintf("s%d-%d", turn, sentence) }

// ref returns the link to what a Ref points at, or "" when it points at
// nothing in the transcript (whole-call findings).
func (a anchors) ref(r transcript.Ref) string {
	if r.Turn < 0 || r.Turn >= len(a.t.Turns) {
		return ""
	}
	n := len(a.t.Turns[r.Turn].Sentences)
	switch {
	case n == 0:
		return "#" + turnID(r.Turn)
	case r.Sentence < 0:
		return "#" + sentenceID(r.Turn, 0)
	case r.Sentence >= n:
		return "#" + turnID(r.Turn)
	}
	return "#" + sentenceID(r.Turn, r.Sentence)
}

func speakerSide(t *transcript.Transcript, name string) string {
	if s := t.Speaker(name); s != nil {
		return s.Role.String()
	}
	return "unknown"
}

func sideLabel(r transcript.Role) string {
	switch r {
	case transcript.RoleRep:
		return "seller"
	case transcript.RoleCustomer:
		return "customer"
	}
	return "unknown role"
}

// findingKindLabel names a finding's kind for people: "next-step" is
// "Next step"; kinds this file does not know are shown the same way.
func findingKindLabel(kind string) string {
	switch kind {
	case "customer-story":
		return "Customer story"
	case "no-next-step":
		return "No next step"
	}
	s := strings.ReplaceAll(kind, "-", " ")
	if s == "" {
		return "Finding"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// findingTone colours a finding: things a coach would praise, things to
// work on, and the rest.
func findingTone(kind string) string {
	switch kind {
	case "next-step", "customer-story":
		return "good"
	case "interruption", "no-next-step", "monologue", "vague-closing":
		return "bad"
	}
	return "neutral"
}

// tagChip labels a sentence tag; tags it does not know show as they are.
func tagChip(tag string) htmlChip {
	if kind, ok := strings.CutPrefix(tag, "question:"); ok {
		switch kind {
		case "open":
			return htmlChip{"open question", "q-open", "Open question: invites the customer to talk (what, how, why, tell me…)"}
		case "closed":
			return htmlChip{"closed question", "q-closed", "Closed question: answered with yes, no or a fact"}
		case "tag":
			return htmlChip{"tag question", "q", "Tag question: a statement with “right?” or “isn't it?” on the end"}
		case "declarative":
			return htmlChip{"declarative question", "q", "A statement asked as a question"}
		case "backchannel":
			return htmlChip{"backchannel", "muted", "“Really?”, “Right?”: keeps the other person talking; not counted as a question"}
		case "clarification":
			return htmlChip{"clarifying question", "q", "Asks to repeat or clarify what was just said"}
		case "rhetorical":
			return htmlChip{"rhetorical question", "q", "A question that expects no answer"}
		}
		return htmlChip{kind + " question", "q", tag}
	}
	if kind, ok := strings.CutPrefix(tag, "opener:"); ok {
		return htmlChip{"opener: " + kind, "opener", "How the seller opened the call"}
	}
	switch tag {
	case "customer-centred":
		return htmlChip{"customer-centred", "good", "Speaks about the customer (you, your) more than about the seller's side"}
	case "self-centred":
		return htmlChip{"self-centred", "warn", "Speaks about the seller's side (I, we, our company) more than about the customer"}
	case "mixed":
		return htmlChip{"mixed focus", "muted", "Speaks about both sides alike"}
	case "opener":
		return htmlChip{"opener", "opener", "How the seller opened the call"}
	case "interrupts":
		return htmlChip{"interrupts", "bad", "Starts speaking before the other person has finished"}
	case "interrupted":
		return htmlChip{"interrupted", "muted", "Was cut off here"}
	case "monologue":
		return htmlChip{"monologue", "warn", "Part of a long stretch without the other side speaking"}
	case "monologue:start":
		return htmlChip{"monologue starts", "warn", "A long stretch without the other side speaking starts here"}
	case "next-step":
		return htmlChip{"next step", "good", "A concrete next step"}
	case "next-step:dated":
		return htmlChip{"next step · dated", "good", "A concrete next step with a date or time"}
	case "filler":
		return htmlChip{"filler", "muted", "Filler words: um, uh, you know…"}
	}
	return htmlChip{tag, "other", ""}
}

// chips turns a sentence's tags into chips, once per tag, with a count
// when a tag repeats.
func chips(tags []string) []htmlChip {
	var out []htmlChip
	var seen []string
	var counts []int
	for _, tag := range tags {
		if i := slices.Index(seen, tag); i >= 0 {
			counts[i]++
			continue
		}
		seen = append(seen, tag)
		counts = append(counts, 1)
	}
	for i, tag := range seen {
		c := tagChip(tag)
		if counts[i] > 1 {
			c.Label += fmt.Sprintf(" ×%d", counts[i])
		}
		out = append(out, c)
	}
	return out
}

func buildTurns(sc *analyze.Scorecard, ann []analyze.Annotation, findings []htmlFinding) []htmlTurn {
	t := sc.Transcript
	var turns []htmlTurn
	prevTurn := -2
	var lastTime, lastLine string
	for _, a := range ann {
		if a.Ref.Turn != prevTurn || len(turns) == 0 {
			prevTurn = a.Ref.Turn
			ht := htmlTurn{
				ID:        turnID(a.Ref.Turn),
				Speaker:   a.Speaker,
				Side:      a.Role.String(),
				SideLabel: sideLabel(a.Role),
			}
			if a.Ref.Turn >= 0 && a.Ref.Turn < len(t.Turns) {
				turn := &t.Turns[a.Ref.Turn]
				// The sentences show where each starts; the heading adds
				// the turn's end when the source gives it.
				if t.Timing == transcript.TimingFull && turn.End > turn.Start {
					ht.When = formatClock(turn.Start) + "–" + formatClock(turn.End)
				}
			}
			turns = append(turns, ht)
			lastTime, lastLine = "", ""
		}
		s := htmlSentence{
			ID:    sentenceID(a.Ref.Turn, a.Ref.Sentence),
			Text:  a.Text,
			Chips: chips(a.Tags),
		}
		if a.Timed {
			if tm := formatClock(a.Start); tm != lastTime {
				s.Time, lastTime = tm, tm
			}
		}
		if a.Line > 0 {
			if ln := strconv.Itoa(a.Line); ln != lastLine {
				s.Line, lastLine = ln, ln
			}
		}
		for _, fi := range a.Findings {
			if fi < 0 || fi >= len(findings) {
				continue
			}
			f := findings[fi]
			s.Findings = append(s.Findings, htmlNote{Href: "#" + f.ID, Kind: f.Kind, Tone: f.Tone, Message: f.Message})
		}
		cur := &turns[len(turns)-1]
		cur.Sentences = append(cur.Sentences, s)
	}
	return turns
}
