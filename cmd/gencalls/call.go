package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"
)

// Options say what to generate.
type Options struct {
	Seed uint64 // the same seed gives the same calls, byte for byte
	// UnpunctuatedShare is the share of calls written as raw ASR output:
	// lower case, no punctuation, speakers as "Speaker 1" or "spk_0".
	UnpunctuatedShare float64
}

// A Speaker is one voice on a call.
type Speaker struct {
	Name   string // display name in the punctuated variant: "Dana Whitfield", "Dana" or "Customer"
	First  string // first name, as others address them
	Seller bool   // on the selling side (the rep or their sales engineer)
}

// A Word is one spoken word with its times, in milliseconds from the start
// of the recording. Text is the word as written in the transcript: with
// its punctuation ("Yeah,") and, at a cut-off, the dash ("the --").
type Word struct {
	Text       string
	Start, End int64
}

// A Turn is what one speaker says before another speaker takes over.
type Turn struct {
	Speaker int // index into Call.Speakers, numbered in order of first appearance
	Words   []Word
	CutOff  bool // the next speaker cuts this turn off mid-phrase
}

// Start and End are the turn's times in milliseconds.
func (t *Turn) Start() int64 { return t.Words[0].Start }
func (t *Turn) End() int64   { return t.Words[len(t.Words)-1].End }

// Text is the turn as written.
func (t *Turn) Text() string { return joinWords(t.Words) }

