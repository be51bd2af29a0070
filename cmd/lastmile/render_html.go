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
	"time"

	"github.com/lastmile/lastmile/analyze"
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
		r = analyze.DefaultRubric()
	}
	sum := analyze.Summarize(sc)
	rep := &htmlReport{
		Name:      t.Name,
		Format:    string(t.Format),
		Span:      formatSpan(t),
		Seller:    sellerLabel(&sum),
		Customer:  sideNames(t, analyze.RoleCustomer),
		Unknown:   sideNames(t, analyze.RoleUnknown),
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

	anchors := newAnchors(t)
	for i, f := range sc.Findings {
		hf := htmlFinding{
			ID:       fmt.Sprintf("f%d", i),
			Href:     anchors.ref(f.Ref),
			Kind:     findingKindLabel(f.Kind),
			Tone:     findingTone(f.Kind),
			Speaker:  f.Speaker,
			Side:     speakerSide(t, f.Speaker),
			Message:  f.Message,
			Evidence: f.Evidence,
		}
		switch {
		case f.Ref.Turn < 0:
			hf.Where = "whole call"
		default:
			var parts []string
			if f.Timed {
				parts = append(parts, formatClock(f.Start))
			}
			if f.Line > 0 {
				parts = append(parts, fmt.Sprintf("line %d", f.Line))
			}
			if len(parts) == 0 {
				parts = append(parts, fmt.Sprintf("turn %d", f.Ref.Turn+1))
			}
			hf.Where = strings.Join(parts, " · ")
		}
		rep.Findings = append(rep.Findings, hf)
	}

	rep.Turns = buildTurns(sc, ann, rep.Findings)
	rep.Timeline = buildTimeline(sc, ann)
	rep.Counts = fmt.Sprintf("%d turns · %d sentences", len(t.Turns), len(ann))
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
// analyze.Ref.
type anchors struct{ t *analyze.Transcript }

func newAnchors(t *analyze.Transcript) anchors { return anchors{t} }

func turnID(turn int) string               { return "t" + strconv.Itoa(turn) }
func sentenceID(turn, sentence int) string { return fmt.Sprintf("s%d-%d", turn, sentence) }

// ref returns the link to what a Ref points at, or "" when it points at
// nothing in the transcript (whole-call findings).
func (a anchors) ref(r analyze.Ref) string {
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

func speakerSide(t *analyze.Transcript, name string) string {
	if s := t.Speaker(name); s != nil {
		return s.Role.String()
	}
	return "unknown"
}

func sideLabel(r analyze.Role) string {
	switch r {
	case analyze.RoleRep:
		return "seller"
	case analyze.RoleCustomer:
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
				if t.Timing == analyze.TimingFull && turn.End > turn.Start {
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

// The timeline: an inline SVG with one track per side, the turns as bars
// along the call's time (along the words spoken when untimed), the seller's
// questions as dots above the seller's track, interruptions as red
// triangles at the interrupter's start, the opener and the next steps as
// markers in a lane on top, and the longest monologue as a band. Every
// marker links to its sentence and has a tooltip with the sentence.

// A px is a coordinate in the SVG's user units, printed with one decimal.
type px float64

func (p px) String() string {
	return strconv.FormatFloat(math.Round(float64(p)*10)/10, 'f', -1, 64)
}

type timelineView struct {
	W, H    int
	Summary string // for screen readers
	Caption string
	Labels  []tlText
	Grid    []tlTick
	AxisY   px
	Tracks  []tlTrack
	Bars    []tlBar
	Band    *tlBar
	Markers []tlMarker
	Legend  []tlLegend
	Note    *tlText // "no next step"
}

type tlText struct {
	X, Y        px
	Text, Title string
	Class       string
}

type tlTick struct {
	X, Y1, Y2, LabelY px
	Label             string
}

type tlTrack struct {
	X, Y, W, H px
	Class      string
}

type tlBar struct {
	X, Y, W, H px
	Class      string
	Href       string
	Title      string
}

type tlMarker struct {
	Class string // mk-open, mk-closed, mk-q, mk-int, mk-opener, mk-next
	Href  string
	Title string
	D     string // the shape's path
}

type tlLegend struct {
	Class  string
	D      string
	Rect   *tlBar
	X, Y   px
	Text   string
	TextX  px
	Marker bool
}

// Timeline geometry, in SVG user units (about CSS pixels at full width).
const (
	tlW        = 1060
	tlLeft     = 104 // lane labels
	tlRight    = 14
	tlPlotW    = tlW - tlLeft - tlRight
	tlEventY   = 13 // centre of the opener / next step lane
	tlQY       = 31 // centre of the question lane
	tlTrackTop = 42
	tlTrackH   = 30
	tlTrackGap = 12
)

// sentenceSpan is where a sentence sits on the timeline's scale (seconds
// from the call's start, or words).
type sentenceSpan struct{ from, to float64 }

type timelineScale struct {
	timed  bool
	lo, hi float64
	turns  []sentenceSpan   // per turn
	sents  [][]sentenceSpan // per turn, per sentence
}

func (s *timelineScale) x(v float64) float64 {
	span := s.hi - s.lo
	if span <= 0 {
		span = 1
	}
	f := (v - s.lo) / span
	f = math.Max(0, math.Min(1, f))
	return tlLeft + f*tlPlotW
}

func secs(d time.Duration) float64 { return d.Seconds() }

// newTimelineScale places every turn and sentence: by time when the call is
// timed, each sentence interpolated by words within the stretch of its cue;
// by words spoken when it is not.
func newTimelineScale(t *analyze.Transcript) *timelineScale {
	s := &timelineScale{timed: t.Timed()}
	s.turns = make([]sentenceSpan, len(t.Turns))
	s.sents = make([][]sentenceSpan, len(t.Turns))
	if !s.timed {
		cum := 0.0
		for i := range t.Turns {
			turn := &t.Turns[i]
			s.turns[i].from = cum
			ss := make([]sentenceSpan, len(turn.Sentences))
			for j := range turn.Sentences {
				ss[j].from = cum
				cum += float64(len(turn.Sentences[j].Words))
				ss[j].to = cum
			}
			s.sents[i] = ss
			s.turns[i].to = cum
		}
		s.lo, s.hi = 0, cum
		return s
	}
	s.lo, s.hi = secs(t.Start), secs(t.End)
	for i := range t.Turns {
		turn := &t.Turns[i]
		a, b := secs(turn.Start), secs(turn.End)
		if b < a {
			b = a
		}
		s.turns[i] = sentenceSpan{a, b}
		s.lo, s.hi = math.Min(s.lo, a), math.Max(s.hi, b)
		ss := make([]sentenceSpan, len(turn.Sentences))
		// Sentences starting in the same cue share its stretch (up to the
		// next cue's start, or the turn's end) by their words.
		for j := 0; j < len(turn.Sentences); {
			k := j
			for k < len(turn.Sentences) && turn.Sentences[k].Start == turn.Sentences[j].Start {
				k++
			}
			from := math.Max(a, math.Min(b, secs(turn.Sentences[j].Start)))
			to := b
			if k < len(turn.Sentences) {
				to = math.Max(from, math.Min(b, secs(turn.Sentences[k].Start)))
			}
			words := 0
			for m := j; m < k; m++ {
				words += len(turn.Sentences[m].Words)
			}
			done := 0
			for m := j; m < k; m++ {
				ss[m].from = from + (to-from)*frac(done, words, m-j, k-j)
				done += len(turn.Sentences[m].Words)
				ss[m].to = from + (to-from)*frac(done, words, m-j+1, k-j)
			}
			j = k
		}
		s.sents[i] = ss
	}
	return s
}

// frac is done/total, or i/n when there are no words to go by.
func frac(done, total, i, n int) float64 {
	if total > 0 {
		return float64(done) / float64(total)
	}
	return float64(i) / float64(n)
}

func (s *timelineScale) sentence(r analyze.Ref) (sentenceSpan, bool) {
	if r.Turn < 0 || r.Turn >= len(s.sents) {
		return sentenceSpan{}, false
	}
	ss := s.sents[r.Turn]
	if r.Sentence < 0 || len(ss) == 0 {
		return s.turns[r.Turn], true
	}
	if r.Sentence >= len(ss) {
		return sentenceSpan{}, false
	}
	return ss[r.Sentence], true
}

// describe prints a position for a tooltip: the clock, or the line.
func (s *timelineScale) describe(t *analyze.Transcript, r analyze.Ref) string {
	turn := &t.Turns[r.Turn]
	line := turn.Line
	if r.Sentence >= 0 && r.Sentence < len(turn.Sentences) {
		line = turn.Sentences[r.Sentence].Line
		if s.timed {
			return formatClock(turn.Sentences[r.Sentence].Start)
		}
	} else if s.timed {
		return formatClock(turn.Start)
	}
	if line > 0 {
		return fmt.Sprintf("line %d", line)
	}
	return fmt.Sprintf("turn %d", r.Turn+1)
}

// quote prints a sentence for a tooltip, shortened.
func quote(s string) string { return "“" + excerpt(s, 160) + "”" }

func trackOf(r analyze.Role) int {
	switch r {
	case analyze.RoleRep:
		return 0
	case analyze.RoleCustomer:
		return 1
	}
	return 2
}

func buildTimeline(sc *analyze.Scorecard, ann []analyze.Annotation) *timelineView {
	t := sc.Transcript
	if len(t.Turns) == 0 {
		return nil
	}
	s := newTimelineScale(t)
	v := &timelineView{W: tlW}

	// Tracks: seller and customer, and unknown when someone is.
	var has [3]bool
	for i := range t.Turns {
		has[trackOf(t.Turns[i].Role)] = true
	}
	if has[0] || has[1] {
		has[0], has[1] = true, true
	}
	trackY := [3]float64{-1, -1, -1}
	y := float64(tlTrackTop)
	names := [3]string{"Seller", "Customer", "Unknown"}
	classes := [3]string{"rep", "customer", "unknown"}
	roles := [3]analyze.Role{analyze.RoleRep, analyze.RoleCustomer, analyze.RoleUnknown}
	for k := range 3 {
		if !has[k] {
			continue
		}
		trackY[k] = y
		v.Tracks = append(v.Tracks, tlTrack{X: tlLeft, Y: px(y), W: tlPlotW, H: tlTrackH, Class: classes[k]})
		v.Labels = append(v.Labels, tlText{X: tlLeft - 10, Y: px(y + tlTrackH/2 + 4), Text: names[k], Title: sideNames(t, roles[k]), Class: "lane " + classes[k]})
		y += tlTrackH + tlTrackGap
	}
	bottom := y - tlTrackGap
	v.Labels = append([]tlText{
		{X: tlLeft - 10, Y: tlEventY + 4, Text: "Key moments", Class: "lane sub"},
		{X: tlLeft - 10, Y: tlQY + 4, Text: "Questions", Class: "lane sub"},
	}, v.Labels...)

	// Axis with ticks and faint grid lines.
	v.AxisY = px(bottom + 6)
	step, unit := tickStep(s)
	for tv := math.Ceil(s.lo/step) * step; tv <= s.hi+1e-9; tv += step {
		label := strconv.Itoa(int(math.Round(tv)))
		if s.timed {
			label = formatClock(time.Duration(math.Round(tv)) * time.Second)
		}
		v.Grid = append(v.Grid, tlTick{X: px(s.x(tv)), Y1: tlTrackTop - 4, Y2: px(bottom + 10), LabelY: px(bottom + 22), Label: label})
	}
	v.Labels = append(v.Labels, tlText{X: tlLeft - 10, Y: px(bottom + 22), Text: unit, Class: "lane sub"})

	// Turns as bars, per track; bars closer than a unit apart merge, so a
	// long call stays small, and each bar is at least a unit wide.
	for k := range 3 {
		if trackY[k] < 0 {
			continue
		}
		var cur *tlBar
		var first, count int
		var from, to float64
		var speakers []string
		flush := func() {
			if cur == nil {
				return
			}
			w := math.Max(float64(cur.W), 1)
			cur.W = px(w)
			when := s.spanLabel(from, to)
			if count == 1 {
				turn := &t.Turns[first]
				cur.Title = fmt.Sprintf("%s (%s) · %s · %d words", turn.Speaker, sideLabel(turn.Role), when, turn.Words())
			} else {
				cur.Title = fmt.Sprintf("%d turns (%s) · %s", count, strings.Join(speakers, ", "), when)
			}
			v.Bars = append(v.Bars, *cur)
			cur = nil
		}
		for i := range t.Turns {
			turn := &t.Turns[i]
			if trackOf(turn.Role) != k {
				continue
			}
			x0, x1 := s.x(s.turns[i].from), s.x(s.turns[i].to)
			if cur != nil && x0-float64(cur.X+cur.W) < 1 {
				cur.W = px(math.Max(float64(cur.W), x1-float64(cur.X)))
				count++
				to = math.Max(to, s.turns[i].to)
				if !slices.Contains(speakers, turn.Speaker) {
					speakers = append(speakers, turn.Speaker)
				}
				continue
			}
			flush()
			cur = &tlBar{X: px(x0), Y: px(trackY[k]), W: px(x1 - x0), H: tlTrackH, Class: "bar " + classes[k], Href: "#" + turnID(i)}
			first, count, from, to = i, 1, s.turns[i].from, s.turns[i].to
			speakers = append(speakers[:0], turn.Speaker)
		}
		flush()
	}

	// The longest monologue.
	if m, ok := longestMonologue(sc, ann, s); ok {
		x0, x1 := s.x(m.from), s.x(m.to)
		v.Band = &tlBar{X: px(x0), Y: tlTrackTop - 3, W: px(math.Max(x1-x0, 2)), H: px(bottom - tlTrackTop + 6), Class: "band",
			Href: m.href, Title: fmt.Sprintf("Longest monologue: %s, %s (%s)\n%s", m.speaker, s.amount(m.to-m.from), s.spanLabel(m.from, m.to), m.text)}
		v.Legend = append(v.Legend, tlLegend{Text: "Longest monologue (" + s.amount(m.to-m.from) + ")", Rect: &tlBar{W: 16, H: 10, Class: "band"}})
	}

	// Markers: seller questions, interruptions, the opener, next steps.
	a := anchors{t}
	findingAt := make(map[analyze.Ref][]int)
	for i, f := range sc.Findings {
		if f.Ref.Turn >= 0 && f.Ref.Turn < len(t.Turns) {
			r := f.Ref
			if r.Sentence < 0 {
				r.Sentence = 0
			}
			findingAt[r] = append(findingAt[r], i)
		}
	}
	message := func(r analyze.Ref, kind string) string {
		for _, i := range findingAt[r] {
			if sc.Findings[i].Kind == kind {
				return sc.Findings[i].Message
			}
		}
		return ""
	}
	type event struct {
		ref  analyze.Ref
		kind string // question kind, "int", "opener", "next"
	}
	var questions, interrupts, moments []event
	seen := make(map[event]bool)
	add := func(list *[]event, e event) {
		if !seen[e] {
			seen[e] = true
			*list = append(*list, e)
		}
	}
	for _, an := range ann {
		for _, tag := range an.Tags {
			switch {
			case tag == "interrupts":
				add(&interrupts, event{an.Ref, "int"})
			case tag == "opener" || strings.HasPrefix(tag, "opener:"):
				add(&moments, event{an.Ref, "opener"})
			case tag == "next-step" || strings.HasPrefix(tag, "next-step:"):
				add(&moments, event{an.Ref, "next"})
			}
		}
		if an.Role == analyze.RoleRep && an.QuestionKind != "" && an.QuestionKind != "backchannel" {
			add(&questions, event{an.Ref, an.QuestionKind})
		}
	}
	noNextStep := ""
	for _, f := range sc.Findings {
		r := f.Ref
		if r.Turn < 0 || r.Turn >= len(t.Turns) {
			if f.Kind == "no-next-step" {
				noNextStep = f.Message
			}
			continue
		}
		if r.Sentence < 0 {
			r.Sentence = 0
		}
		switch f.Kind {
		case "interruption":
			add(&interrupts, event{r, "int"})
		case "opener":
			add(&moments, event{r, "opener"})
		case "next-step":
			add(&moments, event{r, "next"})
		}
	}
	sortEvents := func(es []event) {
		slices.SortStableFunc(es, func(x, y event) int {
			if x.ref.Turn != y.ref.Turn {
				return x.ref.Turn - y.ref.Turn
			}
			return x.ref.Sentence - y.ref.Sentence
		})
	}
	sortEvents(questions)
	sortEvents(interrupts)
	sortEvents(moments)
	text := func(r analyze.Ref) string {
		turn := &t.Turns[r.Turn]
		if r.Sentence < len(turn.Sentences) {
			return turn.Speaker + ": " + quote(turn.Sentences[r.Sentence].Text)
		}
		return turn.Speaker + ": " + quote(turn.Text)
	}
	for _, e := range questions {
		sp, ok := s.sentence(e.ref)
		if !ok || trackY[0] < 0 {
			continue
		}
		x := s.x(sp.from)
		m := tlMarker{Href: a.ref(e.ref)}
		label := tagChip("question:" + e.kind).Label
		switch e.kind {
		case "open":
			m.Class, m.D = "mk mk-open", circlePath(x, tlQY, 4)
		case "closed":
			m.Class, m.D = "mk mk-closed", circlePath(x, tlQY, 3.4)
		default:
			m.Class, m.D = "mk mk-q", circlePath(x, tlQY, 2.4)
		}
		m.Title = fmt.Sprintf("%s · %s\n%s", s.describe(t, e.ref), capitalize(label), text(e.ref))
		v.Markers = append(v.Markers, m)
	}
	for _, e := range interrupts {
		sp, ok := s.sentence(e.ref)
		if !ok || trackY[trackOf(t.Turns[e.ref.Turn].Role)] < 0 {
			continue
		}
		k := trackOf(t.Turns[e.ref.Turn].Role)
		x, top := s.x(sp.from), trackY[k]
		title := fmt.Sprintf("%s · Interruption\n%s", s.describe(t, e.ref), text(e.ref))
		if msg := message(e.ref, "interruption"); msg != "" {
			title = fmt.Sprintf("%s · Interruption: %s\n%s", s.describe(t, e.ref), msg, text(e.ref))
		}
		v.Markers = append(v.Markers, tlMarker{Class: "mk mk-int", Href: a.ref(e.ref), Title: title,
			D: fmt.Sprintf("M%s %sh9.6l-4.8 7zM%s %sh1.6v%sh-1.6z", px(x-4.8), px(top-7), px(x-0.8), px(top), px(tlTrackH))})
	}
	for _, e := range moments {
		sp, ok := s.sentence(e.ref)
		if !ok {
			continue
		}
		x := s.x(sp.from)
		m := tlMarker{Href: a.ref(e.ref)}
		switch e.kind {
		case "opener":
			m.Class = "mk mk-opener"
			m.D = fmt.Sprintf("M%s %sv16h1.6v-9l8-3.5l-8-3.5z", px(x-0.8), px(tlEventY-8))
			title := "Opener"
			if msg := message(e.ref, "opener"); msg != "" {
				title += ": " + msg
			}
			m.Title = fmt.Sprintf("%s · %s\n%s", s.describe(t, e.ref), title, text(e.ref))
		case "next":
			m.Class = "mk mk-next"
			m.D = diamondPath(x, tlEventY, 6.5)
			title := "Next step"
			if msg := message(e.ref, "next-step"); msg != "" {
				title += ": " + msg
			}
			m.Title = fmt.Sprintf("%s · %s\n%s", s.describe(t, e.ref), title, text(e.ref))
		}
		v.Markers = append(v.Markers, m)
	}
	if noNextStep != "" {
		v.Note = &tlText{X: tlLeft + tlPlotW, Y: tlEventY + 4, Text: "✕ no next step", Title: noNextStep, Class: "nns"}
	}

	// The legend, wrapped in rows under the axis.
	legend := []tlLegend{
		{Text: "Seller turn", Rect: &tlBar{W: 16, H: 10, Class: "bar rep"}},
		{Text: "Customer turn", Rect: &tlBar{W: 16, H: 10, Class: "bar customer"}},
	}
	if has[2] {
		legend = append(legend, tlLegend{Text: "Unknown speaker", Rect: &tlBar{W: 16, H: 10, Class: "bar unknown"}})
	}
	legend = append(legend,
		tlLegend{Class: "mk-open", Text: "Open question", Marker: true},
		tlLegend{Class: "mk-closed", Text: "Closed question", Marker: true},
		tlLegend{Class: "mk-q", Text: "Other question", Marker: true},
		tlLegend{Class: "mk-int", Text: "Interruption", Marker: true},
		tlLegend{Class: "mk-opener", Text: "Opener", Marker: true},
		tlLegend{Class: "mk-next", Text: "Next step", Marker: true},
	)
	v.Legend = append(legend, v.Legend...)
	lx, ly := float64(tlLeft), float64(bottom)+42
	for i := range v.Legend {
		l := &v.Legend[i]
		w := 22 + 6.4*float64(len([]rune(l.Text))) + 18
		if lx+w > tlW-tlRight && lx > tlLeft {
			lx, ly = tlLeft, ly+20
		}
		l.X, l.Y, l.TextX = px(lx), px(ly), px(lx+22)
		cx, cy := lx+8, ly-4
		switch l.Class {
		case "mk-open":
			l.D = circlePath(cx, cy, 4)
		case "mk-closed":
			l.D = circlePath(cx, cy, 3.4)
		case "mk-q":
			l.D = circlePath(cx, cy, 2.4)
		case "mk-int":
			l.D = fmt.Sprintf("M%s %sh9.6l-4.8 7z", px(cx-4.8), px(cy-4))
		case "mk-opener":
			l.D = fmt.Sprintf("M%s %sv12h1.6v-6l7-3l-7-3z", px(cx-3), px(cy-7))
		case "mk-next":
			l.D = diamondPath(cx, cy, 5.5)
		}
		if l.Rect != nil {
			l.Rect.X, l.Rect.Y = px(lx), px(ly-9)
		}
		lx += w
	}
	v.H = int(math.Ceil(ly + 8))

	var parts []string
	parts = append(parts, fmt.Sprintf("Timeline of %d turns", len(t.Turns)))
	parts = append(parts, fmt.Sprintf("%d seller questions", len(questions)))
	parts = append(parts, fmt.Sprintf("%d interruptions", len(interrupts)))
	v.Summary = strings.Join(parts, ", ")
	v.Caption = "Turns along the call's time, from its first words to its last."
	if !s.timed {
		v.Caption = "The call is untimed: turns are laid out by the words spoken."
	}
	v.Caption += " Hover a mark to read its sentence; click it to jump to the transcript."
	return v
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func circlePath(x, y, r float64) string {
	return fmt.Sprintf("M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 %s 0z", px(x-r), px(y), px(r), px(r), px(2*r), px(r), px(r), px(-2*r))
}

func diamondPath(x, y, r float64) string {
	return fmt.Sprintf("M%s %sl%s %sl%s %sl%s %sz", px(x), px(y-r), px(r), px(r), px(-r), px(r), px(-r), px(-r))
}

// tickStep picks the axis step: whole minutes (or a round number of
// seconds for a short call), or a round number of words; at most about ten
// ticks.
func tickStep(s *timelineScale) (float64, string) {
	span := s.hi - s.lo
	if s.timed {
		for _, st := range []float64{10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200} {
			if span/st <= 10 {
				return st, "m:ss"
			}
		}
		return math.Ceil(span/10/3600) * 3600, "h:mm:ss"
	}
	for _, st := range []float64{10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000} {
		if span/st <= 10 {
			return st, "words"
		}
	}
	return math.Ceil(span/10/100000) * 100000, "words"
}

// spanLabel prints a stretch of the call: "3:12–4:05", or "words 120–310".
func (s *timelineScale) spanLabel(from, to float64) string {
	if s.timed {
		return formatClock(time.Duration(from*float64(time.Second))) + "–" + formatClock(time.Duration(to*float64(time.Second)))
	}
	return fmt.Sprintf("words %d–%d", int(from), int(to))
}

// amount prints a length on the scale: "2m10s" or "340 words".
func (s *timelineScale) amount(v float64) string {
	if s.timed {
		return formatSeconds(v)
	}
	return fmt.Sprintf("%d words", int(math.Round(v)))
}

type monologue struct {
	from, to float64
	speaker  string
	href     string
	text     string
}

// longestMonologue finds the monologue to highlight. Sentences tagged
// "monologue" (or "monologue:start", which also starts a new one) form
// runs: consecutive tagged sentences of one side, with at most a short
// reply of the other side (four words or fewer: "mm-hmm", "right") in
// between. When a "monologue" finding exists it picks the run holding its
// sentence (or, with no tags, its turn); otherwise the longest run wins.
func longestMonologue(sc *analyze.Scorecard, ann []analyze.Annotation, s *timelineScale) (monologue, bool) {
	t := sc.Transcript
	type run struct {
		first, last analyze.Ref
		role        analyze.Role
		from, to    float64
	}
	var runs []run
	open := false
	for _, an := range ann {
		sp, ok := s.sentence(an.Ref)
		if !ok {
			continue
		}
		tagged, starts := false, false
		for _, tag := range an.Tags {
			switch tag {
			case "monologue":
				tagged = true
			case "monologue:start":
				tagged, starts = true, true
			}
		}
		switch {
		case tagged && open && !starts && runs[len(runs)-1].role == an.Role:
			r := &runs[len(runs)-1]
			r.last, r.to = an.Ref, math.Max(r.to, sp.to)
		case tagged:
			runs = append(runs, run{first: an.Ref, last: an.Ref, role: an.Role, from: sp.from, to: sp.to})
			open = true
		case open && an.Role != runs[len(runs)-1].role && len(strings.Fields(an.Text)) <= 4:
			// a short reply does not end a monologue
		default:
			open = false
		}
	}
	within := func(r run, ref analyze.Ref) bool {
		after := ref.Turn > r.first.Turn || ref.Turn == r.first.Turn && ref.Sentence >= r.first.Sentence
		before := ref.Turn < r.last.Turn || ref.Turn == r.last.Turn && ref.Sentence <= r.last.Sentence
		return after && before
	}
	best, found := run{}, false
	for _, f := range sc.Findings {
		if f.Kind != "monologue" || f.Ref.Turn < 0 || f.Ref.Turn >= len(t.Turns) {
			continue
		}
		ref := f.Ref
		if ref.Sentence < 0 {
			ref.Sentence = 0
		}
		cand := run{first: ref, last: ref, from: s.turns[ref.Turn].from, to: s.turns[ref.Turn].to}
		if n := len(t.Turns[ref.Turn].Sentences); n > 0 {
			cand.last.Sentence = n - 1
		}
		for _, r := range runs {
			if within(r, ref) || r.first.Turn == ref.Turn {
				cand = r
				break
			}
		}
		if !found || cand.to-cand.from > best.to-best.from {
			best, found = cand, true
		}
	}
	if !found {
		for _, r := range runs {
			if !found || r.to-r.from > best.to-best.from {
				best, found = r, true
			}
		}
	}
	if !found {
		return monologue{}, false
	}
	turn := &t.Turns[best.first.Turn]
	text := turn.Text
	if best.first.Sentence < len(turn.Sentences) {
		text = turn.Sentences[best.first.Sentence].Text
	}
	return monologue{
		from: best.from, to: best.to, speaker: turn.Speaker,
		href: anchors{t}.ref(best.first), text: quote(text),
	}, true
}
