package render

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The timeline of the HTML report: an inline SVG with one track per side,
// the turns as bars along the call's time (along the words spoken when the
// call is untimed), the seller's questions as dots above the seller's
// track (filled when open, hollow when closed, small and grey for other
// kinds), interruptions as red triangles with a line at the interrupter's
// start, the opener (a flag) and the next steps (diamonds) in a lane on
// top, and the longest monologue as a dashed amber band. Every marker
// links to its sentence and has a tooltip quoting it.

// A px is a coordinate in the SVG's user units, printed with at most one
// decimal to keep the page small.
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
	Tracks  []tlTrack
	Bars    []tlBar
	Band    *tlBar
	BandTag *tlText // the band's label, when it fits
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
	Class string // "mk mk-open", "mk mk-closed", "mk mk-q", "mk mk-int", "mk mk-opener", "mk mk-next"
	Href  string
	Title string
	D     string // the shape, as a path
}

type tlLegend struct {
	Class string // the marker class, for marker entries
	D     string // the marker's shape
	Rect  *tlBar // the swatch, for bar and band entries
	X, Y  px
	TextX px
	Text  string
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

// The tracks, top to bottom.
var tlSides = [3]struct {
	role         transcript.Role
	label, class string
}{
	{transcript.RoleRep, "Seller", "rep"},
	{transcript.RoleCustomer, "Customer", "customer"},
	{transcript.RoleUnknown, "Unknown", "unknown"},
}

func trackOf(r transcript.Role) int {
	switch r {
	case transcript.RoleRep:
		return 0
	case transcript.RoleCustomer:
		return 1
	}
	return 2
}

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
func newTimelineScale(t *transcript.Transcript) *timelineScale {
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

func (s *timelineScale) sentence(r transcript.Ref) (sentenceSpan, bool) {
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
func (s *timelineScale) describe(t *transcript.Transcript, r transcript.Ref) string {
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
func quote(s string) string { return "“" + transcript.Excerpt(s, 160) + "”" }

type timelineBuilder struct {
	sc     *analyze.Scorecard
	t      *transcript.Transcript
	ann    []analyze.Annotation
	s      *timelineScale
	v      *timelineView
	trackY [3]float64 // -1: no such track
	bottom float64    // of the last track
}

func buildTimeline(sc *analyze.Scorecard, ann []analyze.Annotation) *timelineView {
	t := sc.Transcript
	if len(t.Turns) == 0 {
		return nil
	}
	b := &timelineBuilder{sc: sc, t: t, ann: ann, s: newTimelineScale(t), v: &timelineView{W: tlW}}
	b.tracks()
	b.axis()
	b.bars()
	b.monologue()
	questions, interruptions := b.markers()
	b.legend()

	b.v.Summary = fmt.Sprintf("Timeline of %s: %s by the seller, %s", plural(len(t.Turns), "turn"), plural(questions, "question"), plural(interruptions, "interruption"))
	b.v.Caption = "Turns along the call's time, from its first words to its last."
	if !b.s.timed {
		b.v.Caption = "The call is untimed: turns are laid out by the words spoken."
	}
	b.v.Caption += " Hover a mark to read its sentence; click it to jump to the transcript."
	return b.v
}

// tracks lays out the tracks: seller and customer, and unknown when
// someone's role is.
func (b *timelineBuilder) tracks() {
	var has [3]bool
	for i := range b.t.Turns {
		has[trackOf(b.t.Turns[i].Role)] = true
	}
	if has[0] || has[1] {
		has[0], has[1] = true, true
	}
	b.v.Labels = append(b.v.Labels,
		tlText{X: tlLeft - 10, Y: tlEventY + 4, Text: "Key moments", Class: "lane sub"},
		tlText{X: tlLeft - 10, Y: tlQY + 4, Text: "Questions", Class: "lane sub"})
	y := float64(tlTrackTop)
	for k, side := range tlSides {
		b.trackY[k] = -1
		if !has[k] {
			continue
		}
		b.trackY[k] = y
		b.v.Tracks = append(b.v.Tracks, tlTrack{X: tlLeft, Y: px(y), W: tlPlotW, H: tlTrackH, Class: side.class})
		b.v.Labels = append(b.v.Labels, tlText{X: tlLeft - 10, Y: px(y + tlTrackH/2 + 4), Text: side.label,
			Title: sideNames(b.t, side.role), Class: "lane " + side.class})
		y += tlTrackH + tlTrackGap
	}
	b.bottom = y - tlTrackGap
}

// axis draws the ticks, with faint grid lines across the tracks.
func (b *timelineBuilder) axis() {
	s := b.s
	step, unit := tickStep(s)
	for tv := math.Ceil(s.lo/step) * step; tv <= s.hi+1e-9; tv += step {
		label := strconv.Itoa(int(math.Round(tv)))
		if s.timed {
			label = formatClock(time.Duration(math.Round(tv)) * time.Second)
		}
		b.v.Grid = append(b.v.Grid, tlTick{X: px(s.x(tv)), Y1: tlTrackTop - 4, Y2: px(b.bottom + 10), LabelY: px(b.bottom + 22), Label: label})
	}
	b.v.Labels = append(b.v.Labels, tlText{X: tlLeft - 10, Y: px(b.bottom + 22), Text: unit, Class: "lane sub"})
}

// bars draws the turns, per track. Bars less than a unit apart merge, so
// that a long call stays small, and every bar is at least a unit wide.
func (b *timelineBuilder) bars() {
	s, t := b.s, b.t
	for k, side := range tlSides {
		if b.trackY[k] < 0 {
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
			cur.W = px(math.Max(float64(cur.W), 1))
			when := s.spanLabel(from, to)
			if count == 1 {
				turn := &t.Turns[first]
				cur.Title = fmt.Sprintf("%s (%s) · %s · %s", turn.Speaker, sideLabel(turn.Role), when, plural(turn.Words(), "word"))
			} else {
				cur.Title = fmt.Sprintf("%s (%s) · %s", plural(count, "turn"), strings.Join(speakers, ", "), when)
			}
			b.v.Bars = append(b.v.Bars, *cur)
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
			cur = &tlBar{X: px(x0), Y: px(b.trackY[k]), W: px(x1 - x0), H: tlTrackH, Class: "bar " + side.class, Href: "#" + turnID(i)}
			first, count, from, to = i, 1, s.turns[i].from, s.turns[i].to
			speakers = append(speakers[:0], turn.Speaker)
		}
		flush()
	}
}

// monologue draws the band over the longest monologue, labelled on the
// other side's track (empty while one side talks) when the label fits.
func (b *timelineBuilder) monologue() {
	s := b.s
	m, ok := longestMonologue(b.sc, b.ann, s)
	if !ok {
		return
	}
	x0, x1 := s.x(m.from), s.x(m.to)
	length := s.amount(m.to - m.from)
	b.v.Band = &tlBar{X: px(x0), Y: tlTrackTop - 3, W: px(math.Max(x1-x0, 2)), H: px(b.bottom - tlTrackTop + 6), Class: "band",
		Href: m.href, Title: fmt.Sprintf("%s: %s, %s (%s)\n%s", m.legend, m.speaker, length, s.spanLabel(m.from, m.to), m.text)}
	b.v.Legend = append(b.v.Legend, tlLegend{Text: m.legend + " (" + length + ")", Rect: &tlBar{W: 16, H: 10, Class: "band"}})
	other := -1
	switch m.role {
	case transcript.RoleRep:
		other = 1
	case transcript.RoleCustomer:
		other = 0
	}
	if other < 0 || b.trackY[other] < 0 {
		return
	}
	for _, label := range []string{m.legend + " · " + length, m.title + " · " + length, length} {
		if x1-x0 >= 7*float64(len([]rune(label)))+16 {
			b.v.BandTag = &tlText{X: px((x0 + x1) / 2), Y: px(b.trackY[other] + tlTrackH/2 + 4), Text: label, Class: "band-tag"}
			break
		}
	}
}

// markStyles draw the shapes a Mark declares: the marker's class and its
// row (0 questions, 1 the speaker's track, 2 key moments).
var markStyles = map[analyze.Shape]struct {
	class string
	row   int
}{
	analyze.ShapeBigDot:   {"mk-open", 0},
	analyze.ShapeDot:      {"mk-closed", 0},
	analyze.ShapeSmallDot: {"mk-q", 0},
	analyze.ShapeTriangle: {"mk-int", 1},
	analyze.ShapeFlag:     {"mk-opener", 2},
	analyze.ShapeDiamond:  {"mk-next", 2},
}

// markers draws what the analyzers declare a Mark for: the tagged
// sentences (only the seller's, for marks that say so) and the findings,
// one marker per sentence and shape; a whole-call finding's note. It
// returns how many questions (dots) and interruptions (triangles) it drew.
func (b *timelineBuilder) markers() (questions, interruptions int) {
	t, s, sc := b.t, b.s, b.sc
	r := sc.Rubric
	a := anchors{t}
	type event struct {
		ref   transcript.Ref
		shape analyze.Shape
	}
	var rows [3][]event
	what := make(map[event]string)     // the tooltip's name of the mark
	messages := make(map[event]string) // the first finding's message
	add := func(e event, name string) {
		if _, seen := what[e]; seen {
			return
		}
		what[e] = name
		st := markStyles[e.shape]
		rows[st.row] = append(rows[st.row], e)
	}
	// A dot is named by its tag ("Tag question"); other marks by their
	// legend ("Interruption").
	name := func(m *analyze.Mark, title string) string {
		if markStyles[m.Shape].row == 0 {
			return capitalize(title)
		}
		return m.Legend
	}
	for _, an := range b.ann {
		for _, tag := range an.Tags {
			d := r.TagDef(tag)
			if d == nil || d.Mark == nil || markStyles[d.Mark.Shape].class == "" || d.Mark.Seller && an.Role != transcript.RoleRep {
				continue
			}
			add(event{an.Ref, d.Mark.Shape}, name(d.Mark, d.Title))
		}
	}
	for _, f := range sc.Findings {
		d := r.FindingDef(f.Kind)
		if d == nil || d.Mark == nil {
			continue
		}
		ref := f.Ref
		if ref.Turn < 0 || ref.Turn >= len(t.Turns) {
			if d.Mark.Shape == analyze.ShapeNote && b.v.Note == nil {
				b.v.Note = &tlText{X: tlLeft + tlPlotW, Y: tlEventY + 4, Text: "✕ " + d.Mark.Legend, Title: f.Message, Class: "nns"}
			}
			continue
		}
		if markStyles[d.Mark.Shape].class == "" {
			continue // a band or a note is drawn apart
		}
		ref.Sentence = max(ref.Sentence, 0)
		e := event{ref, d.Mark.Shape}
		add(e, name(d.Mark, d.Title))
		if _, ok := messages[e]; !ok {
			messages[e] = f.Message
		}
	}
	byPlace := func(x, y event) int {
		if x.ref.Turn != y.ref.Turn {
			return x.ref.Turn - y.ref.Turn
		}
		return x.ref.Sentence - y.ref.Sentence
	}

	// title is the tooltip: where, what, and who said which sentence.
	title := func(e event) string {
		w := what[e]
		switch msg := messages[e]; {
		case msg == "":
		case strings.Contains(strings.ToLower(msg), strings.ToLower(w)):
			w = capitalize(msg) // "permission opener …", "next step …"
		default:
			w += ": " + msg
		}
		turn := &t.Turns[e.ref.Turn]
		text := turn.Text
		if e.ref.Sentence < len(turn.Sentences) {
			text = turn.Sentences[e.ref.Sentence].Text
		}
		return fmt.Sprintf("%s · %s\n%s: %s", s.describe(t, e.ref), w, turn.Speaker, quote(text))
	}
	for _, row := range rows {
		slices.SortStableFunc(row, byPlace)
		for _, e := range row {
			sp, ok := s.sentence(e.ref)
			if !ok {
				continue
			}
			x := s.x(sp.from)
			var d string
			switch e.shape {
			case analyze.ShapeBigDot, analyze.ShapeDot, analyze.ShapeSmallDot:
				if b.trackY[0] < 0 {
					continue
				}
				d = circlePath(x, tlQY, dotRadius[e.shape])
				questions++
			case analyze.ShapeTriangle:
				top := b.trackY[trackOf(t.Turns[e.ref.Turn].Role)]
				if top < 0 {
					continue
				}
				d = interruptPath(x, top)
				interruptions++
			case analyze.ShapeFlag:
				d = flagPath(x, tlEventY, 1)
			case analyze.ShapeDiamond:
				d = diamondPath(x, tlEventY, 6.5)
			}
			b.v.Markers = append(b.v.Markers, tlMarker{Class: "mk " + markStyles[e.shape].class, Href: a.ref(e.ref), Title: title(e), D: d})
		}
	}
	return questions, interruptions
}

// dotRadius sizes the question dots: open largest, other kinds smallest.
var dotRadius = map[analyze.Shape]float64{analyze.ShapeBigDot: 4, analyze.ShapeDot: 3.4, analyze.ShapeSmallDot: 2.4}

// legend lays out the legend in rows under the axis, and sets the
// picture's height: the tracks, then every mark the rubric's analyzers
// declare, by shape.
func (b *timelineBuilder) legend() {
	legend := []tlLegend{
		{Text: "Seller turn", Rect: &tlBar{W: 16, H: 10, Class: "bar rep"}},
		{Text: "Customer turn", Rect: &tlBar{W: 16, H: 10, Class: "bar customer"}},
	}
	if b.trackY[2] >= 0 {
		legend = append(legend, tlLegend{Text: "Unknown speaker", Rect: &tlBar{W: 16, H: 10, Class: "bar unknown"}})
	}
	type entry struct {
		shape analyze.Shape
		text  string
	}
	var marks []entry
	note := func(m *analyze.Mark) {
		if m == nil || markStyles[m.Shape].class == "" {
			return
		}
		e := entry{m.Shape, m.Legend}
		if !slices.Contains(marks, e) {
			marks = append(marks, e)
		}
	}
	for _, a := range b.sc.Rubric.Analyzers() {
		for _, d := range a.Tags {
			note(d.Mark)
		}
		for _, d := range a.Findings {
			note(d.Mark)
		}
	}
	slices.SortStableFunc(marks, func(x, y entry) int { return int(x.shape) - int(y.shape) })
	for _, m := range marks {
		legend = append(legend, tlLegend{Class: markStyles[m.shape].class, Text: m.text})
	}
	b.v.Legend = append(legend, b.v.Legend...)
	lx, ly := float64(tlLeft), b.bottom+42
	for i := range b.v.Legend {
		l := &b.v.Legend[i]
		w := 22 + 6.4*float64(len([]rune(l.Text))) + 18 // swatch, text, gap
		if lx+w > tlW-tlRight && lx > tlLeft {
			lx, ly = tlLeft, ly+20
		}
		l.X, l.Y, l.TextX = px(lx), px(ly), px(lx+22)
		cx, cy := lx+8, ly-4
		switch l.Class {
		case "mk-open", "mk-closed", "mk-q":
			l.D = circlePath(cx, cy, dotRadius[shapeOfClass(l.Class)])
		case "mk-int":
			l.D = fmt.Sprintf("M%s %sh9.6l-4.8 7z", px(cx-4.8), px(cy-4))
		case "mk-opener":
			l.D = flagPath(cx-2, cy, 0.8)
		case "mk-next":
			l.D = diamondPath(cx, cy, 5.5)
		}
		if l.Rect != nil {
			l.Rect.X, l.Rect.Y = px(lx), px(ly-9)
		}
		lx += w
	}
	b.v.H = int(math.Ceil(ly + 8))
}

// shapeOfClass is the shape a marker class draws.
func shapeOfClass(class string) analyze.Shape {
	for shape, st := range markStyles {
		if st.class == class {
			return shape
		}
	}
	return 0
}

func plural(n int, noun string) string { return analyze.Plural(n, noun) }

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

// flagPath is a flag on a pole standing at x, centred on y, scaled.
func flagPath(x, y, scale float64) string {
	return fmt.Sprintf("M%s %sv%sh%sv%sl%s %sl%s %sz", px(x-0.8*scale), px(y-8*scale), px(16*scale), px(1.6*scale),
		px(-9*scale), px(8*scale), px(-3.5*scale), px(-8*scale), px(-3.5*scale))
}

// interruptPath is a triangle pointing down at the top of a track, and a
// line across it.
func interruptPath(x, top float64) string {
	return fmt.Sprintf("M%s %sh9.6l-4.8 7zM%s %sh1.6v%sh-1.6z", px(x-4.8), px(top-7), px(x-0.8), px(top), px(tlTrackH))
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
		return analyze.FormatSeconds(v)
	}
	return fmt.Sprintf("%d words", int(math.Round(v)))
}

type monologueBand struct {
	legend   string // "Longest monologue"
	title    string // "Monologue": a shorter label
	from, to float64
	role     transcript.Role
	speaker  string
	href     string
	text     string
}

// longestMonologue finds the band to draw: the longest span of the
// findings whose kind declares a band (the analyzer's longest monologue),
// from its first sentence to its last.
func longestMonologue(sc *analyze.Scorecard, _ []analyze.Annotation, s *timelineScale) (monologueBand, bool) {
	t := sc.Transcript
	var best monologueBand
	var bestRef transcript.Ref
	found := false
	for _, f := range sc.Findings {
		d := sc.Rubric.FindingDef(f.Kind)
		if d == nil || d.Mark == nil || d.Mark.Shape != analyze.ShapeBand || f.Ref.Turn < 0 || f.Ref.Turn >= len(t.Turns) {
			continue
		}
		first, last := f.Ref, f.End
		first.Sentence = max(first.Sentence, 0)
		if last.Turn < first.Turn || last.Turn >= len(t.Turns) {
			last = first
		}
		if last.Sentence < 0 || last.Sentence >= len(t.Turns[last.Turn].Sentences) {
			last.Sentence = len(t.Turns[last.Turn].Sentences) - 1
		}
		role := t.Turns[first.Turn].Role
		from, to := math.Inf(1), math.Inf(-1)
		for i := first.Turn; i <= last.Turn; i++ {
			if t.Turns[i].Role != role {
				continue // the other side's backchannels inside the stretch
			}
			for j := range t.Turns[i].Sentences {
				ref := transcript.Ref{Turn: i, Sentence: j}
				if i == first.Turn && j < first.Sentence || i == last.Turn && j > last.Sentence {
					continue
				}
				if sp, ok := s.sentence(ref); ok {
					from, to = math.Min(from, sp.from), math.Max(to, sp.to)
				}
			}
		}
		if math.IsInf(from, 0) {
			sp, _ := s.sentence(transcript.Ref{Turn: first.Turn, Sentence: -1})
			from, to = sp.from, sp.to
		}
		if !found || to-from > best.to-best.from {
			best, bestRef, found = monologueBand{legend: d.Mark.Legend, title: d.Title, from: from, to: to, role: role}, first, true
		}
	}
	if !found {
		return monologueBand{}, false
	}
	turn := &t.Turns[bestRef.Turn]
	text := turn.Text
	if bestRef.Sentence < len(turn.Sentences) {
		text = turn.Sentences[bestRef.Sentence].Text
	}
	best.speaker, best.href, best.text = turn.Speaker, anchors{t}.ref(bestRef), quote(text)
	return best, true
}
