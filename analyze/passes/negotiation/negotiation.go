// Package negotiation scores the negotiation backbone: whether the seller
// states value before price, gives concessions (unprompted ones worst), and
// holds firm when the customer pushes back on price.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package negotiation

import (
	"fmt"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/passes/internal/lex"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Analyzer finds price talk, price objections, concessions and the seller
// holding firm.
var Analyzer = &analyze.Analyzer{
	Name: "negotiation",
	Doc: `Negotiation: value before price, concessions, and holding firm on a price objection.

Every sentence is read in its words (ASR spellings such as "dont" and "ill"
written out, fillers and restarts dropped). A sentence is tagged "price"
(any speaker) when it is about what the deal costs or how it is paid for: a
phrase of price_terms (price, fee, budget, discount, quote, billing,
"set aside", "per seat", "the rate"...), a figure of money (a currency sign
or unit, "forty thousand", "30k", "eighteen a seat", "net-30", a bare figure
bargained over: "go above forty", "came in at thirty-one"), or a price
objection or concession. Phrases of not_price are skipped first ("feel
free", "error budget", "cost per delivery", "the quote builder"); a
sentence with a phrase of own_money is about the customer's own business
(their costs, losses, their customers' prices) and is not price; nor is the
seller asking what a problem "costs you".

"price-objection" (customer): a phrase of price_requests (a better price
asked for or a better offer cited: "any wiggle room", "can you do better",
"quoted us", "closer to twenty"), a discount asked for, "take ... off" an
amount, or a phrase of price_objections ("more than we budgeted", "steep",
"a lot") in a price sentence or after "that's"/"it's" pointing at one ("That's
a lot."), an incredulous question that opens with a figure, a "why" about a
price, or "can you/could we get, do, knock, waive..." in a price sentence.
Not negated in its clause. "No budget" before any figure was named is a
brush-off, not an objection.

"concession" (seller): a phrase of concession_cues (percent off, waive, throw
in, free months, freeze the rate, net-60, a promotion, "let me ask my manager"),
"take ... off" an amount, a fee dropped (drop, cut, reduce, remove before a money
word: "we'll drop the onboarding charge"), a giveaway set off by commas ("a new
terminal, free, that..."), or, in a price context (a price sentence or the
reply to an objection), a phrase of soft_concessions or a figure after "I'll
do", "I can do", "let's say" ("let's say nineteen"). Not when a negator comes
before it in its clause ("I can't go lower, but I'll add training for free"
gives: the giveaway is in its own clause), when retold (gave, offered, "used to") or
someone else's (competitors, they), nor when the sentence asks something in
return: an "if you..." or "should you..." clause with a phrase of trade_terms
(years, prepay, a reference, more sites), or less scope ("take something
out"). A deadline is not a trade.

"held-firm" (seller): in the seller's next turn after a customer turn with a
price objection (backchannel turns between them passed over), when that turn has no concession, a sentence that asks (a
question, or "help me understand", "tell me"), trades, or states value: a
phrase of value_terms ("covers", "includes", "compared with") or a you-word.
Bare acknowledgements (price_acknowledgements) and flat refusals
(flat_refusals: "that's just what it costs", "we never lose a deal on price")
are not.

concessions counts the seller's concession sentences; unprompted_concessions
those before the call's first price objection. held_firm_share is the
share of price objections (with a seller reply) answered by held-firm and no
concession. value_before_price is 1 when a seller sentence with a phrase of
value_claims (save, cut, prevent, "hours a week") and a you-word or a figure
comes before the seller first names a figure of money; 0 when the figure
comes first. Each concession, held-firm reply and
figure named before value is a finding. All n/a when no seller is identified
or with one speaker; concessions, unprompted_concessions and
value_before_price when no price is discussed (no figure, for
value_before_price); held_firm_share when there is no price objection.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "concessions",
		Column: "Concessions",
		Title:  "Concessions",
		Unit:   analyze.UnitCount,
		Doc:    "the seller's concessions on price or terms",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 1},
			Why: `"companies that neglect the last mile lose multiple points of profit on every deal": each concession given without something back is margin; one is fair, more is a pattern (a lastmile default)`},
	}, {
		Name:  "unprompted_concessions",
		Title: "Unprompted concessions",
		Unit:  analyze.UnitCount,
		Doc:   "concessions before the customer objected to the price",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 0},
			Why: `a concession nobody asked for tells the customer the price is soft before they push: the worst kind (a lastmile default)`},
	}, {
		Name:  "value_before_price",
		Title: "Value before price",
		Unit:  analyze.UnitGrade,
		Doc:   "1 when the seller stated a concrete value for the customer before the first price figure",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 1, Max: 1}, Fair: analyze.Range{Min: 1, Max: 1},
			Why: `the last mile is "speaking to your customer about price": a price heard before the value it buys is judged on its size alone (a lastmile default)`},
	}, {
		Name:  "held_firm_share",
		Title: "Held firm",
		Unit:  analyze.UnitPercent,
		Doc:   "the share of price objections answered with value, a question or a trade, without a concession",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: 75, Max: 100}, Fair: analyze.Range{Min: 50, Max: 100},
			Why: `"the negotiation backbone they need to hold firm and stay confident in their price": most objections should meet value, a question or a trade (thresholds a lastmile default)`},
	}},
	Phrases: lists,
	Tags: []*analyze.TagDef{
		{Name: "price", Title: "price", Tone: analyze.ToneNeutral, Doc: "Talks about the deal's price, cost, budget, fees, discounts or terms"},
		{Name: "price-objection", Title: "price objection", Tone: analyze.ToneNeutral, Doc: "The customer pushes back on price"},
		{Name: "concession", Title: "concession", Tone: analyze.ToneWarn, Doc: "The seller gives on price or terms without getting anything back"},
		{Name: "held-firm", Title: "held firm", Tone: analyze.ToneGood, Doc: "The seller answers a price objection with value, a question or a trade"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "concession", Title: "Concession", Tone: analyze.ToneWarn, Doc: "The seller gives on price or terms",
			Mark: &analyze.Mark{Shape: analyze.ShapeFlag, Legend: "Concession", Seller: true}},
		{Name: "held-firm", Title: "Held firm", Tone: analyze.ToneGood, Doc: "The seller holds the price after an objection"},
		{Name: "price-before-value", Title: "Price before value", Tone: analyze.ToneWarn, Doc: "A price figure named before any value for the customer"},
	},
	Run: run,
}

// sent is one sentence, read.
type sent struct {
	ref      transcript.Ref
	s        *transcript.Sentence
	words    []string
	commas   []bool
	seller   bool
	customer bool
	question bool
	price    bool
	r        reading
	// gives and trades are the seller's concession and trade.
	gives, trades bool
}

func run(pass *analyze.Pass) error {
	t := pass.Transcript
	d := newDetector(pass)
	var (
		anyPrice, onTable, objected bool
		concessions, unprompted     int
		objections, held            int
		firstFigure                 *sent
		valueSeen                   bool
		prevObjection               bool   // the turn before was the customer's, with a price objection
		sellerPrice                 = true // the seller's last turn was about price, or there was none
		// ss are the turn's sentences the rules read, reused turn to turn:
		// a sentence without the filter's bits for its speaker is no
		// price, objection, concession, trade or value claim, and is read
		// only in a reply to an objection (which may hold firm).
		ss []sent
	)
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		seller, customer := turn.Role == transcript.RoleRep, turn.Role == transcript.RoleCustomer
		ss = ss[:0]
		turnObjection := false
		// A backchannel turn between the objection and the reply ("Mm."),
		// from either side, is passed over.
		backchannel := prevObjection && turns.IsBackchannelTurn(pass.Rubric, turn)
		reply := prevObjection && len(turn.Sentences) > 0 && seller && !backchannel
		for si := range turn.Sentences {
			s := &turn.Sentences[si]
			mask := d.filter.mask(s.Words, s.Text)
			need := uint32(bitsOther)
			switch {
			case customer:
				need = bitsCustomer
			case seller && firstFigure == nil:
				need = bitsSeller | bitClaims
			case seller:
				need = bitsSeller
			}
			if mask&need == 0 && !reply {
				// Not price, an objection, a concession, a trade or a
				// value claim: nothing to keep.
				continue
			}
			d.mask = mask
			ss = append(ss, sent{ref: transcript.Ref{Turn: ti, Sentence: si}, s: s, seller: seller, customer: customer})
			x := &ss[len(ss)-1]
			w, c, caps := lex.WordsCaps(s)
			x.words, x.commas = w, c
			x.question = lex.IsQuestion(s, w)
			x.r = d.read(w, c, caps, s.Text, x.seller)
			x.price = x.r.price
			switch {
			case x.customer:
				if d.objection(x.r, x.commas, x.question, onTable, sellerPrice) {
					x.price = true
					turnObjection = true
					objected = true
					pass.Tag(x.ref, "price-objection")
				}
			case x.seller:
				x.gives, x.trades = d.concession(x.words, x.commas, x.price, reply)
				if x.gives {
					x.price = true
				}
			}
			x.r.m = nil // its words are the detector's scratch, reused for the next sentence
			if x.seller && x.r.fig && firstFigure == nil {
				f := *x
				firstFigure = &f
			}
			if x.seller && firstFigure == nil && d.valueClaim(x.words) {
				valueSeen = true
			}
			if x.price {
				anyPrice = true
				onTable = onTable || x.r.fig
				pass.Tag(x.ref, "price")
			}
		}
		if seller {
			gave := false
			for k := range ss {
				x := &ss[k]
				if !x.gives {
					continue
				}
				gave = true
				concessions++
				msg := "concession after a price objection"
				if !objected {
					unprompted++
					msg = "unprompted concession: no price objection before it"
				}
				pass.Tag(x.ref, "concession")
				pass.ReportAt(x.ref, "concession", msg)
			}
			if reply {
				objections++
				firm := -1 // the reply's first held-firm sentence
				for k := range ss {
					x := &ss[k]
					if gave || !(x.trades || d.holds(x)) {
						continue
					}
					if firm < 0 {
						firm = k
					}
					pass.Tag(x.ref, "held-firm")
				}
				if firm >= 0 {
					held++
					pass.ReportAt(ss[firm].ref, "held-firm", "held firm after a price objection")
				}
			}
		}
		if len(turn.Sentences) > 0 && !backchannel {
			prevObjection = customer && turnObjection
			if seller {
				sellerPrice = false
				for k := range ss {
					sellerPrice = sellerPrice || ss[k].price
				}
			}
		}
	}
	if reason := turns.NoSeller(t); reason != "" {
		// The tags stand (a sentence is price whoever hears it); the
		// metrics are about a seller's conduct.
		for _, m := range pass.Analyzer.Metrics {
			pass.NotApplicable(m.Name, reason)
		}
		return nil
	}
	if !anyPrice {
		for _, name := range []string{"concessions", "unprompted_concessions", "value_before_price"} {
			pass.NotApplicable(name, "no price discussed")
		}
	} else {
		pass.Value("concessions", float64(concessions), fmt.Sprintf("%d concession(s), %d unprompted", concessions, unprompted))
		pass.Value("unprompted_concessions", float64(unprompted), fmt.Sprintf("%d before any price objection", unprompted))
		switch {
		case firstFigure == nil:
			pass.NotApplicable("value_before_price", "no price figure named")
		case valueSeen:
			pass.Value("value_before_price", 1, fmt.Sprintf("value stated before the first figure (line %d)", firstFigure.s.Line))
		default:
			pass.Value("value_before_price", 0, fmt.Sprintf("first figure on line %d before any value", firstFigure.s.Line))
			pass.ReportAt(firstFigure.ref, "price-before-value", "a price figure named before any value for the customer")
		}
	}
	if objections == 0 {
		pass.NotApplicable("held_firm_share", "no price objection")
	} else {
		pass.Value("held_firm_share", 100*float64(held)/float64(objections), fmt.Sprintf("held firm on %d of %d objections", held, objections))
	}
	return nil
}

// holds reports whether a sentence of a reply to a price objection asks,
// or states value.
func (d *detector) holds(x *sent) bool {
	if len(x.words) == 0 || d.acks.Covers(x.words) {
		return false
	}
	if _, ok := d.flats.Find(x.words); ok {
		return false
	}
	if x.question || asksToElaborate(x.words) {
		return true
	}
	if _, ok := d.values.Find(x.words); ok {
		return true
	}
	return youWord(x.words)
}

// valueClaim reports whether a seller sentence states a concrete value for
// the customer: a phrase of value_claims with a you-word or a figure.
func (d *detector) valueClaim(words []string) bool {
	if _, ok := d.find(bitClaims, d.claims, words); !ok {
		return false
	}
	if youWord(words) {
		return true
	}
	for _, w := range words {
		if isNumber(w) {
			return true
		}
	}
	return false
}
