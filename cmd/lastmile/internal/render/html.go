package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
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

// HTML writes one call's report: header, scorecard, evidence, timeline and
// the annotated transcript. ann is analyze.Annotate(sc); nil computes it.
func HTML(w io.Writer, sc *analyze.Scorecard, ann []analyze.Annotation) error {
	if ann == nil {
		ann = analyze.Annotate(sc)
	}
	return reportTemplate.Execute(w, buildReport(sc, ann))
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
	Cut      string // why the transcript part stops early, or ""
}

// MaxHTMLSentences caps the transcript part of the HTML report: a page of
// millions of sentences (a file of tiny ASR turns) is gigabytes that no
// browser opens. The scorecard, the evidence and the timeline still cover
// the whole call, and the page says where the transcript stops.
var MaxHTMLSentences = 20000

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
			Kind:     findingKindLabel(r, f.Kind),
			Tone:     findingTone(r, f.Kind),
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

	shown := ann
	if len(ann) > MaxHTMLSentences {
		shown = ann[:MaxHTMLSentences]
		rep.Cut = fmt.Sprintf("The transcript below stops after the first %d of %d sentences, to keep this page small enough to open; "+
			"the scorecard, the evidence and the timeline cover the whole call (lastmile inspect prints every sentence).",
			len(shown), len(ann))
	}
	rep.Turns = buildTurns(sc, shown, rep.Findings)
	rep.Timeline = buildTimeline(sc, ann)
	if rep.Cut != "" {
		linkPastCut(rep)
	}
	rep.Counts = plural(len(t.Turns), "turn") + " · " + plural(len(ann), "sentence")
	return rep
}

// linkPastCut points the links to sentences and turns past the cut of the
// transcript (evidence, timeline bars and marks) at the note that says so.
func linkPastCut(rep *htmlReport) {
	shown := make(map[string]bool)
	for _, f := range rep.Findings {
		shown[f.ID] = true
	}
	for _, ht := range rep.Turns {
		shown[ht.ID] = true
		for _, s := range ht.Sentences {
			shown[s.ID] = true
		}
	}
	fix := func(href *string) {
		if strings.HasPrefix(*href, "#") && !shown[(*href)[1:]] {
			*href = "#cut"
		}
	}
	for i := range rep.Findings {
		fix(&rep.Findings[i].Href)
	}
	if tl := rep.Timeline; tl != nil {
		for i := range tl.Bars {
			fix(&tl.Bars[i].Href)
		}
		for i := range tl.Markers {
			fix(&tl.Markers[i].Href)
		}
		if tl.Band != nil {
			fix(&tl.Band.Href)
		}
	}
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

// findingKindLabel names a finding's kind for people, as its analyzer
// declares it ("No next step").
func findingKindLabel(r *analyze.Rubric, kind string) string {
	if d := r.FindingDef(kind); d != nil {
		return d.Title
	}
	return kind
}

// findingTone colours a finding: things a coach would praise, things to
// work on, and the rest.
func findingTone(r *analyze.Rubric, kind string) string {
	if d := r.FindingDef(kind); d != nil {
		switch d.Tone {
		case analyze.ToneGood:
			return "good"
		case analyze.ToneBad, analyze.ToneWarn:
			return "bad"
		}
	}
	return "neutral"
}

// chipClasses are the page's chip styles, by tone.
var chipClasses = map[analyze.Tone]string{
	analyze.ToneGood:           "good",
	analyze.ToneWarn:           "warn",
	analyze.ToneBad:            "bad",
	analyze.ToneMuted:          "muted",
	analyze.ToneNeutral:        "opener",
	analyze.ToneQuestion:       "q",
	analyze.ToneOpenQuestion:   "q-open",
	analyze.ToneClosedQuestion: "q-closed",
}

// tagChip labels a sentence tag as its analyzer declares it.
func tagChip(r *analyze.Rubric, tag string) htmlChip {
	d := r.TagDef(tag)
	if d == nil {
		return htmlChip{tag, "other", ""}
	}
	class, ok := chipClasses[d.Tone]
	if !ok {
		class = "other"
	}
	return htmlChip{d.Title, class, d.Doc}
}

// chips turns a sentence's tags into chips, once per tag, with a count
// when a tag repeats.
func chips(r *analyze.Rubric, tags []string) []htmlChip {
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
		c := tagChip(r, tag)
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
			Chips: chips(sc.Rubric, a.Tags),
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
