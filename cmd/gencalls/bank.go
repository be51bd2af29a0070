package main

// The phrase bank: who is on a call, what they sell and buy, and the
// sentence templates the dialogue is composed from. Every name in it is
// invented.
//
// A template is plain text with two kinds of holes: {slot}, filled from the
// call (names, companies) or from its industry (pains, features...), and
// [a|b|c], one of the alternatives (an empty one makes the part optional).

// An industry is what the seller sells, with the words a call about it uses.
type industry struct {
	kind         string   // "dock scheduling software"
	sellers      []string // seller company names
	buyers       []string // customer company names
	roles        []string // customer job titles
	teams        []string // "receiving", as in "the receiving team"
	tools        []string // what the customer uses today, with an article
	pains        []string // noun phrases: "trucks showing up without appointments"
	events       []string // past-tense clauses: "a carrier showed up a day early"
	metrics      []string // noun phrases: "detention fees"
	units        []string // plural nouns the customer counts: "loads"
	features     []string // noun phrases: "self-service booking links"
	benefits     []string // verb phrases: "cut detention fees"
	integrations []string // "your WMS"
}

var industries = []industry{
	{
		kind:         "dock scheduling software",
		sellers:      []string{"Freightwise", "Dockly", "Loadpath", "Yardline"},
		buyers:       []string{"Harlow Supply", "Tristate Building Products", "Meridian Foods", "Crestview Distribution", "Kessler Hardware"},
		roles:        []string{"director of operations", "warehouse manager", "VP of supply chain", "logistics manager"},
		teams:        []string{"receiving", "dispatch", "yard", "transportation", "inventory"},
		tools:        []string{"a shared calendar", "a spreadsheet", "an old on-prem WMS", "email and phone calls", "a whiteboard in the dock office"},
		pains:        []string{"trucks showing up without appointments", "detention charges", "idle dock doors in the afternoon", "carriers calling to ask for slots", "paperwork that doesn't match the PO", "overtime on the receiving crew"},
		events:       []string{"six trucks showed up in the same hour", "a carrier got turned away because we couldn't match the paperwork", "we paid detention on a load that sat for five hours", "a driver waited in the yard all morning", "our receiving lead was out for a week and nobody knew the carriers"},
		metrics:      []string{"detention fees", "dock utilization", "overtime hours", "truck turn time", "on-time receiving"},
		units:        []string{"loads", "trucks", "inbound appointments", "trailers", "pallets"},
		features:     []string{"self-service booking links for carriers", "a live door board", "automatic PO matching", "appointment reminders by text", "a yard check-in kiosk", "carrier scorecards"},
		benefits:     []string{"cut detention fees", "spread arrivals across the day", "stop chasing carriers on the phone", "see every load before it arrives", "get your receiving lead off the phone"},
		integrations: []string{"your WMS", "your ERP", "your TMS", "your carrier portal"},
	},
	{
		kind:         "payroll software",
		sellers:      []string{"Paycrest", "Tallypay", "Ledgerline", "Wagewell"},
		buyers:       []string{"Silverpine Senior Living", "Calloway Manufacturing", "Northfield Dental Group", "Brightwater Hotels", "Oakmont Schools Foundation"},
		roles:        []string{"controller", "payroll manager", "CFO", "HR director", "finance manager"},
		teams:        []string{"payroll", "HR", "finance", "accounting", "benefits"},
		tools:        []string{"a spreadsheet with eleven tabs", "our old payroll provider", "paper timesheets", "a time clock that exports to a file", "a legacy HR system"},
		pains:        []string{"manual pay adjustments", "shift differentials we calculate by hand", "payroll errors", "multi-state tax filings", "late timesheets", "garnishments"},
		events:       []string{"sixty people got paid wrong", "a bonus landed in the wrong pay period", "we missed a tax deposit", "the time clock export broke the night before payroll", "we ran payroll from a hotel room"},
		metrics:      []string{"pay errors per run", "hours spent on payroll", "turnover among hourly staff", "penalties and late fees", "time to close payroll"},
		units:        []string{"employees", "pay runs", "timesheets", "locations", "pay rules"},
		features:     []string{"custom pay rules", "automatic shift differentials", "a self-service app for employees", "multi-state tax filing", "a payroll preview with exception alerts", "earned wage access"},
		benefits:     []string{"stop keying adjustments by hand", "catch errors before the run", "take a vacation during payroll week", "pull any pay history in minutes", "cut payroll time in half"},
		integrations: []string{"your time clocks", "your general ledger", "your scheduling system", "your benefits carrier"},
	},
	{
		kind:         "managed detection and response",
		sellers:      []string{"Sentinelgrid", "Watchpost Security", "Bastionline", "Cleargate Cyber"},
		buyers:       []string{"Pinecrest Health Partners", "Harbor Credit Union", "Lakeshore County Schools", "Vantage Legal Group", "Redwood Clinics"},
		roles:        []string{"IT director", "CISO", "head of infrastructure", "security manager", "CIO"},
		teams:        []string{"IT", "security", "help desk", "infrastructure", "compliance"},
		tools:        []string{"an EDR agent on every laptop", "a shared alerts mailbox", "our firewall's built-in logging", "a SIEM nobody has time to tune", "an on-call phone we pass around"},
		pains:        []string{"alert fatigue", "nobody watching at night", "phishing emails", "too many consoles", "the cyber insurance questionnaire", "slow response to incidents"},
		events:       []string{"someone clicked a fake login page on a Friday night", "an alert fired at two in the morning and sat until Monday", "a vendor called us about a strange invoice from our own mailbox", "a laptop got ransomware while the user was traveling", "the insurance carrier asked about our response times"},
		metrics:      []string{"mean time to respond", "alerts per day", "the insurance premium", "hours spent triaging alerts", "open vulnerabilities"},
		units:        []string{"endpoints", "alerts", "users", "sites", "servers"},
		features:     []string{"around-the-clock monitoring by real analysts", "automatic account lockout", "a response playbook tuned to your environment", "monthly threat reports", "integration with the EDR you already have", "a fifteen-minute response commitment"},
		benefits:     []string{"sleep through the night", "answer the insurance questions with a yes", "stop being the filter for every alert", "contain an incident in minutes", "show the board a real response plan"},
		integrations: []string{"your EDR", "your identity provider", "your firewall", "your email tenant"},
	},
	{
		kind:         "HR and onboarding software",
		sellers:      []string{"Talentloop", "Peoplewise", "Onboardly", "Crewhouse"},
		buyers:       []string{"Corbel Engineering", "Maple & Finch Architects", "Summit Physical Therapy", "Bluestem Consulting", "Arbor Home Health"},
		roles:        []string{"HR director", "head of people", "talent manager", "COO", "HR business partner"},
		teams:        []string{"HR", "recruiting", "people ops", "IT", "facilities"},
		tools:        []string{"a checklist in a shared drive", "email reminders", "a spreadsheet of new hires", "our HRIS's basic onboarding module", "paper forms"},
		pains:        []string{"new hires without a laptop on day one", "managers skipping check-ins", "review cycles that drag on for months", "early turnover", "onboarding that's different in every office"},
		events:       []string{"a new engineer sat in a conference room for three days with no laptop", "two new hires quit inside ninety days", "a manager forgot a review entirely", "the review cycle took four months", "we lost a candidate because the offer took two weeks"},
		metrics:      []string{"ninety-day retention", "time to productivity", "review completion rate", "engagement scores", "time to hire"},
		units:        []string{"new hires", "managers", "offices", "open roles", "reviews"},
		features:     []string{"onboarding journeys", "automatic thirty-sixty-ninety check-ins", "a manager dashboard", "pulse surveys", "goal tracking", "a performance review module"},
		benefits:     []string{"get every new hire set up on day one", "see who's behind without sending emails", "hear about problems before the exit interview", "run reviews in weeks instead of months", "keep new hires past ninety days"},
		integrations: []string{"your HRIS", "your payroll system", "your ticketing system", "your single sign-on"},
	},
	{
		kind:         "cloud data warehousing",
		sellers:      []string{"Quarrystack", "Datafjord", "Lakewell", "Granary Data"},
		buyers:       []string{"Northgate Outfitters", "Pacific Home Goods", "Fairway Grocers", "Lumen Apparel", "Ridgeline Sporting Goods"},
		roles:        []string{"head of analytics", "data engineering manager", "CIO", "director of BI", "VP of data"},
		teams:        []string{"analytics", "data engineering", "finance", "merchandising", "BI"},
		tools:        []string{"an on-prem warehouse", "a few hundred stored procedures", "nightly batch jobs", "spreadsheets exported from the POS", "a reporting server that's out of support"},
		pains:        []string{"reports that are late on Monday morning", "nobody agreeing on the revenue number", "nightly loads failing", "the hardware lease coming up", "queries that time out during the holidays"},
		events:       []string{"the nightly load failed the week before Black Friday", "finance and merchandising showed two different sales numbers to the CEO", "a query ran for six hours and took down the reporting server", "our only engineer who knew the stored procedures left", "we missed a markdown because the report was a day late"},
		metrics:      []string{"report freshness", "infrastructure cost", "query times", "hours spent on reconciliation", "failed loads per month"},
		units:        []string{"stores", "stored procedures", "dashboards", "tables", "data sources"},
		features:     []string{"separate storage and compute", "a semantic layer", "native POS connectors", "a migration toolkit for stored procedures", "automatic scaling", "row-level security"},
		benefits:     []string{"have fresh numbers by six a.m.", "stop arguing about whose number is right", "scale up for the holidays without new hardware", "retire the old reporting server", "pay only for what you use"},
		integrations: []string{"your POS", "your e-commerce platform", "your ERP", "your BI tool"},
	},
	{
		kind:         "accounts payable automation",
		sellers:      []string{"Stackbill", "Invoicely", "Paytrail", "Ledgerlane"},
		buyers:       []string{"Calloway Foods", "Redfern Building Products", "Tidewater Marine Supply", "Granite Peak Resorts", "Bellmont Property Group"},
		roles:        []string{"AP manager", "controller", "CFO", "accounting manager", "finance director"},
		teams:        []string{"AP", "accounting", "purchasing", "treasury", "finance"},
		tools:        []string{"a shared inbox for invoices", "paper invoices we scan", "email approvals", "our ERP's AP module", "a spreadsheet of due dates"},
		pains:        []string{"invoices stuck in approvers' inboxes", "missed early-pay discounts", "keying in line items by hand", "duplicate payments", "month-end crunch"},
		events:       []string{"an invoice sat in a manager's inbox while he was on vacation", "we paid the same invoice twice", "we missed a two percent discount on a ninety thousand dollar invoice", "a vendor put us on credit hold", "the auditors asked for approvals we couldn't find"},
		metrics:      []string{"cost per invoice", "days to approve", "discounts captured", "days to close", "late fees"},
		units:        []string{"invoices", "vendors", "approvers", "entities", "payments"},
		features:     []string{"automatic approval routing", "invoice capture with line-item matching", "approvals from a phone", "a discounts-at-risk dashboard", "delegation when someone's out", "two- and three-way PO matching"},
		benefits:     []string{"capture every early-pay discount", "stop keying invoices by hand", "close the books faster", "find any approval for the auditors in seconds", "get most invoices through untouched"},
		integrations: []string{"your ERP", "your bank", "your purchasing system", "your document storage"},
	},
	{
		kind:         "fleet telematics",
		sellers:      []string{"Roadlytic", "Fleetbeam", "Milepost", "Trackwell"},
		buyers:       []string{"Bluewater Plumbing and Heating", "Sunrise Landscaping", "Metro Linen Service", "Keystone Electric", "Valley Propane"},
		roles:        []string{"fleet manager", "operations manager", "owner", "service manager", "safety director"},
		teams:        []string{"dispatch", "field", "safety", "maintenance", "service"},
		tools:        []string{"phone calls to the techs", "paper logs", "a GPS tracker from years ago", "a dispatch whiteboard", "fuel cards and receipts"},
		pains:        []string{"not knowing where the vans are", "idling", "harsh braking", "missed maintenance", "fuel costs", "customers asking when the tech will show up"},
		events:       []string{"a tech unplugged his tracker for two days", "a van broke down because we missed an oil change", "a customer waited all afternoon for a tech who was across town", "one of our drivers had a fender bender and we had no footage", "the fuel bill went up fifteen percent in a quarter"},
		metrics:      []string{"fuel spend", "idle time", "jobs per day", "insurance claims", "drive time per tech"},
		units:        []string{"vans", "trucks", "techs", "routes", "jobs"},
		features:     []string{"a live map", "route suggestions", "driver scorecards", "idle time reports", "maintenance reminders", "dash cameras"},
		benefits:     []string{"cut idle time", "tell customers exactly when the tech will arrive", "fit one more job into each day", "lower the insurance premium", "catch maintenance before a breakdown"},
		integrations: []string{"your dispatch software", "your fuel cards", "your maintenance system", "your payroll"},
	},
	{
		kind:         "field service software",
		sellers:      []string{"Copperline", "Servicely", "Routewise", "Jobtrail"},
		buyers:       []string{"Brookside Pest Control", "Evergreen Lawn Care", "Summit Elevator Service", "Clearview Pool Care", "Allied Fire Protection"},
		roles:        []string{"operations manager", "owner", "office manager", "service director", "general manager"},
		teams:        []string{"office", "scheduling", "field", "billing", "customer service"},
		tools:        []string{"a whiteboard and a binder", "an older scheduling system", "paper work orders", "spreadsheets for renewals", "texts to the techs"},
		pains:        []string{"building routes by hand", "invoices going out late", "missed renewals", "chemical usage reports for the state", "techs calling the office for job details"},
		events:       []string{"a tech showed up at the wrong address", "we forgot to renew a big commercial contract", "invoices went out three weeks late", "the state asked for chemical records we had on paper", "our office manager spent a weekend rebuilding the schedule"},
		metrics:      []string{"days sales outstanding", "renewal rate", "jobs per tech per day", "callbacks", "drive time"},
		units:        []string{"techs", "jobs", "customers", "contracts", "routes"},
		features:     []string{"drag-and-drop scheduling", "automatic routing", "a mobile app for techs", "invoicing from the field", "renewal reminders", "a customer portal"},
		benefits:     []string{"get invoices out the same day", "stop building routes by hand", "never miss a renewal", "give techs everything on their phone", "pull the state report in one click"},
		integrations: []string{"your accounting software", "your payment processor", "your phone system", "your email marketing tool"},
	},
}

