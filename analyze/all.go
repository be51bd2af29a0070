package analyze

// All lists every analyzer, in the order the scorecard shows them.
var All = []*Analyzer{
	Talk,
	Pace,
	Questions,
	Focus,
	Openers,
	Interruptions,
	Monologue,
	Interactivity,
	Patience,
	NextStep,
	Fillers,
}
