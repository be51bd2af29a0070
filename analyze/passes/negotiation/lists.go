package negotiation

import "github.com/lastmile/lastmile/analyze/phrase"

var lists = []*phrase.List{{
	Name: "price_terms",
	Doc: `Words and phrases that put the deal's money in a sentence: its price,
cost, fees, budget, discounts, quotes, invoices, rates and payment terms.
Figures are recognised besides: a currency sign or unit ("$38", "twelve
grand"), a magnitude ("forty thousand", "30k"), a per-unit figure ("eighteen
a seat"), "net-30".`,
	Default: []string{
		"price", "prices", "pricing", "priced", "pricier", "pricey", "overpriced", "fee", "fees", "budget", "budgets", "budgeted",
		"discount", "discounts", "discounted", "discounting", "quote", "quoted", "quotes", "send the invoice", "send you the invoice",
		"the first invoice", "our invoice", "invoice you", "we invoice", "invoiced", "billing", "billed", "markup", "markups", "overpaying", "overpay", "overcharged", "overcharging",
		"money", "payment", "payments", "spend", "pay", "pays", "paying", "afford", "affordable", "expensive", "cheaper", "cheap",
		"charge", "charges", "charged", "retainer", "ballpark", "set aside", "six figures", "seven figures", "five figures",
		"run us", "run you", "would this run", "what are we looking at", "how much is it", "how much does it", "how much would it",
		"how much will it", "what does it come to", "comes to", "come to for", "what it costs", "it costs", "that costs",
		"that cost", "this cost", "it cost us", "cost", "negotiate", "negotiable", "does it cost", "would it cost", "will it cost", "would that cost", "the cost",
		"monthly cost", "annual cost", "total cost", "upfront cost", "no cost", "no charge", "free of charge", "for free",
		"months free", "month free", "weeks free", "free for the", "free trial", "the rate", "your rate", "our rate", "this year's rate",
		"last year's rate", "standard rate", "monthly rate", "same rate", "day rate", "effective rate", "your rates", "our rates",
		"that number", "this number", "on the number", "the number is", "the number comes",
		"better number", "lower number", "big number", "first-year number", "the figure", "lower figure", "monthly figure",
		"unit price", "the total", "per-seat", "per-user", "per seat", "per user", "per head", "per site", "per clinic", "per vehicle",
		"per licence", "per license", "per location", "per truck", "wiggle room", "pay up front", "pay upfront",
		"paid up front", "paid upfront", "upfront cost", "upfront payment", "annual up front", "annually up front", "up front on",
		"billed up front", "free months", "free month", "cheapest", "low thousands", "mid thousands", "high thousands",
		"a few thousand", "a few hundred", "couple of thousand", "couple thousand", "thousands a", "hundreds a",
		"percent off", "go lower", "any lower", "come down", "better number", "better price", "renewal number",
		"renewal price", "renewal rate", "renewal cost", "renewal invoice", "came in higher", "came in above", "what we paid",
		"we paid", "we've paid", "i paid", "the increase", "price increase", "rate increase", "spending",
		"licence fee", "license fee", "the license", "the licence", "licensing",
	},
}, {
	Name: "not_price",
	Doc: `Phrases with a money word that are not about the deal's money ("feel
free", "error budget", "cost per delivery", "the quote builder"): their
words are skipped before price_terms are looked for.`,
	Default: []string{
		"feel free", "free to", "are you free", "you're free", "error budget", "budget meeting", "budget season", "cost per",
		"cost centre", "cost center", "rate limit", "no-show rate", "win rate", "error rate", "churn rate", "conversion rate",
		"interest rate", "in charge", "quote builder", "pricing engine", "pricing tool", "pay attention", "paid attention",
		"the number of", "a number of", "number one", "phone number", "your number", "my number", "our numbers", "your numbers",
		"whose prices", "cost us a", "cost them", "pay off", "pays off", "the spend on", "two cents", "call this number",
		"call that number", "calling this number", "calling that number", "this number again", "time and money", "save money", "saving money",
		"save you money", "saves money", "pays back", "pay back", "pays for itself", "pay for itself", "cost of the", "cost of a",
		"cost of losing",
	},
}, {
	Name: "own_money",
	Doc: `Phrases that make the money in a sentence the customer's own business
(their costs, their customers' prices, their losses), not the deal's.`,
	Default: []string{
		"our customers", "our own customers", "your customers", "your own customers", "their customers", "our clients",
		"your clients", "we lose", "we're losing", "we lost", "you lose", "you're losing", "our margins", "your margins",
		"our freight", "our costs", "your costs", "fuel costs", "our prices", "supplier", "suppliers", "lost", "saved", "savings", "early-pay",
		"our vendors", "our average", "average order", "order value", "our revenue", "our sales", "per order", "our turnover",
		"pay our", "pay their", "pay my", "pays our", "paying our", "pay schedule", "pay schedules", "pay period", "pay periods", "pay errors", "pay rules", "pay history",
		"paying weekly", "paying biweekly",
	},
}, {
	Name: "price_objections",
	Doc: `Customer pushback on a price: with price_terms or a figure in the same
sentence, or after "that's"/"it's" pointing at one ("That's a lot.").`,
	Default: []string{
		"a lot", "too much", "too expensive", "too pricey", "too high", "seems high", "feels high", "is high", "steep", "a stretch",
		"big jump", "more than we", "more than i", "more than the", "more than what", "over what", "over the budget", "over budget",
		"over our budget", "way over", "above what", "less than that", "percent less", "a third less", "half the price",
		"double what", "twice what", "kills us", "killing us", "difficult sell", "hard sell", "tough sell", "struggle to justify",
		"can't justify", "hard to justify", "can't take", "never going to approve", "not going to approve", "won't approve",
		"has to come down", "needs to come down", "not where we need", "bothering me", "sticking point",
		"push back on", "pushback on", "went up", "gone up", "going up", "can't spend", "can't afford", "have to pass", "at that price",
		"at that number", "big number", "should be cheaper", "pricier", "laugh me out", "out of our range", "out of range",
		"more than we'd", "more than i'd", "had in mind", "higher than", "than i'd hoped", "than we'd hoped", "than we hoped",
		"than i hoped", "expensive", "costly", "overpriced", "pricey", "well above", "above the", "deal-breaker", "dealbreaker", "deal breaker", "non-starter", "too rich", "out of budget",
	},
}, {
	Name: "price_requests",
	Doc: `A customer asking for a better price or citing a better offer: these
alone make a sentence price and a price objection ("any wiggle room?", "can you
do better?", "another vendor offered us three months free").`,
	Default: []string{
		"best you can do", "wiggle room", "sharpen the pencil", "sharpen your pencil", "come down", "come in lower",
		"come in a little lower", "a little lower", "any lower", "go lower", "do better than that", "any better than that",
		"do any better", "better than that", "do better on the price", "flexibility on", "any flexibility", "what can you do on",
		"do anything on the", "do something on the", "any chance of a discount", "some kind of discount", "need a discount",
		"a better number", "a better price", "a better deal", "a better rate", "lower figure", "lower price", "lower number",
		"can't go above", "can't get to", "can't go over", "get under", "get below", "closer to", "quoted us", "offered us",
		"came in at", "came in well", "came in under", "came in lower", "throwing in", "throwing the", "for free", "waive the", "drop the fee", "match their", "match that", "hoping for a better", "hoping you'd come",
		"thinking closer", "do better on the number", "half that", "half of that", "for half", "a fraction of", "you can do on",
		"you could do on", "can you do on", "you can do about the", "do about the price", "match what", "beat their",
		"beat that", "beat what",
	},
}, {
	Name: "concession_cues",
	Doc: `What a seller says to give on price or terms: a discount, a waived or
covered fee, free months or extras, a price lock, last year's rate, longer
payment terms, matching a competitor, a promotion, or going to get a better
number. Not when negated in its clause, retold (gave, offered) or someone
else's (competitors, they), nor in exchange for something (trade_terms).`,
	Default: []string{
		"percent off", "shave it", "shave ... down", "knock it down",
		"knock ... down", "drop it to", "drop it down", "drop the price", "drop that to", "bring it down", "bring the price down",
		"lower the price", "waive", "waived", "waiving", "throw in", "throwing in", "throw ... in", "for free", "free of charge",
		"at no cost", "at no extra cost", "no charge", "months free", "month free", "weeks free", "free for the first",
		"on the house", "we'll cover", "we can cover", "i'll cover", "cover that for you", "match their", "match that",
		"match the price", "match them", "price match", "let me match", "i'll match", "we'll match",
		"we can match", "i can match", "lock that price", "lock the price in", "lock in your rate", "lock in the price", "lock in that price",
		"lock in pricing", "lock in today's", "absorb the", "eat the cost", "at zero", "zero markup", "no markup", "freeze your rate", "freeze the price", "freeze your price", "lock in your price", "lock in your pricing",
		"lock your rate", "lock the price", "honour last year's", "honor last year's", "last year's rate", "last year's pricing",
		"last year's price", "stretch it to", "stretch the terms", "net-45", "net-60", "net-90", "net 45", "net 60", "net 90",
		"instead of annual", "monthly billing instead", "switch you to monthly", "over two invoices",
		"over three invoices", "extend your trial", "extend the trial", "another month free", "running a promotion",
		"promotion this", "promotion where", "promotion for", "promotional price", "promotional rate", "promo",
		"for the standard price", "for the same price", "at the standard price", "at no extra", "for the price of",
		"not charge for", "not charge you", "won't charge for", "won't charge you", "no charge for",
		"special price", "special rate", "see if i can get you", "get you a better", "go to my manager", "ask my manager",
		"check with my manager", "talk to my manager", "at the standard rate",
	},
}, {
	Name: "soft_concessions",
	Doc: `Concessions only in a price context (the sentence is about price, or it
answers a price objection): "let me see what I can do", "we can split the
implementation", "let's say nineteen"; "instead" only in a sentence about
price ("we can invoice you quarterly instead"). A figure after "I'll do", "I can do",
"we could do" or "let's say" counts too.`,
	Default: []string{
		"see what i can do", "what i can do", "work something out", "split the", "split it", "call it done", "call it a day",
		"we'll call it", "extra month", "at the same rate", "cover the", "cover that", "cover it", "do better", "do a little better",
		"do a bit better", "sharpen my pencil", "sharpen the pencil", "a better deal", "instead",
	},
}, {
	Name: "trade_terms",
	Doc: `What the seller gets back in a trade, in an "if ..." or "should you ..."
clause: a longer term, more seats or sites, prepayment, a reference, a case
study, less scope. A price change for one of these is not a concession; a
deadline ("if you sign by Friday") is not a trade.`,
	Default: []string{
		"years", "two-year", "three-year", "multi-year", "year term", "term", "commit", "commitment", "prepay", "pay up front",
		"pay upfront", "pay the year", "reference", "case study", "add the", "all four", "all the sites", "more seats", "sites",
		"plants", "offices", "office", "volume", "phase", "drop the", "take something out", "take out", "scope", "fewer", "trade",
	},
}, {
	Name: "value_terms",
	Doc: `In a reply to a price objection, what makes a statement value for the
customer (with a you-word, any statement counts): what the price covers or
prevents, what a competitor's quote leaves out, a comparison.`,
	Default: []string{
		"covers", "cover", "pays for", "pays back", "pay for itself", "pays for itself", "include", "includes", "included",
		"doesn't include", "doesn't do", "compared with", "compared to", "less than", "save", "saves", "prevent", "prevented",
		"prevents", "because", "worth", "return", "the hardest part", "before we talk", "i'd rather understand",
	},
}, {
	Name: "flat_refusals",
	Doc: `Replies to a price objection that hold the price without value, a
question or a trade: they are not held-firm.`,
	Default: []string{
		"just what it costs", "what it costs", "never lose a deal", "everybody says that", "everyone says that", "price is firm",
		"it is what it is", "take it or leave it", "that's the price", "that's our price",
	},
}, {
	Name: "price_acknowledgements",
	Doc:  `Bare acknowledgements: a sentence of only these is neither value nor a question.`,
	Default: []string{
		"understood", "i hear you", "i understand", "totally fair", "that's fair", "fair enough", "fair", "got it", "okay",
		"sure", "makes sense", "i get it", "totally", "right", "yeah", "yes", "absolutely", "of course", "i know", "no", "well",
	},
}, {
	Name: "value_claims",
	Doc: `What makes a seller sentence a concrete value for the customer, for
value_before_price: saving, cutting, preventing, paying back, what they will
be able to do or no longer have to ("so you send them the chart instead of a
clipboard"), the cost of their problem ("the two loads you lost").`,
	Default: []string{
		"save", "saves", "saving", "saved", "cut", "cuts", "reduce", "reduces", "prevent", "prevents", "prevented", "avoid",
		"pays for", "pays back", "pay for itself", "free up", "frees up", "recover", "cost you", "costing you", "losing you",
		"hours a week", "hours a month", "days a month", "instead of", "so you", "so your", "you lost", "you'll be able",
		"you won't have to", "you don't have to", "no longer", "stop losing", "covers", "you'll see", "you'll have",
	},
}}