var firstNames = []string{
	"Dana", "Marcus", "Priya", "Sam", "Maya", "Arjun", "Greg", "Nina", "Tom", "Jordan", "Carmen", "Ben",
	"Rosa", "Derek", "Denise", "Tyler", "Linda", "Kevin", "Mei", "Ryan", "Aisha", "Luis", "Hannah", "Omar",
	"Grace", "Victor", "Elena", "Jamal", "Sofia", "Patrick", "Leah", "Andre", "Megan", "Tariq", "Claire",
	"Diego", "Renee", "Colin", "Yuki", "Brandon", "Ines", "Keith", "Alana", "Felix", "Nora", "Wes", "Tanya",
	"Raj", "Holly", "Simon", "Bianca", "Curtis", "Farah", "Glen", "Kayla", "Tony", "Janet", "Walt", "Angela",
}

var lastNames = []string{
	"Whitfield", "Reyes", "Natarajan", "Becker", "Chen", "Mehta", "Halvorsen", "Alvarez", "Brandt", "Ellis",
	"Ruiz", "Whitaker", "Grant", "Okafor", "Doyle", "Park", "Lindqvist", "Moreau", "Sato", "Kowalski",
	"Adeyemi", "Fischer", "Brennan", "Castillo", "Novak", "Oduya", "Hartley", "Iversen", "Delgado", "Price",
	"Marsh", "Tanaka", "Quinn", "Barros", "Sorensen", "Vance", "Holloway", "Pruitt", "Mbeki", "Laurent",
}