func joinWords(ws []Word) string {
	n := len(ws)
	for _, w := range ws {
		n += len(w.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// A Call is one generated sales call.
type Call struct {
	Index      int // 1-based position in the batch
	Punctuated bool
	Industry   string
	Speakers   []Speaker
	Turns      []Turn
	ID         [16]byte // for the ids vendor formats carry
}

// Duration is the time from the start of the recording to the last word,
// in milliseconds.
func (c *Call) Duration() int64 {
	var end int64
	for i := range c.Turns {
		end = max(end, c.Turns[i].End())
	}
	return end
}

// Label is how a transcript names speaker i: the speaker's name, or in the
// unpunctuated variant "Speaker N" (numbered from 1).
func (c *Call) Label(i int) string {
	if c.Punctuated {
		return c.Speakers[i].Name
	}
	return "Speaker " + itoa(i+1)
}

// Generate makes call number index (1-based) of the batch. It depends on
// nothing but opts and index, so calls can be made in any order, in
// parallel, and come out the same.
func Generate(opts Options, index int) *Call {
	r := rand.New(rand.NewPCG(opts.Seed, uint64(index)))
	g := &gen{r: r, recent: make([][]int, len(banks))}
	g.c = &Call{Index: index}
	g.c.Punctuated = r.Float64() >= opts.UnpunctuatedShare
	g.setup()
	g.fluent = true
	g.opening()
	g.fluent = false
	for g.t < g.target {
		g.body()
	}
	g.closing()
	g.renumber()
	for i := range g.c.ID {
		g.c.ID[i] = byte(r.Uint32())
	}
	return g.c
}

// Speaker roles inside the generator.
const (
	rep = iota
	se
	cust1
	cust2
)

type gen struct {
	r   *rand.Rand
	c   *Call
	ind *industry

	who     [4]int // speaker index of rep, se, cust1, cust2; -1 when absent
	rates   [4]float64
	fillers [4]float64 // chance of a filler word per sentence
	skill   float64    // 0 = a rep who pitches and interrupts, 1 = a good discovery rep
	cold    bool
	co      string // seller company
	buyer   string
	target  int64 // ms: the body of the call runs until about here
	t       int64 // ms: the end of the latest word so far

	colleagues [3]string
	recent     [][]int // per bank, the templates used last, to avoid repeats
	stories    int     // customer stories told so far
	heard      bool    // the customer has answered a question
	fluent     bool    // no fillers: greetings and goodbyes
}

func (g *gen) pick(ss []string) string { return ss[g.r.IntN(len(ss))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// between returns a uniform random integer in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) setup() {
	r := g.r
	g.ind = &industries[r.IntN(len(industries))]
	g.c.Industry = g.ind.kind
	g.co = g.pick(g.ind.sellers)
	g.buyer = g.pick(g.ind.buyers)
	// Skill is spread over the whole range, a little more often middling.
	g.skill = (r.Float64() + r.Float64() + r.Float64()) / 3
	if r.IntN(4) == 0 {
		g.skill = r.Float64()
	}
	g.cold = r.IntN(5) == 0

	// Length: mostly 15-35 minutes, sometimes shorter or longer.
	var min float64
	switch p := r.Float64(); {
	case p < 0.15:
		min = lin(5, 10, r.Float64())
	case p < 0.85:
		min = lin(15, 20, r.Float64())
	default:
		min = lin(35, 19, r.Float64())
	}
	if g.cold && min > 25 {
		min = lin(5, 20, r.Float64())
	}
	g.target = int64(min * 60000)

	// People: distinct first names across the call.
	used := map[string]bool{}
	person := func() (string, string) {
		for {
			f := g.pick(firstNames)
			if !used[f] {
				used[f] = true
				return f, f + " " + g.pick(lastNames)
			}
		}
	}
	hasSE := !g.cold && r.IntN(4) == 0
	hasCust2 := !g.cold && r.IntN(3) == 0
	style := r.IntN(20) // 0-9 full names, 10-16 first names, 17-19 role labels
	labels := [][4]string{
		{"Rep", "SE", "Customer", "Customer 2"},
		{"AE", "SE", "Prospect", "Prospect 2"},
		{"Agent", "Sales Engineer", "Caller", "Caller 2"},
	}[r.IntN(3)]
	if hasCust2 && style >= 17 {
		labels[cust1] = strings.TrimSuffix(labels[cust2], "2") + "1"
	}
	g.who = [4]int{-1, -1, -1, -1}
	add := func(role int, seller bool) {
		first, full := person()
		name := full
		switch {
		case style >= 17:
			name = labels[role]
		case style >= 10:
			name = first
		}
		g.who[role] = len(g.c.Speakers)
		g.c.Speakers = append(g.c.Speakers, Speaker{Name: name, First: first, Seller: seller})
		g.rates[role] = lin(0.88, 0.25, r.Float64())
		g.fillers[role] = lin(0.03, 0.12, r.Float64())
	}
	add(rep, true)
	if hasSE {
		add(se, true)
	}
	add(cust1, false)
	if hasCust2 {
		add(cust2, false)
	}
	g.fillers[rep] = lin(g.fillers[rep], 0.08, 1-g.skill)
	for i := range g.colleagues {
		g.colleagues[i], _ = person()
	}
	g.t = int64(300 + r.IntN(1500))
}

// renumber orders speakers by first appearance, as transcripts number them.
func (g *gen) renumber() {
	order := make([]int, 0, len(g.c.Speakers))
	seen := make([]int, len(g.c.Speakers))
	for i := range seen {
		seen[i] = -1
	}
	for _, t := range g.c.Turns {
		if seen[t.Speaker] < 0 {
			seen[t.Speaker] = len(order)
			order = append(order, t.Speaker)
		}
	}
	sp := make([]Speaker, 0, len(order))
	for _, old := range order {
		sp = append(sp, g.c.Speakers[old])
	}
	for i := range g.c.Turns {
		g.c.Turns[i].Speaker = seen[g.c.Turns[i].Speaker]
	}
	g.c.Speakers = sp
}

// fill expands a template with this call's people and industry.
func (g *gen) fill(t template) string {
	var b strings.Builder
	for _, p := range t.parts {
		switch {
		case p.alts != nil:
			b.WriteString(p.alts[g.r.IntN(len(p.alts))])
		case p.slot != slotNone:
			b.WriteString(g.slot(p.slot))
		default:
			b.WriteString(p.lit)
		}
	}
	s := b.String()
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func (g *gen) first(role int) string {
	if g.who[role] < 0 {
		return g.c.Speakers[g.who[rep]].First
	}
	return g.c.Speakers[g.who[role]].First
}

func (g *gen) slot(s slot) string {
	ind := g.ind
	switch s {
	case slotCust:
		return g.first(cust1)
	case slotSeller:
		return g.first(rep)
	case slotSellerFull:
		sp := g.c.Speakers[g.who[rep]]
		if strings.HasPrefix(sp.Name, sp.First+" ") {
			return sp.Name
		}
		return sp.First
	case slotSE:
		return g.first(se)
	case slotCo:
		return g.co
	case slotBuyer:
		return g.buyer
	case slotKind:
		return ind.kind
	case slotRole:
		return g.pick(ind.roles)
	case slotTeam:
		return g.pick(ind.teams)
	case slotTool:
		return g.pick(ind.tools)
	case slotPain:
		return g.pick(ind.pains)
	case slotEvent:
		return g.pick(ind.events)
	case slotMetric:
		return g.pick(ind.metrics)
	case slotUnit:
		return g.pick(ind.units)
	case slotFeature:
		return g.pick(ind.features)
	case slotBenefit:
		return g.pick(ind.benefits)
	case slotInteg:
		return g.pick(ind.integrations)
	case slotColleague:
		return g.colleagues[g.r.IntN(len(g.colleagues))]
	case slotSmall:
		return g.pick(smallNums)
	case slotCount:
		return g.pick(countNums)
	case slotPct:
		return g.pick(percents)
	case slotMoney:
		return g.pick(moneys)
	case slotPeriod:
		return g.pick(periods)
	case slotDay:
		return g.pick(weekdays)
	case slotTime:
		return g.pick(clockTimes)
	case slotOrd:
		return g.pick(ordinals)
	case slotMonth:
		return g.pick(months)
	case slotMeeting:
		return g.pick(meetings)
	case slotDoc:
		return g.pick(documents)
	case slotPeer:
		return g.pick(peers)
	}
	return ""
}

// s returns a sentence from bank b.
func (g *gen) s(b *bank) string {
	s, _ := g.sTag(b)
	return s
}

// sTag returns a sentence from bank b and its template's tag.
func (g *gen) sTag(b *bank) (string, string) {
	i := g.index(b)
	return g.fill(b.ts[i]), b.ts[i].tag
}

// pair returns a sentence from bank q and its counterpart in bank a: a
// question and its answer.
func (g *gen) pair(q, a *bank) (string, string) {
	i := g.index(q)
	return g.fill(q.ts[i]), g.fill(a.ts[i])
}

// index picks a template of bank b, avoiding the ones the call used
// lately, so that text does not repeat itself.
func (g *gen) index(b *bank) int {
	recent := g.recent[b.id]
	// Pick uniformly among the templates not used lately.
	k := g.r.IntN(len(b.ts) - len(recent))
	i := 0
	for ; ; i++ {
		if slices.Contains(recent, i) {
			continue
		}
		if k == 0 {
			break
		}
		k--
	}
	if window := len(b.ts) * 3 / 4; window > 0 {
		if len(recent) >= window {
			recent = append(recent[:0], recent[len(recent)-window+1:]...)
		}
		g.recent[b.id] = append(recent, i)
	}
	return i
}

// turnOpts say how a turn meets the one before it.
type turnOpts struct {
	interrupt bool // starts while the previous speaker is still talking
	quick     bool // a backchannel: a short gap, now and then a small overlap
	gapMs     int  // an explicit gap, when > 0
}

// say adds a turn by role, made of the given sentences. It disfluences them
// a little, times every word, and advances the clock.
func (g *gen) say(role int, o turnOpts, sentences ...string) {
	spk := g.who[role]
	if spk < 0 {
		spk, role = g.who[rep], rep
	}
	if n := len(g.c.Turns); n > 0 && g.c.Turns[n-1].Speaker == spk {
		// The same voice again: a pause, then more of the same turn.
		g.extend(role, sentences)
		return
	}
	words := g.words(role, sentences)
	if len(words) == 0 {
		return
	}
	start := g.t + int64(g.gap(role, o))
	if n := len(g.c.Turns); n > 0 && (o.interrupt || (o.quick && g.chance(0.12))) {
		prev := &g.c.Turns[n-1]
		last := &prev.Words[len(prev.Words)-1]
		overlap := int64(g.between(120, 350))
		if o.interrupt {
			overlap = int64(g.between(500, 1200))
			// Someone cut off mid-word draws it out: the last word lasts
			// until after the interruption starts.
			if last.End-overlap < last.Start+60 {
				last.End = last.Start + overlap + int64(g.between(150, 300))
				g.t = max(g.t, last.End)
			}
		} else {
			overlap = min(overlap, last.End-last.Start-60)
		}
		start = max(prev.End()-overlap, last.Start+60)
	}
	g.time(role, words, start)
	g.c.Turns = append(g.c.Turns, Turn{Speaker: spk, Words: words})
	g.t = max(g.t, words[len(words)-1].End)
}

// extend adds sentences to the last turn after a short pause.
func (g *gen) extend(role int, sentences []string) {
	turn := &g.c.Turns[len(g.c.Turns)-1]
	words := g.words(role, sentences)
	if len(words) == 0 {
		return
	}
	g.time(role, words, g.t+int64(g.between(400, 1200)))
	turn.Words = append(turn.Words, words...)
	g.t = max(g.t, turn.End())
}

// gap is the silence before a turn, in ms: a good rep lets the customer
// finish and thinks; a pushy one jumps in.
func (g *gen) gap(role int, o turnOpts) int {
	switch {
	case o.gapMs > 0:
		return o.gapMs
	case o.quick:
		return g.between(100, 500)
	case role == rep || role == se:
		lo := 200 + int(600*g.skill)
		return g.between(lo, lo+400+int(800*g.skill))
	}
	return g.between(300, 1200)
}

// cutOff marks the last turn as cut off: its last sentence stops
// mid-phrase, after a little word ("and", "the", "to") where it has one.
func (g *gen) cutOff() {
	turn := &g.c.Turns[len(g.c.Turns)-1]
	ws := turn.Words
	// Find where the last sentence starts.
	s := len(ws) - 1
	for s > 0 && !endsSentence(ws[s-1].Text) {
		s--
	}
	lo, hi := s+1, len(ws)-2 // keep at least two words, drop at least one
	if hi < lo {
		lo, hi = len(ws)-1, len(ws)-1
	}
	// Stop after a function word if the sentence has one in range.
	var at []int
	for j := lo; j <= hi; j++ {
		if isFunctionWord(ws[j].Text) {
			at = append(at, j)
		}
	}
	var keep int
	if len(at) > 0 {
		keep = at[g.r.IntN(len(at))] + 1
	} else {
		keep = lo + 1 + g.r.IntN(hi-lo+1)
	}
	ws = ws[:keep]
	last := &ws[len(ws)-1]
	last.Text = strings.TrimRight(last.Text, ",.?!")
	if len(at) == 0 {
		// Cut off just after starting a phrase: "... and the".
		ws = append(ws, Word{Text: g.pick(cutWords), Start: last.End + int64(g.between(20, 60))})
		ws[len(ws)-1].End = ws[len(ws)-1].Start + int64(g.between(150, 250))
		last = &ws[len(ws)-1]
	}
	if g.c.Punctuated {
		switch g.r.IntN(20) {
		case 0, 1:
			last.Text += "—"
		case 2:
			last.Text += "..."
		default:
			last.Text += " --"
		}
	}
	turn.Words = ws
	turn.CutOff = true
	g.t = last.End
	for _, t := range g.c.Turns[:len(g.c.Turns)-1] {
		g.t = max(g.t, t.End())
	}
}

// isFunctionWord reports whether a speaker can plausibly be cut off right
// after w: an article, a preposition, a conjunction or a pronoun.
func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "and", "to", "of", "in", "for", "with", "our", "we", "that", "if", "on", "but", "because", "my", "your", "it's", "is", "so", "at":
		return true
	}
	return false
}

func endsSentence(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

// words turns sentences into words, with some fillers and, in the
// unpunctuated variant, stripped to lower-case bare words.
func (g *gen) words(role int, sentences []string) []Word {
	var out []Word
	for _, s := range sentences {
		fields := strings.Fields(s)
		if len(fields) == 0 {
			continue
		}
		if !g.fluent && len(fields) > 3 && g.chance(g.fillers[role]) {
			fields = g.disfluent(fields)
		}
		for _, f := range fields {
			if !g.c.Punctuated {
				out = appendBare(out, f)
				continue
			}
			out = append(out, Word{Text: f})
		}
	}
	return out
}

// disfluent adds a filler to a sentence: "So, we...", "patched it, um,
// with", or a false start on a little word, "we, we".
func (g *gen) disfluent(fields []string) []string {
	switch g.r.IntN(5) {
	case 0, 1:
		first := fields[0]
		switch strings.TrimRight(first, ",") {
		case "Hi", "Hey", "Hello", "Good", "Thanks", "Bye", "So", "Honestly", "Well", "Yeah", "Okay", "Right":
			return fields
		}
		fields[0] = lowerFirst(first)
		return append(strings.Fields(g.pick(startFillers)), fields...)
	case 2:
		from := g.r.IntN(len(fields) - 1)
		for at := from; at < len(fields)-1; at++ {
			switch w := fields[at]; strings.ToLower(w) {
			case "i", "we", "it's", "the", "that", "and", "so", "they", "you", "our", "it", "we're", "i'm":
				fields[at] = lowerFirst(w)
				return slices.Insert(fields, at, w+",")
			}
		}
		return fields
	}
	// A filler before a little word, where people hesitate: "it, um, with".
	if len(fields) < 6 {
		return fields
	}
	var at []int
	for i := 2; i < len(fields)-1; i++ {
		if isFunctionWord(fields[i]) && !strings.ContainsAny(fields[i-1], ".?!") {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return fields
	}
	i := at[g.r.IntN(len(at))]
	if !strings.HasSuffix(fields[i-1], ",") {
		fields[i-1] += ","
	}
	return slices.Insert(fields, i, strings.Fields(g.pick(midFillers)+",")...)
}

// lowerFirst lower-cases a capitalized word that is not a name or "I".
func lowerFirst(w string) string {
	if len(w) > 1 && isUpper(w[0]) && isLower(w[1]) && !isName(w) {
		return string(w[0]-'A'+'a') + w[1:]
	}
	return w
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// isName reports whether a capitalized word should stay capitalized after a
// filler is put before it.
func isName(w string) bool {
	w = strings.TrimRight(w, ",.?!")
	if w == "I" || strings.HasPrefix(w, "I'") {
		return true
	}
	for _, n := range firstNames {
		if n == w {
			return true
		}
	}
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "PO", "IT", "HR", "AP", "CFO", "CEO", "US", "ROI", "SOC":
		return true
	}
	return false
}

// appendBare appends the word as an ASR engine without punctuation writes
// it: lower case, letters, digits and apostrophes only; a hyphen splits.
func appendBare(out []Word, f string) []Word {
	var b []byte
	flush := func() {
		if len(b) > 0 {
			out = append(out, Word{Text: string(b)})
			b = b[:0]
		}
	}
	for i := 0; i < len(f); {
		c := f[i]
		switch {
		case isLower(c) || '0' <= c && c <= '9' || c == '\'':
			b = append(b, c)
		case isUpper(c):
			b = append(b, c-'A'+'a')
		case c == '-':
			flush()
		case c >= utf8.RuneSelf:
			_, size := utf8.DecodeRuneInString(f[i:])
			flush()
			i += size
			continue
		}
		i++
	}
	flush()
	return out
}

// time gives the words times from start on, at the role's speaking rate:
// about 150 words a minute with pauses at commas and sentence ends.
func (g *gen) time(role int, ws []Word, start int64) {
	t := start
	rate := g.rates[role]
	for i := range ws {
		w := &ws[i]
		letters := 0
		for j := 0; j < len(w.Text); j++ {
			if c := w.Text[j]; isLower(c) || isUpper(c) || '0' <= c && c <= '9' {
				letters++
			}
		}
		d := float64(140+45*letters) * rate * lin(0.85, 0.3, g.r.Float64())
		d = min(500, max(150, d))
		w.Start, w.End = t, t+int64(d)
		t = w.End
		switch w.Text[len(w.Text)-1] {
		case ',', ';', ':':
			t += int64(g.between(80, 220))
		case '.', '?', '!':
			t += int64(g.between(250, 550))
		default:
			t += int64(g.r.IntN(40))
		}
	}
}

// The parts of a call.

func (g *gen) opening() {
	if g.cold {
		g.coldOpening()
		return
	}
	sents := []string{g.s(bMeetingIntros)}
	if g.who[se] >= 0 {
		sents = append(sents, g.s(bSEIntros))
	}
	g.say(rep, turnOpts{}, sents...)
	if g.who[se] >= 0 {
		g.say(se, turnOpts{}, g.s(bSEHellos))
	}
	g.say(cust1, turnOpts{}, g.s(bCustomerHellos))
	if g.who[cust2] >= 0 {
		g.say(cust2, turnOpts{quick: true}, g.s(bSecondHellos))
	}
	if g.chance(0.3) {
		q, a := g.pair(bSmallTalk, bSmallTalkReplies)
		g.say(rep, turnOpts{}, q)
		g.say(cust1, turnOpts{}, a)
	}
	switch {
	case g.chance(0.35 * (1 - g.skill)):
		g.say(rep, turnOpts{}, "How are you today?")
		g.say(cust1, turnOpts{}, g.s(bHowAreYouReply))
		g.pitch()
	case g.chance(lin(0.3, 0.6, g.skill)):
		g.say(rep, turnOpts{}, g.s(bGoodOpeners))
		g.say(cust1, turnOpts{}, g.s(bMeetingReplies))
	}
}

func (g *gen) coldOpening() {
	if g.chance(0.6) {
		g.say(cust1, turnOpts{}, g.s(bPhoneAnswers))
	}
	sents := []string{g.s(bColdIntros)}
	pushy := g.chance(lin(0.15, 0.8, 1-g.skill))
	if pushy {
		sents = append(sents, g.s(bInterruptiveOpeners))
	}
	g.say(rep, turnOpts{}, sents...)
	g.say(cust1, turnOpts{}, g.s(bColdReplies))
	if pushy {
		sents = []string{g.s(bReasonForCall)}
		if g.chance(0.6) {
			for range g.between(3, 10) {
				sents = append(sents, g.s(bPitchSentences))
			}
		}
		g.say(rep, turnOpts{}, sents...)
		g.react()
		return
	}
	q, tag := g.sTag(bOpenQuestions)
	g.say(rep, turnOpts{}, g.s(bColdBriefOpener), g.s(bColdValue), q)
	g.answer(true, tag)
}

// body adds one exchange.
func (g *gen) body() {
	w := [...]float64{
		lin(3, 4, g.skill),   // the rep asks
		lin(1, 4, 1-g.skill), // the rep pitches
		1,                    // the customer asks
		0,                    // the sales engineer explains
		0,                    // the second customer chimes in
		0,                    // the rep plays back what they heard
	}
	if g.who[se] >= 0 && g.heard {
		w[3] = 1
	}
	if g.who[cust2] >= 0 && g.heard {
		w[4] = 0.8
	}
	if g.stories > 0 {
		w[5] = float64(0.4 * g.skill)
	}
	var sum float64
	for _, x := range w {
		sum += x
	}
	x := float64(g.r.Float64() * sum)
	a := 0
	for a < len(w)-1 && x >= w[a] {
		x -= w[a]
		a++
	}
	switch a {
	case 0:
		g.ask()
	case 1:
		g.pitch()
	case 2:
		g.customerAsks()
	case 3:
		g.seExplains()
	case 4:
		g.say(cust2, turnOpts{}, g.s(bSecondCustomer), g.s(bStorySentences))
		g.react()
	case 5:
		g.say(rep, turnOpts{}, g.s(bPlaybacks), g.s(bPlaybackChecks))
		g.say(cust1, turnOpts{}, g.s(bAgreeAnswers), g.s(bStorySentences))
	}
}

// ask: the rep asks a question and the customer answers.
func (g *gen) ask() {
	var sents []string
	if g.heard && g.chance(0.4) {
		sents = append(sents, g.s(bAcks))
	}
	open := g.chance(lin(0.2, 0.7, g.skill))
	var q, tag string
	switch {
	case open:
		q, tag = g.sTag(bOpenQuestions)
	case g.chance(0.25):
		q, tag = g.sTag(bTagQuestions)
		tag = "agree"
	default:
		if g.chance(0.5 * (1 - g.skill)) {
			sents = append(sents, g.s(bPitchSentences))
		}
		q, tag = g.sTag(bClosedQuestions)
		if tag == "" {
			tag = "yesno"
		}
	}
	g.say(rep, turnOpts{}, append(sents, q)...)
	g.answer(open, tag)
}

// answer: the customer replies, at length after an open question, and a
// pushy rep may cut them off.
func (g *gen) answer(open bool, tag string) {
	role := cust1
	if g.who[cust2] >= 0 && g.chance(0.3) {
		role = cust2
	}
	g.heard = true
	story := open && (tag == "" || tag == "describe") && g.chance(lin(0.3, 0.35, g.skill))
	var sents []string
	if story {
		g.stories++
		sents = append(sents, g.s(bStoryOpeners))
		for range g.between(4, 11) {
			sents = append(sents, g.s(bStorySentences))
		}
	} else {
		sents = append(sents, g.s(answersFor(tag)))
		if g.chance(0.5) {
			sents = append(sents, g.s(bStorySentences))
		}
	}
	if story && len(sents) > 6 && g.chance(0.3) {
		// A backchannel in the middle of a story.
		half := len(sents) / 2
		g.say(role, turnOpts{}, sents[:half]...)
		g.say(rep, turnOpts{quick: true}, g.s(bBackchannels))
		sents = sents[half:]
	}
	g.say(role, turnOpts{}, sents...)
	if len(sents) > 1 && g.chance(0.35*(1-g.skill)*(1-g.skill)) {
		g.cutOff()
		g.say(rep, turnOpts{interrupt: true}, g.s(bAcks), g.s(bPitchSentences), g.s(bPitchSentences))
		g.react()
		return
	}
	if story {
		switch {
		case g.chance(g.skill):
			g.say(rep, turnOpts{}, g.s(bAcks), g.s(bFollowUps))
			g.say(role, turnOpts{}, g.s(bStorySentences), g.s(bStorySentences), g.s(bStorySentences))
		case g.chance(0.5):
			g.say(rep, turnOpts{quick: true}, g.s(bBackchannels))
		}
	}
}

// pitch: the rep talks about the product; a weak rep at length.
func (g *gen) pitch() {
	var sents []string
	if g.chance(0.6 * (1 - g.skill)) {
		for range g.between(10, 20) {
			sents = append(sents, g.s(bPitchSentences))
		}
	} else {
		if g.chance(g.skill) {
			sents = append(sents, g.s(bTiedPitch))
		}
		for range g.between(1, 4) {
			sents = append(sents, g.s(bPitchSentences))
		}
	}
	if g.chance(0.5 * (1 - g.skill)) {
		sents = append(sents, g.s(bPitchChecks))
	}
	g.say(rep, turnOpts{}, sents...)
	if len(sents) > 8 && g.chance(0.15) {
		// The customer has had enough and cuts in.
		g.cutOff()
		q, a := g.pair(bCustomerQuestions, bSellerAnswers)
		g.say(cust1, turnOpts{interrupt: true}, g.s(bCutInQuestions), q)
		g.say(rep, turnOpts{}, a)
		return
	}
	g.react()
}

// react: a customer reacts briefly.
func (g *gen) react() {
	role := cust1
	if g.who[cust2] >= 0 && g.chance(0.3) {
		role = cust2
	}
	if g.chance(0.6) {
		g.say(role, turnOpts{quick: true}, g.s(bBackchannels))
	} else {
		g.say(role, turnOpts{}, g.s(bAgreeAnswers))
	}
}

// customerAsks: the customer asks, the rep (or the SE) answers.
func (g *gen) customerAsks() {
	q, a := g.pair(bCustomerQuestions, bSellerAnswers)
	g.say(cust1, turnOpts{}, q)
	who := rep
	if g.who[se] >= 0 && g.chance(0.5) {
		who = se
	}
	sents := []string{a}
	n := g.between(0, 2)
	if who == rep && g.chance(1-g.skill) {
		n += g.between(2, 6)
	}
	for range n {
		if who == se {
			sents = append(sents, g.s(bSESentences))
		} else {
			sents = append(sents, g.s(bPitchSentences))
		}
	}
	g.say(who, turnOpts{}, sents...)
	g.react()
}

// seExplains: the sales engineer asks a technical question and explains.
func (g *gen) seExplains() {
	q, tag := g.sTag(bSEQuestions)
	g.say(se, turnOpts{}, q)
	g.say(cust1, turnOpts{}, g.s(answersFor(tag)), g.s(bStorySentences))
	sents := []string{g.s(bAcks)}
	for range g.between(2, 4) {
		sents = append(sents, g.s(bSESentences))
	}
	g.say(se, turnOpts{}, sents...)
	g.react()
}

func (g *gen) closing() {
	if g.chance(lin(0.15, 0.8, g.skill)) {
		g.say(rep, turnOpts{}, g.s(bClosingLeadIns), g.s(bNextStepProposals))
		acc := g.s(bNextStepAccepts)
		g.say(cust1, turnOpts{}, acc)
		if strings.Contains(acc, "hour later") {
			g.say(rep, turnOpts{}, "Sure, an hour later works.")
			g.say(cust1, turnOpts{quick: true}, "Great.")
		}
		g.say(rep, turnOpts{}, g.s(bNextStepConfirms))
	} else {
		if g.chance(0.6) {
			g.say(rep, turnOpts{}, g.s(bLastAsks))
			g.say(cust1, turnOpts{}, g.s(bCustomerBrushOffs))
		}
		g.say(rep, turnOpts{}, g.s(bVagueClosings))
	}
	g.fluent = true
	g.say(cust1, turnOpts{}, g.s(bGoodbyes))
	if g.chance(0.5) {
		g.say(rep, turnOpts{quick: true}, g.s(bSellerGoodbyes))
	}
}

// lin is a + b*x, rounded after the product so that no platform fuses it
// into one multiply-add: the output must be the same bytes everywhere.
func lin(a, b, x float64) float64 { return a + float64(b*x) }

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
