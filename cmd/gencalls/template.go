package main

import (
	"fmt"
	"strings"
)

// A slot is a {name} hole in a template.
type slot uint8

const (
	slotNone slot = iota
	slotCust
	slotSeller
	slotSellerFull
	slotSE
	slotCo
	slotBuyer
	slotKind
	slotRole
	slotTeam
	slotTool
	slotPain
	slotEvent
	slotMetric
	slotUnit
	slotFeature
	slotBenefit
	slotInteg
	slotColleague
	slotSmall
	slotCount
	slotPct
	slotMoney
	slotPeriod
	slotDay
	slotTime
	slotOrd
	slotMonth
	slotMeeting
	slotDoc
	slotPeer
)

var slotNames = map[string]slot{
	"cust": slotCust, "seller": slotSeller, "sellerFull": slotSellerFull, "se": slotSE, "co": slotCo,
	"buyer": slotBuyer, "kind": slotKind, "role": slotRole, "team": slotTeam, "tool": slotTool,
	"pain": slotPain, "event": slotEvent, "metric": slotMetric, "unit": slotUnit, "feature": slotFeature,
	"benefit": slotBenefit, "integ": slotInteg, "colleague": slotColleague, "small": slotSmall,
	"count": slotCount, "pct": slotPct, "money": slotMoney, "period": slotPeriod, "day": slotDay,
	"time": slotTime, "ord": slotOrd, "month": slotMonth, "meeting": slotMeeting, "doc": slotDoc,
	"peer": slotPeer,
}

// A part is one piece of a compiled template: literal text, a slot, or a
// choice among alternatives.
type part struct {
	lit  string
	slot slot
	alts []string
}

// A template is a compiled sentence template; tag is the kind of answer a
// question calls for ("who", "yesno"...), empty when it does not say.
type template struct {
	parts []part
	tag   string
}

// compile parses a template; it panics on a malformed one, since templates
// are constants of this program.
func compile(s string) template {
	var t template
	if rest, ok := strings.CutPrefix(s, "@"); ok {
		t.tag, s, _ = strings.Cut(rest, " ")
	}
	orig := s
	for s != "" {
		i := strings.IndexAny(s, "{[")
		if i < 0 {
			t.parts = append(t.parts, part{lit: s})
			break
		}
		if i > 0 {
			t.parts = append(t.parts, part{lit: s[:i]})
		}
		closer := byte('}')
		if s[i] == '[' {
			closer = ']'
		}
		j := strings.IndexByte(s[i:], closer)
		if j < 0 {
			panic(fmt.Sprintf("gencalls: unclosed %q in template %q", s[i], orig))
		}
		inner := s[i+1 : i+j]
		if closer == '}' {
			sl, ok := slotNames[inner]
			if !ok {
				panic(fmt.Sprintf("gencalls: unknown slot {%s} in template %q", inner, orig))
			}
			t.parts = append(t.parts, part{slot: sl})
		} else {
			t.parts = append(t.parts, part{alts: strings.Split(inner, "|")})
		}
		s = s[i+j+1:]
	}
	return t
}

// A bank is a list of compiled templates; id numbers it, so that a call
// can remember which of its templates it used lately.
type bank struct {
	id int
	ts []template
}

var banks []*bank

func compileAll(ss []string) *bank {
	b := &bank{id: len(banks), ts: make([]template, len(ss))}
	for i, s := range ss {
		b.ts[i] = compile(s)
	}
	banks = append(banks, b)
	return b
}

// The compiled banks, built once: the workers only read them.
var (
	bPhoneAnswers        = compileAll(phoneAnswers)
	bColdIntros          = compileAll(coldIntros)
	bMeetingIntros       = compileAll(meetingIntros)
	bSEIntros            = compileAll(seIntros)
	bSEHellos            = compileAll(seHellos)
	bInterruptiveOpeners = compileAll(interruptiveOpeners)
	bReasonForCall       = compileAll(reasonForCall)
	bGoodOpeners         = compileAll(goodOpeners)
	bColdReplies         = compileAll(coldReplies)
	bMeetingReplies      = compileAll(meetingReplies)
	bOpenQuestions       = compileAll(openQuestions)
	bClosedQuestions     = compileAll(closedQuestions)
	bTagQuestions        = compileAll(tagQuestions)
	bDescribeAnswers     = compileAll(describeAnswers)
	bYesNoAnswers        = compileAll(yesNoAnswers)
	bAgreeAnswers        = compileAll(agreeAnswers)
	bWhoAnswers          = compileAll(whoAnswers)
	bCountAnswers        = compileAll(countAnswers)
	bWhenAnswers         = compileAll(whenAnswers)
	bStoryOpeners        = compileAll(storyOpeners)
	bStorySentences      = compileAll(storySentences)
	bCustomerQuestions   = compileAll(customerQuestions)
	bSellerAnswers       = compileAll(sellerAnswers)
	bAcks                = compileAll(acks)
	bPlaybacks           = compileAll(playbacks)
	bPlaybackChecks      = compileAll(playbackChecks)
	bPitchSentences      = compileAll(pitchSentences)
	bTiedPitch           = compileAll(tiedPitch)
	bSESentences         = compileAll(seSentences)
	bSEQuestions         = compileAll(seQuestions)
	bSecondCustomer      = compileAll(secondCustomer)
	bBackchannels        = compileAll(backchannels)
	bFollowUps           = compileAll(followUps)
	bNextStepProposals   = compileAll(nextStepProposals)
	bNextStepAccepts     = compileAll(nextStepAccepts)
	bNextStepConfirms    = compileAll(nextStepConfirms)
	bClosingLeadIns      = compileAll(closingLeadIns)
	bLastAsks            = compileAll(lastAsks)
	bVagueClosings       = compileAll(vagueClosings)
	bCustomerBrushOffs   = compileAll(customerBrushOffs)
	bGoodbyes            = compileAll(goodbyes)
	bSellerGoodbyes      = compileAll(sellerGoodbyes)
	bSmallTalk           = compileAll(smallTalk)
	bSmallTalkReplies    = compileAll(smallTalkReplies)
	bCustomerHellos      = compileAll(customerHellos)
	bSecondHellos        = compileAll(secondHellos)
	bHowAreYouReply      = compileAll(howAreYouReply)
	bPitchChecks         = compileAll(pitchChecks)
	bCutInQuestions      = compileAll(cutInQuestions)
	bColdBriefOpener     = compileAll(coldBriefOpener)
	bColdValue           = compileAll(coldValue)
)

// answersFor is the bank of short answers to a question of the given tag.
func answersFor(tag string) *bank {
	switch tag {
	case "yesno":
		return bYesNoAnswers
	case "agree":
		return bAgreeAnswers
	case "who":
		return bWhoAnswers
	case "count":
		return bCountAnswers
	case "when":
		return bWhenAnswers
	}
	return bDescribeAnswers
}