var (
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	clockTimes = []string{"nine", "nine-thirty", "ten", "ten-thirty", "eleven", "one", "one-thirty", "two", "two-thirty", "three", "three-thirty", "four", "eight-thirty", "noon"}
	ordinals   = []string{"third", "fifth", "seventh", "ninth", "tenth", "twelfth", "fourteenth", "sixteenth", "eighteenth", "twentieth", "twenty-second", "twenty-fourth"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	meetings   = []string{"working session", "technical deep dive", "demo for your team", "pricing review", "scoping call", "walkthrough with your data", "call with your IT lead", "reference call"}
	documents  = []string{"proposal", "pricing summary", "recap", "security questionnaire", "ROI summary", "implementation plan", "order form", "case study"}
	smallNums  = []string{"two", "three", "four", "five", "six", "eight", "ten", "a dozen", "fifteen", "twenty"}
	countNums  = []string{"thirty", "forty", "about fifty", "sixty", "eighty-five", "a hundred and twenty", "two hundred", "three hundred", "five hundred", "about seven hundred", "twelve hundred", "two thousand"}
	percents   = []string{"ten percent", "fifteen percent", "twenty percent", "a third", "almost half", "thirty percent", "forty percent"}
	moneys     = []string{"twelve thousand dollars", "forty-one thousand dollars", "eighty thousand", "a hundred and fifty thousand", "thirty grand", "a quarter million", "six figures"}
	periods    = []string{"last quarter", "last month", "in the spring", "last year", "a couple of weeks ago", "over the summer", "in March", "right before the holidays"}
	peers      = []string{"a company about your size", "another company in your region", "one of our larger customers", "a team a lot like yours", "a customer we brought on last year"}
)

// Speech acts. Slots: {cust} {seller} {sellerFull} {se} {co} {buyer} {kind}
// {role} {team} {tool} {pain} {event} {metric} {unit} {feature} {benefit}
// {integ} {colleague} {small} {count} {pct} {money} {period} {day} {time}
// {ord} {month} {meeting} {doc} {peer}.
//
// Slot values mix singular and plural ("a spreadsheet", "paper forms"), so
// templates never make a verb agree with a slot.
//
// A question may start with "@kind ", the kind of answer it calls for:
// @describe (the default for open questions), @yesno (closed), @agree
// (tag), @who, @count or @when.
var (
	phoneAnswers = []string{
		"Hello?",
		"This is {cust}.",
		"{buyer}, this is {cust}.",
		"{cust} speaking.",
		"Hello, this is {cust}.",
		"Yeah, hello?",
		"{cust}.",
	}
	coldIntros = []string{
		"Hi {cust}, this is {sellerFull} calling from {co}.",
		"Hey {cust}, this is {seller} with {co}.",
		"Hi {cust}, my name is {sellerFull}, I'm with {co}.",
		"Hi, {cust}? This is {seller} over at {co}.",
		"Good [morning|afternoon] {cust}, {sellerFull} here from {co}.",
		"Hi {cust}, I'm {seller} from {co}.",
		"Hey {cust}, it's {seller} from {co}.",
	}
	meetingIntros = []string{
		"Hi {cust}, this is {sellerFull} from {co}. Thanks for making the time [today|this morning|this afternoon].",
		"Hey {cust}, {sellerFull} here from {co}. [Appreciate you jumping on.|Thanks for joining.|Good to finally meet you.]",
		"Hi {cust}, I'm {seller} with {co}. Thanks for [hopping|jumping] on.",
		"Hi {cust}, this is {seller} with {co}. Can you hear me okay?",
		"Hi {cust}, this is {sellerFull} from {co}, thanks for [joining|being here].",
	}
	seIntros = []string{
		"I've also got {se} on the line, [one of our|our] [solution engineers|sales engineers|technical leads].",
		"And {se} from our [solutions|engineering] team is joining us [today|as well].",
	}
	seHellos = []string{
		"Hi {cust}, good to meet you.",
		"Hey, thanks for having me.",
		"Hi everyone.",
		"Hello, nice to meet you.",
	}
	interruptiveOpeners = []string{
		"Did I catch you at a bad time?",
		"Sorry to bother you.",
		"Is this a good time?",
		"How are you today?",
		"I know you're busy, so I'll be quick.",
		"Do you have a quick minute?",
		"Sorry to bother you, did I catch you at a bad time?",
		"Sorry to bother you, is this a good time?",
	}
	reasonForCall = []string{
		"The reason for my call is, we help companies like {buyer} with {pain}.",
		"The reason for my call is that we work with a lot of teams dealing with {pain}, and I wanted to see if that's on your radar.",
		"So the reason I'm calling is {co} just launched {feature}, and I thought of you.",
		"The reason for my call is we're the leading provider of {kind} in your area, and I'd love to get some time on your calendar.",
	}
	goodOpeners = []string{
		"My goal today is mostly to understand how things work on your side.",
		"Before I show you anything, I'd love to hear what's going on at {buyer}.",
		"I've got us down for thirty minutes, and I'd like to spend most of it listening.",
		"You mentioned {pain} when we first spoke, so I'd like to start there, if that works.",
		"I did some homework on {buyer}, but you'll know a lot more than any website.",
		"Rather than a demo, I thought we'd make today about your {team} team and what's getting in the way.",
	}
	coldReplies = []string{
		"I've got a minute. What's this about?",
		"Um, kind of in the middle of something, but go ahead.",
		"What's this about?",
		"I have about five minutes.",
		"Okay, sure.",
		"Who did you say you were with?",
		"Make it quick.",
	}
	meetingReplies = []string{
		"Sure, that works.",
		"Yeah, sounds good.",
		"Perfect.",
		"That's fine, yeah.",
		"Great, go ahead.",
		"Works for me.",
		"Okay.",
	}
	openQuestions = []string{
		"How are you handling {pain} today?",
		"Walk me through how your {team} team deals with {pain}.",
		"Walk me through what happened when {event}.",
		"What are you seeing on {metric} right now?",
		"Tell me about the last time you got burned by {pain}.",
		"@who How does a decision like this usually get made at {buyer}?",
		"What would have to be true for this to be worth it for you?",
		"Why is this a priority now, and not last year?",
		"@who Who else feels the pain of {pain}?",
		"What have you tried so far?",
		"Where do things fall short with {tool}?",
		"How would you measure success six months from now?",
		"What does a normal week look like for your {team} team?",
		"How are you tracking {metric} today?",
		"What happened after {event}?",
		"What would your boss say is the biggest problem here?",
		"@who Beyond your team, who else gets hurt by {pain}?",
		"What made you take this call?",
		"What's the cost of doing nothing for another year?",
		"How do your {unit} get handled when someone's out?",
		"Walk me through what happened {period}.",
		"What does your {team} team spend most of its time on?",
		"How did you end up with {tool}?",
		"What would you change first, if you could change one thing?",
		"@who Who would need to be involved in choosing something like this?",
		"@when How are you thinking about timing?",
		"What worries you most about switching?",
		"What would make this an easy yes for your {role}?",
		"@count How many {unit} are we talking about in a typical month?",
		"What does your current process look like from start to finish?",
		"What's behind the interest in {feature}?",
		"How are the people on your {team} team feeling about all this?",
		"What did you like and not like about the other options you looked at?",
		"Tell me more about that.",
		"What do you mean by that, exactly?",
		"How so?",
		"@when When would you need something in place?",
		"How do you explain {pain} to your leadership?",
		"Which part of that takes the most time?",
		"What would a good outcome from today look like for you?",
		"Why did that happen, do you think?",
		"How often does that come up?",
		"What does {buyer} need to see before the end of the year?",
		"How would your {team} team use {feature}, if you had it?",
		"What's changed since we last spoke?",
		"If you had a magic wand, what would the process look like?",
	}
	closedQuestions = []string{
		"Do you use {tool} for that?",
		"Do you track {metric} anywhere?",
		"Are you the one who signs off on this?",
		"Have you looked at other vendors?",
		"Is there budget set aside for this year?",
		"Does that make sense?",
		"Is that something you'd be interested in?",
		"Would you be open to a quick demo?",
		"Are you happy with {tool}?",
		"@count Can I ask how many {unit} you have?",
		"Do you run into {pain} much?",
		"Would it help if I sent over a {doc}?",
		"Is your {role} involved in this?",
		"Do you have an IT team that would need to review it?",
		"Are you still on {tool}?",
		"Would {feature} be useful for your team?",
		"Did you get a chance to look at the {doc}?",
		"Is that the main bottleneck?",
		"Do you have a contract with your current provider?",
		"Are you planning to grow the {team} team this year?",
		"Would that work for you?",
		"Have you had any issues with {pain}?",
		"Does your team use {integ} every day?",
		"Was that a one-time thing?",
		"Does anyone own that full-time?",
		"Is that something your {role} cares about?",
		"Are you the right person to talk to about {pain}?",
		"Is this on your list for this year?",
		"Have you ever worked with a vendor like us before?",
		"Could your team get by without {tool}?",
	}
	tagQuestions = []string{
		"That's a big deal for {buyer}, isn't it?",
		"You'd want that automated, right?",
		"That makes sense, doesn't it?",
		"So the main bottleneck is {pain}, right?",
		"That's a lot of time to lose every week, isn't it?",
		"You've probably seen that before, haven't you?",
		"Your {role} would like that, wouldn't they?",
		"So working with {tool} is pretty manual, right?",
		"That adds up fast, doesn't it?",
		"And that's every month, right?",
		"It's not just a one-off, is it?",
		"Your team has been asking for this for a while, haven't they?",
	}
	describeAnswers = []string{
		"It depends on the week.",
		"Some of it is in {tool}. The rest is in people's heads.",
		"Right now, it's {tool}.",
		"Honestly, it's mostly manual.",
		"It works, but it's slow.",
		"Kind of a mix. Every team does it differently.",
		"We don't, really. That's part of the problem.",
		"Mostly {colleague} and a lot of email.",
		"About {small} people touch it, and nobody owns it.",
		"Better than a year ago, but not where it should be.",
		"Good question. I'd say it's a patchwork.",
		"Not great, if I'm honest.",
		"We get by. Barely, some weeks.",
	}
	yesNoAnswers = []string{
		"Yes.",
		"Yeah, we do.",
		"No, not yet.",
		"Not really.",
		"Mostly, yeah.",
		"Sometimes. More than I'd like.",
		"We do, but it's not great.",
		"I think so, yeah.",
		"Not officially.",
		"Not that I know of.",
		"It's on the list, but it's not at the top.",
		"I'd have to check with {colleague}.",
		"Honestly, I'm not sure.",
		"Kind of. It's complicated.",
		"Yes, for now.",
		"We tried. It didn't go well.",
		"Not yet, no.",
		"Sure.",
	}
	agreeAnswers = []string{
		"Yeah, exactly.",
		"Pretty much.",
		"I guess so.",
		"Yeah, that's fair.",
		"That's the big one, yeah.",
		"Right.",
		"Sort of, yeah.",
		"I wouldn't go that far, but yes.",
		"Every single week.",
		"Mm, maybe.",
	}
	whoAnswers = []string{
		"That would be {colleague}, our {role}.",
		"Me and {colleague}, mostly.",
		"Our {role}, and probably {colleague} on the {team} side.",
		"{colleague} signs off, but I make the recommendation.",
		"Honestly, everyone on the {team} team.",
		"It's mostly me. And {colleague} when I'm out.",
		"Our {role} has the final say. IT will want a look too.",
	}
	countAnswers = []string{
		"Probably {count}, give or take.",
		"About {count}. More at the end of the quarter.",
		"Around {count}, and growing.",
		"I'd have to check, but {count} sounds right.",
		"Somewhere around {count}, depending on the season.",
	}
	whenAnswers = []string{
		"We'd want something in place by {month}.",
		"Budget gets set in {month}, so before then.",
		"Honestly, yesterday.",
		"There's no hard deadline, but {colleague} wants a plan this quarter.",
		"Our contract renews in {month}, so that's the real date.",
		"Not before {month}. We've got too much going on.",
	}
	storyOpeners = []string{
		"So, {period}, {event}.",
		"Okay, so here's what usually happens.",
		"Honestly, it's a patchwork.",
		"So a bit of background first.",
		"Yeah, so the short version is, {pain}.",
		"It's, um, it's kind of a mess, to be honest.",
		"So we've got about {count} {unit}, and the thing that eats our week is {pain}.",
		"Well, it started {period}.",
		"Good question. So right now it's {tool}.",
		"Oh, where do I start.",
	}
	storySentences = []string{
		"We use {tool}, and honestly we've outgrown that setup.",
		"Our {team} team ends up doing most of it by hand.",
		"It cost us something like {money} {period}.",
		"{colleague} spent most of a week cleaning it up.",
		"And the thing is, nobody saw it coming.",
		"My {role} asks me about it every {day}.",
		"Half the process lives in {colleague}'s head.",
		"When {colleague} is out, things fall apart.",
		"We've grown {pct} in two years, and the process hasn't changed at all.",
		"So every {day} morning it's the same fire drill.",
		"I'd say {pct} of my week goes to {pain}.",
		"We tried to fix it {period}, but the project stalled.",
		"And we've watched {metric} go the wrong way three quarters in a row.",
		"The people doing the work are frustrated, and I don't blame them.",
		"Then {event}, and that turned into a whole thing with one of our biggest customers.",
		"We patched it with {tool}, which worked until it didn't.",
		"Nobody owns it end to end, that's really the problem.",
		"I've asked for budget twice and it got pushed both times.",
		"The worst part is, we only find out after the fact.",
		"It's not that people aren't trying, it's that with {tool} we don't find out until it's too late.",
		"We have {count} {unit} now, and it was maybe half that when we set this up.",
		"So there's a lot of copying and pasting between systems.",
		"{colleague} built a workaround, and honestly it's held together with tape.",
		"And because of that, we can't even measure {metric} properly.",
		"Leadership is paying attention now, which is new.",
		"We're not that big, so we can't throw people at it.",
		"If I could get {small} hours a week back, I'd spend them on the stuff that actually matters.",
		"Every time it happens, I end up on the phone apologizing to someone.",
		"We had an audit {period}, and pulling the records took weeks.",
		"It's the kind of thing you don't notice until the day {event}.",
		"And then the next week it starts all over again.",
		"The new hires struggle with it the most, because none of it is written down.",
		"I mean, it works, technically. It's just slow and fragile.",
		"We've talked about {feature}, but nobody has had time to look into it.",
		"Our {role} wants a plan before the budget meeting in {month}.",
		"That's when I started looking around.",
		"And it's only going to get worse as we add more {unit}.",
		"Honestly, that one still keeps me up at night.",
		"Last {day} alone we lost most of the afternoon to it.",
		"I've been here {small} years and it's always been like this.",
		"We brought in a consultant once, and the binder is still on my shelf.",
		"Every team has its own version of the truth.",
		"And nobody wants to be the one who changes it and breaks something.",
		"I'm not even sure how much it really costs us, which is kind of the point.",
		"When I tell people outside the company how we do it, they laugh.",
		"Our busy season starts in {month}, and I'm dreading it.",
		"We've lost a couple of good people over it, honestly.",
		"I keep a list of every time it goes wrong. It's a long list.",
	}
	// customerQuestions and sellerAnswers go in pairs: answer i answers
	// question i.
	customerQuestions = []string{
		"How long does implementation usually take?",
		"What does pricing look like?",
		"Does it integrate with what we already use?",
		"Who else like us is using it?",
		"What happens to our data if we leave?",
		"How much work is it for my team?",
		"Is there a contract minimum?",
		"Can we try it before we commit?",
		"How is this different from {tool}?",
		"Who would we call if something breaks?",
		"What does support look like on weekends?",
		"How do you handle security reviews?",
		"Do you have customers in our industry?",
		"What would you need from us to get started?",
		"How does the price compare to what we pay now?",
	}
	sellerAnswers = []string{
		"Typically four to six weeks, and most of that is waiting on access to {integ}.",
		"It's priced by the number of {unit}, and I'll put the numbers in writing for you.",
		"Yes, that's one of our standard integrations, it works out of the box.",
		"We work with {peer}, and I'm happy to set up a reference call.",
		"Your data is yours, and you can export all of it at any time.",
		"Most of the setup is on our side, your team mostly answers questions.",
		"There's a minimum, but it's small for a team your size.",
		"We can do a pilot with a handful of {unit} first.",
		"The big difference is {feature}, which you don't get today.",
		"You'd have a named contact, and support is around the clock.",
		"Support is around the clock, weekends included, with a real person on the phone.",
		"We fill out security questionnaires every week, it's routine for us.",
		"Yes, quite a few. {peer} is probably the closest to you.",
		"We'd need an export of your {unit} and an hour with someone who knows {integ}.",
		"Honestly, it depends on what you have today, so let me not guess.",
	}
	acks = []string{
		"That's really helpful.",
		"Got it.",
		"That makes sense.",
		"Okay, so the big one is {pain}.",
		"Ouch.",
		"That's a rough week.",
		"I appreciate you being candid about that.",
		"Okay.",
		"Interesting.",
		"That's more common than you'd think.",
		"Right, that tracks.",
		"So it's less about the tool and more about the process.",
		"That's a real cost.",
		"Thanks, that's useful context.",
		"No judgment, you'd be surprised how many teams run exactly that.",
	}
	playbacks = []string{
		"So if I'm hearing you right, the big problem is {pain}, it shows up in {metric}, and you're stuck with {tool} for now.",
		"Let me play that back. You've got about {count} {unit}, your {team} team loses a lot of the week to {pain}, and you need a plan before {month}.",
		"So the real problem is that you find out about {pain} after the fact, not before.",
		"Let me check I've got this. You want to {benefit}, it has to work with {integ}, and your {role} needs to see the numbers.",
	}
	playbackChecks = []string{
		"Did I get that right?", "Is that fair?", "Is that about right?", "Does that sound right?", "Am I close?",
	}
	pitchSentences = []string{
		"{co} is the leading provider of {kind} for companies like {buyer}.",
		"Our platform gives you {feature}.",
		"We work with {count} companies like yours across the country.",
		"With {feature}, your {team} team can {benefit}.",
		"Our customers typically {benefit} within the first ninety days.",
		"We were just named a leader in our category again this year.",
		"We also just launched {feature}, which has been a huge hit.",
		"And we integrate with {integ}, so there's nothing to rip out.",
		"Our implementation team does all the heavy lifting for you.",
		"We have a mobile app that your people are going to love.",
		"Our support team is based here in the US and available around the clock.",
		"On top of that, you get {feature} at no extra cost.",
		"We're really proud of our renewal rate, it's over ninety-five percent.",
		"Honestly, our platform is the most complete one out there.",
		"What makes us different is {feature}.",
		"We have a dedicated customer success manager for every account.",
		"We're SOC 2 compliant, and we take security really seriously.",
		"Our customers tell us the ROI is usually under a year.",
		"And everything is in the cloud, so there's nothing for your IT team to install.",
		"We also have a really strong partner ecosystem.",
		"Our roadmap is packed, and a lot of it comes straight from customer feedback.",
		"We can also help you {benefit}, which most tools in this space can't do.",
		"Our dashboards give your {role} a real-time view of {metric}.",
		"We have {peer} that saw {metric} improve by {pct} in the first year.",
		"And right now we're running a promotion where implementation is free.",
		"So that's really the power of having everything in one platform.",
		"We built the product with teams like yours in mind.",
		"And our onboarding is really white-glove, we hold your hand the whole way.",
	}
	tiedPitch = []string{
		"Based on what you said about {pain}, the piece that matters most for you is {feature}.",
		"You mentioned {colleague} doing this by hand, and that's exactly where {feature} comes in.",
		"For a team your size, most customers start small, with just {feature}, and grow from there.",
		"The way {peer} handled it was to {benefit} first, and leave the rest for phase two.",
		"I'd rather show you than describe it, with your own {unit}.",
	}
	seSentences = []string{
		"On the technical side, we connect to {integ} through an API, so there's no file juggling.",
		"We'd want to look at how your {unit} data is structured before promising anything.",
		"Usually the first week is just mapping fields and testing with a sample.",
		"For security, we do single sign-on and role-based access, and we can share the audit report.",
		"The one thing to watch out for is custom fields in {integ}, those take a bit longer.",
		"We can run it side by side with {tool} for a couple of weeks, so nothing breaks.",
		"If you can send a sample export, I'll tell you exactly what maps and what doesn't.",
		"The integration runs every fifteen minutes by default, but we can make it near real time.",
		"Most of the setup is configuration, not code.",
	}
	seQuestions = []string{
		"What does {integ} look like on your side, is it hosted or on-prem?",
		"How are your {unit} identified today, is there a single ID across systems?",
		"@who Who on your team would own the integration?",
		"@yesno Are there any custom fields we should know about?",
	}
	secondCustomer = []string{
		"Can I jump in here? From the {team} side, the bigger issue is actually {pain}.",
		"I'd add that {event}, and that was on my team.",
		"Yeah, and we're stuck with {tool} for now.",
		"Just to add to that, my team spends {small} hours a week on it.",
		"The other thing is {metric}. That's what finance asks me about.",
		"I agree with {cust}. And honestly, the people on the floor feel it first.",
	}
	backchannels = []string{
		"Mm-hmm.", "Yeah.", "Right.", "Okay.", "Sure.", "Got it.", "Uh-huh.", "Makes sense.", "Totally.", "Yep.",
		"Mm.", "Oh, wow.", "Interesting.", "Yeah, yeah.", "Right, right.",
	}
	followUps = []string{
		"Tell me more about that.", "What happened next?", "How did your team handle it?", "What did that cost you?", "Who noticed first?", "How did that land with your boss?",
	}
	nextStepProposals = []string{
		"How does {day} the {ord} at {time} look for a {meeting}?",
		"Let's schedule a {meeting} for {day} at {time}.",
		"I'll send you the {doc} by {day}, and let's get thirty minutes on {day} the {ord} to go through it.",
		"Can we set up a {meeting} {day} at {time}?",
		"Would {day} at {time} work for a {meeting} with your team?",
		"Let's put a {meeting} on the calendar for {day} the {ord} at {time}.",
		"How about I send the {doc} by {day}, and we meet {day} the {ord} at {time} with your {role}?",
		"Next step, I think, is a {meeting}. Does {day} at {time} work?",
	}
	nextStepAccepts = []string{
		"{day} at {time} works.",
		"Let me check. Yeah, that works.",
		"That should be fine. Send me the invite.",
		"That time is tight, can we do an hour later?",
		"Yes, let's do it.",
		"I think so. I'll confirm with {colleague} today.",
		"Works for me.",
	}
	nextStepConfirms = []string{
		"Great, I'll send the invite right after this.",
		"Perfect. I'll send the invite and the {doc} today.",
		"Done. You'll have the invite in a few minutes, and I'll include a short agenda.",
		"Great. I'll have the {doc} to you before then.",
		"Sounds good, I'll put it on the calendar and send a short agenda.",
	}
	closingLeadIns = []string{
		"I want to be respectful of your time.", "We're close to time.", "I know we're almost out of time.", "This has been really useful.",
	}
	lastAsks = []string{
		"So, would you be open to a demo sometime?", "Is this something you'd want to look at?", "Would it make sense to talk again?",
	}
	vagueClosings = []string{
		"Well, I'll let you go. Thanks for your time.",
		"Okay, I know you're busy, so I'll let you go. Thanks for your time.",
		"Alright, thanks for chatting. Talk soon.",
		"Cool, well, feel free to reach out if anything changes.",
		"Okay. Well, I'll follow up at some point. Thanks for your time.",
		"Alright, I'll let you get back to it. Thanks for your time.",
	}
	customerBrushOffs = []string{
		"Honestly, not right now.",
		"We're pretty happy with what we have.",
		"I'd have to think about it.",
		"Send me something by email and I'll take a look.",
		"It's not really a priority this year.",
		"Maybe next quarter.",
	}
	goodbyes = []string{
		"Thanks. Bye.", "Okay, bye.", "Thanks, you too.", "Talk soon.", "Bye now.", "Thanks, take care.", "Sounds good, bye.", "Alright, thanks.",
	}
	sellerGoodbyes = []string{
		"Thanks, {cust}. Talk soon.", "Take care.", "Thanks again, bye.", "Have a good one.", "Bye now.",
	}
	// smallTalk and smallTalkReplies go in pairs.
	smallTalk = []string{
		"How's the weather over there?",
		"Busy week?",
		"Did you have a good weekend?",
		"Are you in the office today, or at home?",
		"How's the quarter going so far?",
	}
	smallTalkReplies = []string{
		"Cold. It's always cold.",
		"It's been a week, yeah.",
		"Not bad, thanks for asking.",
		"Home today. The dog may join us.",
		"Busy, but good.",
	}
	customerHellos  = []string{"Hi.", "Hey, good to meet you.", "Hi, thanks.", "Hello.", "Hey there."}
	secondHellos    = []string{"Hi, I'm here too.", "Hi everyone.", "Morning.", "Hey, thanks for setting this up."}
	howAreYouReply  = []string{"Good, thanks. You?", "Fine, thanks.", "Doing alright."}
	pitchChecks     = []string{"Does that make sense?", "Pretty cool, right?", "Is that something you'd be interested in?", "Make sense so far?"}
	cutInQuestions  = []string{"Sorry, can I ask something?", "Sorry, quick question.", "Can I stop you there?"}
	midFillers      = []string{"um", "uh", "you know", "like", "I mean", "um", "uh"}
	startFillers    = []string{"So,", "Um,", "Uh,", "Yeah,", "Well,", "Honestly,", "I mean,", "Okay, so", "Right, so"}
	cutWords        = []string{"the", "and", "to", "a", "our", "we", "that", "if", "in", "for"}
	coldBriefOpener = []string{"I'll be brief.", "I'll keep it short.", "Thanks for picking up."}
	coldValue       = []string{
		"We work with a lot of {team} teams that are stuck with {tool}.",
		"We help companies like {buyer} {benefit}.",
		"I work with a few companies near you on {pain}.",
		"I noticed {buyer} has been growing, and that usually means {pain} gets harder.",
	}
)
