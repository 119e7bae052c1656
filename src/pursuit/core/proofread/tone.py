"""Desperate tone: begging and pleading read as weakness (the advice: show enthusiasm, "but
don't make it seem as though you are desperate"). Plain politeness ("Please let me know")
is fine. The phrases below are flagged, each with a confident rewording; so is a sentence
whose weaker cues add up (`desperation`), which no single phrase may catch."""

from __future__ import annotations

import re

from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import caseless, lowered

_ = r"[\s,]+"  # words may be split by spaces, a line break or commas ("please, please")
# Before "give me the chance": not right after a modal ("the role would give me the chance
# to ...": what the job offers), unless the reader is its subject ("you will give me").
_MODALS = ("would", "will", "could", "might", "can", "may", "should")
# (one space or a line break of a hard-wrapped letter between the words)
_NOT_AFTER_MODAL = "(?:" + "|".join(f"(?<=\\byou\\s{m}\\s)" for m in _MODALS) + "|" + \
    "".join(f"(?<!\\b{m}\\s)" for m in _MODALS) + ")"
_INTENSIFIER = (r"(?:(?:really|truly|so|desperately|badly|just|absolutely|honestly|genuinely|"
                r"seriously|gladly|happily|literally|sincerely)[\s,]+)*")
_APOS = "['’]"
_I_AM = rf"I(?:{_}am|{_APOS}m)"
_I_WILL = rf"I(?:{_}will|{_}would|{_APOS}ll|{_APOS}d)"
_NEED = rf"\bI{_}{_INTENSIFIER}need{_}"
_SO_BADLY = rf"(?:{_}(?:so{_})?(?:badly|much))?"

# "this is my only chance to say thanks": a chance to write, not a plea
_NOT_TO_SAY = rf"(?!{_}to{_}(?:say|thank|mention|add|ask|share|tell|note|write|follow|put))"

_ANY_WORD = tuple(f"{before}any{after}" for before in " \n\t," for after in " \n\t,")

# (words one of which the phrase needs, pattern, rewording). The first pattern to claim a span
# wins. The words let most letters skip a pattern with a substring test, far cheaper than a
# case-insensitive regular expression over the whole letter.
_PHRASES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("need",),
     rf"{_NEED}(?:(?:this|the){_}(?:job|position|role|opportunity|offer|work){_SO_BADLY}"
     # "I need the role to be based in Leeds": what the job must be, not a plea
     rf"(?!{_}(?:to{_}be|to{_}include|to{_}allow|to{_}offer|based|located)\b)|"
     # "I need this chance more than anything" (not "I need the chance to review it")
     rf"this{_}chance\b|"
     # "I need a role with some travel": a requirement of the job, not a plea ("I need this
     # job at Northwind" is one)
     rf"a{_}(?:job|position|role|opportunity|offer|work){_SO_BADLY}(?!{_}(?:with|that|"
     rf"where|which|in|at|near|nearer|closer|based|offering|involving|within|close|like|"
     rf"on)\b))",
     "I'm excited about this role and confident I can contribute"),
    # "I need this." but not "the tools I need this quarter".
    (("need",), rf"{_NEED}this{_SO_BADLY}(?=\s*[.!,;]|\s*$)",
     "I'm excited about this opportunity"),
    (("beg", "implore", "plead"),
     # not the formal idioms "I beg to inform you", "I beg your pardon", "I beg to differ"
     rf"\b(?:please{_})?(?:I(?:{_}am|{_APOS}m)?{_})?beg(?:s|ging)?(?:{_}(?:of{_})?you)?\b"
     rf"(?!{_}(?:(?:to{_}(?:inform|state|submit|apply|request|say|differ|acknowledge|bring|"
     rf"enclose|remain|report|advise|notify|mention|suggest|propose|point|introduce|"
     rf"forward|attach|confirm))|(?:your|his|her){_}pardon|leave)\b)"
     rf"|\bI{_}implore(?:{_}you)?\b|\bplead(?:s|ing)?(?:{_}with{_}you)?\b",
     "I would welcome the chance to continue the conversation"),
    (("please",), rf"\bplease{_}please(?:{_}please)*\b", "Please"),
    (("hire", "chance", "shot", "give me"),
     rf"\b(?:please{_})?(?:just{_})?(?:hire{_}me|give{_}me{_}(?:a|one|this{_}one|just{_}one){_}"
     rf"(?:chance|shot)|"
     # "this role would give me the chance to ...": after a modal whose subject is not the
     # reader, "give" tells what the job offers ("I hope you will give me this job" asks)
     rf"{_NOT_AFTER_MODAL}"
     rf"give{_}me{_}(?:this|the){_}(?:job|position|role|chance|opportunity))\b"
     # "please give me any chance": asked for with "please", "any" is a plea ("would that
     # give me any chance of a visa?" asks a question)
     rf"|\bplease{_}give{_}me{_}any{_}(?:chance|shot|opportunity|job|position|role)\b"
     rf"|\btak(?:e|ing){_}a{_}chance{_}on{_}me\b",
     "I would welcome the opportunity to contribute"),
    # (also misspelt, a vowel changed or left out, as a writer in a hurry spells it: the plea
    # is the same, and the spelling rules report the slip besides)
    (("desp",), r"\bdesp[aeiou]?r[aeiou]?t(?:e|ely|ion)\b", "keen"),
    (("anything",), rf"\b{_I_WILL}{_}{_INTENSIFIER}do{_}{_INTENSIFIER}anything\b",
     "I'm ready to contribute from day one"),
    # Doing anything for the job itself: "I am ready to do anything to get this position",
    # "I will do whatever it takes to earn this position", "I'd go to any lengths to join
    # your team". Doing what the work takes ("whatever it takes to ship the release", "ready
    # to do anything the ward needs") is commitment, not a plea.
    (("anything", "whatever", "any lengths"),
     rf"\b(?:(?:{_I_AM}|I{_APOS}m){_}{_INTENSIFIER}(?:ready|willing|prepared|happy){_}to{_}|"
     rf"{_I_WILL}{_}{_INTENSIFIER}|I{_}can{_})?(?:do{_}(?:anything|whatever{_}(?:it{_}takes|"
     rf"is{_}needed|is{_}necessary|you{_}ask))|go{_}to{_}any{_}lengths)(?:{_}I{_}can)?{_}"
     rf"(?:to{_}(?:get|earn|land|win|secure|be{_}given|be{_}offered|join|work{_}(?:for|"
     rf"with){_}you|be{_}part{_}of)|for){_}(?:this|the|a|your|that){_}(?:job|position|role|"
     rf"opportunity|offer|chance|post|team|company)\b",
     "I'm ready to contribute from day one"),
    # "any" as a word: "company" and "anyone" hold it too, and the pattern scanned every letter.
    # Up to two words may qualify the post ("I'll take any teaching post", "accept any
    # short-term contract"): the plea is the same. Not after a negation ("we never accept
    # any late work", "I didn't take any active role in it").
    (_ANY_WORD,
     rf"(?<!\bnot\s)(?<!\bnever\s)(?<![nN][’']t\s)"
     rf"\b(?:take|accept|do){_}any{_}(?:(?!(?:job|position|role|post)s?\b)[a-z-]+{_}){{0,2}}?"
     rf"(?:job|position|role|work|salary|offer|post|vacancy|opening|contract)s?\b"
     rf"|\bany{_}(?:job|position|role){_}at{_}all\b",
     "this role"),
    (("hope", "chance"),
     rf"\b(?:you{_}are|you{_APOS}re|this{_}is|(?:job|role|position|opportunity){_}is|"
     rf"it{_APOS}s|it{_}is){_}my{_}(?:last|only|final){_}(?:hope|chance)\b{_NOT_TO_SAY}",
     "I'm very interested in this role"),
    (("pray", "knees"), rf"\b{_I_AM}{_}praying\b|\bon{_}my{_}knees\b",
     "I'm very interested in this role"),
    (("free", "unpaid", "without pay"),
     rf"\bwork{_}(?:for{_}free|unpaid|without{_}pay)\b", "bring value from day one"),
    (("depend", "relies", "relying", "counting on"),
     rf"\bmy{_}(?:family|kids|children|wife|husband|partner|parents)(?:{_}\w+){{0,2}}?{_}"
     rf"(?:depends?|depending|relies|relying|is{_}counting|are{_}counting){_}on\b",
     "I'm very interested in this role"),
    # ... and already out of them: "I'm about out of options", "I'm all but out of money"
    (("running out of", "out of options", "out of money", "out of savings", "out of hope"),
     rf"\b{_I_AM}{_}running{_}out{_}of{_}(?:options|money|savings|hope|time)\b"
     rf"|\b{_I_AM}{_}(?:(?:about|almost|nearly|all{_}but|pretty{_}much|just{_}about|"
     rf"completely|totally|basically|honestly|really){_})?out{_}of{_}(?:options|money|"
     rf"savings|hope)\b",
     "I'm very interested in this role"),
    (("devastated", "heartbroken", "crushed"),
     rf"\b(?:devastated|heartbroken|crushed){_}(?:if|should|were)\b",
     "I'm very interested in this role"),
    (("checking my", "check my"),
     rf"\bcheck(?:ing)?{_}my{_}(?:email|e-mail|emails|inbox|phone){_}every{_}(?:hour|"
     rf"few{_}minutes|minute|five{_}minutes|ten{_}minutes)\b",
     "I look forward to hearing from you"),
    (("pick me", "choose me", "select me"),
     rf"\bplease{_}(?:just{_})?(?:pick|choose|select){_}me\b", "I hope to hear good news"),
    (("rejected", "applied to"),
     rf"\b(?:been{_}rejected{_}(?:so{_}many|again|by{_}(?:every|so{_}many))|applied{_}(?:to|"
     rf"for){_}(?:(?:over|more{_}than|nearly|almost){_})?(?:\d{{2,}}|hundreds{_}of|"
     rf"dozens{_}of|so{_}many){_}(?:jobs|positions|roles|"
     rf"companies))\b", "I'm very interested in this role"),
    (("money", "financially", "bills", " rent", "mortgage"),  # not "cur-rent"
     rf"\b(?:I{_}(?:really{_})?need{_}the{_}money|struggling{_}(?:financially|to{_}pay)|"
     # the writer's own rent or bills falling behind: "I'm struggling to keep up with rent",
     # "I've fallen behind on the bills" (a firm's "keeping up with demand" is no plea)
     rf"(?:{_I_AM}|I{_APOS}ve{_}been|I{_}have{_}been|we{_APOS}re|we{_}are){_}(?:[\w'’]+{_})?"
     rf"(?:struggling|finding{_}it{_}hard){_}to{_}(?:keep{_}up{_}with|cover|meet|make)"
     rf"{_}(?:the{_}|my{_}|our{_})?(?:rent|bills|mortgage)|"
     rf"(?:{_I_AM}|I{_APOS}ve{_}fallen|I{_}have{_}fallen|I{_}fell|we{_APOS}re|we{_}are)"
     rf"{_}behind{_}(?:on|with){_}(?:the{_}|my{_}|our{_})?(?:rent|bills|mortgage)|"
     rf"(?:pay|cover){_}(?:my|the){_}(?:bills|rent){_}(?:this|next){_}month)\b",
     "I'm very interested in this role"),
    (("anything", "whatever role", "whatever position", "whatever job", "any chance",
      "any opportunity"),
     rf"\bI{_APOS}?(?:ll|{_}will|{_}would|{_APOS}d){_}{_INTENSIFIER}(?:take|accept){_}"
     rf"anything\b(?!{_}(?:off|on|from|else{_}on))|\bwhatever{_}"
     rf"(?:role|position|job){_}you{_}(?:can{_})?offer\b|\bany{_}(?:chance|opportunity)"
     rf"{_}(?:at{_}all|you{_}can{_}give)\b", "I'm very interested in this role"),
    # nowhere left to look: "I have nowhere else to turn" (not "the stock had nowhere else
    # to go", said of a thing)
    (("nowhere else",), rf"\bI(?:{_}have|{_APOS}ve|{_}had)(?:{_}got)?{_}nowhere{_}else{_}to{_}"
                        rf"(?:turn|go)\b", "I'm very interested in this role"),
    (("know what",), rf"\bdon{_APOS}t{_}know{_}what{_}I(?:{_APOS}ll|{_}will|{_}would|"
                     rf"{_APOS}d){_}do(?:{_}(?:if|without)\b|(?=\s*[.!,;]))",
     "I'm very interested in this role"),
    (("salary", "pay", "wage"),
     # (not the idiom "at any rate", which means "anyway")
     rf"\b(?:(?:for|at|accept|take){_}any{_}(?:salary|pay|wage)|(?:for|accept|take){_}any{_}"
     rf"rate)\b"
     rf"|\b(?:whatever|any){_}(?:salary|pay){_}you{_}(?:can{_})?(?:offer|want|like)\b"
     # ... or content with any at all: "I'd be happy with any salary" (not "any salary in
     # the advertised range", a range agreed to)
     rf"|\b(?:happy|fine|content|okay|ok|satisfied){_}with{_}any{_}(?:salary|pay|wage)\b"
     rf"(?!{_}(?:in|within|between|from|above|of|range|band)\b)"
     # ... or offered as the last of a list of terms given up ("I can start tomorrow, any
     # shift, any salary."): "any pay" as an item closing its clause (not "any salary
     # expectations you have", which goes on)
     rf"|(?:,|\band|\bor){_}any{_}(?:salary|pay|wage|rate)(?=\s*(?:[.!;]|$))",
     "I'm confident we can agree on terms"),
    # The writer's own panic or despair over the wait: "I'm starting to panic", "I am
    # beginning to lose hope" (not "the team started to panic when the line stopped")
    (("panic", "despair", "lose hope", "losing hope"),
     rf"\b{_I_AM}{_}(?:(?:really|honestly|truly|slowly|now){_})?(?:(?:starting|beginning)"
     rf"{_}to{_}(?:panic|despair|lose{_}hope)|panicking|in{_}a{_}panic|losing{_}hope|"
     rf"in{_}despair)\b",
     "I'm still very interested in this role"),
    (("afford",), rf"\bcan(?:not|{_APOS}t|{_}not){_}afford{_}to{_}(?:lose|miss){_}"
                  rf"(?:this|another|one{_}more|the){_}(?:\w+{_})?(?:job|role|position|"
                  rf"opportunity|chance|offer)\b",
     "I'm very interested in this role"),
    # ... and the same without "afford": "I really cannot lose this chance" (not "I can't
    # miss this chance to thank you": a chance to write)
    (("lose", "miss"), rf"\bI{_}{_INTENSIFIER}can(?:not|{_APOS}t|{_}not){_}{_INTENSIFIER}"
                       rf"(?:lose|miss){_}(?:this|another){_}(?:\w+{_})?(?:job|role|position|"
                       rf"opportunity|chance|offer)\b{_NOT_TO_SAY}",
     "I'm very interested in this role"),
    # One's own circumstances as the reason to be hired: "after two near misses this year I
    # really can't face another rejection", "another rejection would crush me". A setback
    # spoken of in the work ("the build can't take another delay") is not about the writer.
    (("rejection", "another no", "knock-back"),
     rf"\bI{_}{_INTENSIFIER}(?:can(?:not|{_APOS}t|{_}not)|couldn{_APOS}t|could{_}not|"
     rf"don{_APOS}t{_}think{_}I{_}can){_}{_INTENSIFIER}(?:face|take|handle|bear|stand|survive|"
     rf"go{_}through|cope{_}with|deal{_}with){_}(?:another|one{_}more|any{_}more|more){_}"
     rf"(?:rejections?|no|knock-backs?|setbacks?|disappointments?)\b"
     rf"|\banother{_}(?:rejection|no|knock-back){_}(?:would|will|might){_}(?:really{_})?"
     rf"(?:crush|break|destroy|devastate|finish)(?:{_}me)?\b",
     "I'm very interested in this role"),
    # The end of one's means told as a season one cannot last: "I can't go another winter
    # without steady work", "I couldn't get through one more month without a pay cheque".
    # What a team or a machine cannot go without ("the line can't go another week without a
    # service") has no "I" before it.
    (("another", "one more"),
     rf"\bI{_}{_INTENSIFIER}(?:can(?:not|{_APOS}t|{_}not)|couldn{_APOS}t|could{_}not){_}"
     rf"{_INTENSIFIER}(?:go|last|manage|survive|get{_}through|make{_}it{_}through){_}"
     rf"(?:another|one{_}more){_}(?:\w+{_})?(?:day|week|month|year|winter|summer|season|"
     rf"quarter)s?{_}without{_}(?:[\w'’-]+{_}){{0,2}}?(?:work|job|income|pay|pay{_}cheque|"
     rf"paycheck|wages?|salary|employment)\b",
     "I'm very interested in this role"),
    # ... and the asking itself pressed on the reader with "please": "so please, I'm asking
    # you to consider me", "I am asking you, please, to give me this". A plain "I am writing
    # to ask you to consider my application" has no "please" beside it.
    (("asking you",),
     rf"\bplease{_}{_I_AM}{_}(?:just{_}|only{_}|simply{_})?asking{_}you{_}(?:to{_})?"
     rf"(?:please{_})?(?:consider|hire|choose|pick|take|give|accept){_}me\b"
     rf"|\b{_I_AM}{_}(?:just{_}|only{_}|simply{_})?asking{_}you{_}(?:to{_})?please{_}"
     rf"(?:consider|hire|choose|pick|take|give|accept){_}me\b",
     "I would welcome your consideration"),
    # Asking not to be turned away, and being at the end of one's means: "please don't pass
    # on me", "I really need this to work out", "this is my last shot", "I have bills to pay",
    # "my savings are nearly gone", "at the end of my rope".
    (("please",),
     rf"\bplease{_}(?:don{_APOS}t|do{_}not){_}(?:pass{_}(?:on|over)|reject|turn{_}down|"
     rf"overlook|give{_}up{_}on|forget{_}about|rule{_}out){_}me\b"
     # ... or not to answer no, the plea often put between commas: "please, I ask you, don't
     # say no" ("please don't say no to a coffee" is an offer, with what is refused named)
     rf"|\bplease{_}(?:I{_}(?:ask|beg|implore){_}(?:of{_})?you{_})?(?:don{_APOS}t|do{_}not){_}"
     rf"say{_}no(?:{_}to{_}me)?(?!{_}to)\b"
     # ... or not to fail the writer: "please do not let me down" (said of what one waits
     # for, not of a team: "please don't let the team down" is a colleague's word)
     rf"|\bplease{_}(?:don{_APOS}t|do{_}not){_}let{_}me{_}down\b"
     rf"|\bplease{_}(?:don{_APOS}t|do{_}not){_}(?:pass|turn|write){_}me{_}(?:over|by|down|off)\b"
     # ... and not to let the chance go: "please don't let this one slip away"
     rf"|\bplease{_}(?:don{_APOS}t|do{_}not){_}let{_}(?:this|it|the|my){_}(?:(?:one|chance|"
     rf"opportunity|role|job|position){_})?(?:slip{_}(?:away|through)|pass{_}(?:me{_})?by|"
     rf"go|get{_}away)\b",
     "I hope to hear good news"),
    # Fear of being turned away, said of oneself: "I honestly can't afford to be turned down
    # again", "I can't bear to be passed over again". A team or a project ("we can't afford to
    # be rejected by the regulator") is not the writer pleading.
    (("afford", "bear", "stand"),
     rf"\bI{_}{_INTENSIFIER}(?:can(?:not|{_APOS}t|{_}not)|couldn{_APOS}t|could{_}not){_}"
     rf"{_INTENSIFIER}(?:afford|bear|stand){_}(?:to{_}be|being){_}(?:turned{_}down|rejected|"
     rf"passed{_}over|overlooked|let{_}go)\b"
     rf"|\bI{_}{_INTENSIFIER}can(?:not|{_APOS}t|{_}not){_}afford{_}(?:another|one{_}more){_}"
     rf"(?:rejection|no|knock-back)\b",
     "I'm very interested in this role"),
    # No other prospects as the reason to be hired: "I have nothing else lined up", "I don't
    # have any other offers". "I have nothing else to add" and "no other questions" pass.
    (("lined up", "other offer", "other option", "other prospect", "nothing else on"),
     rf"\bI(?:{_}have|{_APOS}ve{_}got|{_}have{_}got){_}(?:nothing|no(?:{_}other)?{_}"
     rf"(?:job|role|work|offers?|options?|prospects?))(?:{_}else)?{_}(?:lined{_}up|on{_}the{_}"
     rf"(?:horizon|table)|left)\b"
     rf"|\bI(?:{_}have|{_APOS}ve{_}got){_}no{_}other{_}(?:offers|options|prospects)\b"
     rf"|\bI{_}(?:don{_APOS}t|do{_}not){_}have{_}any{_}other{_}(?:offers|options|prospects)\b",
     "I'm very interested in this role"),
    # Wanting the job above all, and what it would mean to one's life: "I really, really
    # want this job more than anything", "this job would mean the world to me". Wanting to
    # help the team ("I really want to help your team") is enthusiasm.
    (("more than anything", "mean the world", "mean everything", "change my", "transform my",
      "save my", "is everything", "means everything", "fail again"),
     rf"\b(?:this|the){_}(?:job|role|position|opportunity|offer){_}(?:is|means){_}"
     rf"everything{_}to{_}(?:me|us|my{_}family)\b|\bI{_}(?:cannot|can{_APOS}t|can{_}not|"
     rf"couldn{_APOS}t){_}(?:afford{_}to{_})?fail{_}again\b|\bwant{_}(?:this|the){_}(?:job|role|position|opportunity){_}(?:more{_}than{_}"
     rf"anything|so{_}(?:badly|much))\b|\b(?:job|role|position|opportunity|offer){_}"
     rf"would{_}(?:(?:honestly|truly|really|literally){_})?(?:mean{_}(?:the{_}world|"
     rf"everything){_}to{_}(?:me|us|my{_}family)|(?:change|transform){_}my{_}life|save{_}my{_}"
     rf"(?:life|career|family))\b|\b(?:hiring|choosing|picking){_}me{_}would{_}"
     rf"(?:(?:honestly|truly|really|literally){_})?(?:save|change|transform){_}my{_}"
     rf"(?:life|family|career)\b",
     "I'm very interested in this role"),
    # Hope lost, a favour begged: "I am losing hope", "I've almost given up hope", "I would
    # be forever grateful if you gave me a chance", "I'm willing to do anything, even unpaid
    # overtime". "Forever grateful to my first mentor" is thanks, not a plea.
    (("hope", "forever", "gave me", "anything"),
     rf"\bI(?:{_}am|{_APOS}m){_}(?:\w+{_})?losing{_}hope\b"
     rf"|\bI(?:{_}have|{_APOS}ve){_}(?:almost{_}|nearly{_}|all{_}but{_})?(?:lost|given{_}up)"
     rf"(?:{_}all)?{_}hope\b"
     rf"|\bforever{_}(?:grateful|indebted|in{_}your{_}debt){_}if{_}you\b"
     rf"|\bif{_}you{_}(?:gave|give|would{_}give|could{_}give){_}me{_}(?:a|one|this){_}"
     rf"(?:chance|shot)\b"
     rf"|\b(?:{_I_AM}|I{_APOS}m){_}{_INTENSIFIER}(?:willing|ready|prepared){_}to{_}do{_}"
     rf"{_INTENSIFIER}anything(?=\s*[,.;!]|{_}(?:at{_}all|you{_}ask)\b)",
     "I'm very interested in this role"),
    # Lower pay offered to get in: "I'm willing to start tomorrow for less pay", "I'd take a
    # pay cut just to get my foot in the door". A pay cut in one's story ("I took a pay cut
    # to join a start-up") is not an offer.
    (("less pay", "pay cut", "lower salary", "less money", "minimum wage", "reduced salary"),
     rf"\bI(?:{_}will|{_}would|{_APOS}ll|{_APOS}d|{_}am|{_APOS}m|{_}can)(?:{_}[\w'’]+){{0,4}}?"
     rf"{_}(?:take|accept|for|on|at)(?:{_}(?:a|an))?{_}(?:less{_}(?:pay|money)|pay{_}cut|"
     rf"lower{_}salary|reduced{_}salary|minimum{_}wage)\b",
     "I'm confident we can agree on terms"),
    # ... or less than was agreed: "I can accept less than we discussed", "I'd work for less
    # than the advertised rate". Asking for less ("I can live with less than full remote") or
    # a team's budget ("we accept less than 1% loss") is not the writer's offer.
    (("less than",),
     rf"\bI(?:{_}will|{_}would|{_APOS}ll|{_APOS}d|{_}can|{_}could|{_}am|{_APOS}m)"
     rf"(?:{_}[\w'’]+){{0,3}}?{_}(?:accept|take|settle{_}for|work{_}for)(?:{_}(?:a|an))?"
     rf"(?:{_}(?:salary|rate|wage|pay|fee)s?)?{_}less{_}than{_}(?:we|you|what|the|my|I|was|"
     rf"agreed|advertised|offered|discussed|quoted)\b",
     "I'm confident we can agree on terms"),
    # Asking that a weakness not count: "Please don't let my lack of experience stop you
    # from hiring me".
    (("please",),
     rf"\bplease{_}(?:don{_APOS}t|do{_}not){_}let{_}(?:[\w'’]+{_}){{1,5}}?(?:stop|keep|"
     rf"prevent){_}you{_}from{_}(?:hiring|choosing|considering|picking|selecting){_}me\b",
     "I hope to hear good news"),
    (("need",),
     rf"{_NEED}(?:this{_}to{_}work{_}out|a{_}(?:win|break|yes){_}(?:right{_})?now)\b",
     "I'm excited about this opportunity"),
    (("shot", "last chance"),
     rf"\b(?:this{_}is|you{_}are|you{_APOS}re|it{_APOS}s|it{_}is){_}(?:really{_})?my{_}"
     rf"(?:last|only|final){_}(?:shot|chance)\b{_NOT_TO_SAY}",
     "I'm very interested in this role"),
    # In need of the work itself: "I am in dire need of this job", "in urgent need of a role".
    (("need of",),
     rf"\b(?:{_I_AM}|I{_}was){_}(?:\w+{_})?in{_}(?:dire|desperate|urgent|great|real|serious)"
     rf"{_}need{_}of{_}(?:this|a|the|any|some){_}(?:job|role|position|work|income|"
     rf"employment|opportunity)\b",
     "I'm excited about this role and confident I can contribute"),
    (("bills", "savings", "rope", "tether"),
     rf"\bI(?:{_}have|{_APOS}ve{_}got|{_}have{_}got){_}(?:\w+{_})?bills{_}to{_}pay\b"
     # (the adverb is optional: "{_}?" would only make the space lazy, not optional)
     rf"|\bmy{_}savings{_}(?:are|have){_}(?:(?:nearly|almost|all|just{_}about){_})?"
     rf"(?:gone|run{_}out|running{_}out)\b"
     rf"|\b(?:at|reached){_}the{_}end{_}of{_}my{_}(?:rope|tether)\b",
     "I'm very interested in this role"),
)
_COMPILED = tuple((keywords, caseless(pattern), rewording)
                  for keywords, pattern, rewording in _PHRASES)
# Every keyword once: a letter is searched for each of them in one pass, and each phrase or
# cue then asks which of its own were present (a search per phrase repeated the common ones).
_PHRASE_KEYWORDS = frozenset(keyword for keywords, _, _ in _COMPILED for keyword in keywords)


def find_desperate_tone(letter: Letter) -> list[Finding]:
    findings: list[Finding] = []
    claimed: list[tuple[int, int]] = []
    folded = letter.text.casefold()
    present = {keyword for keyword in _PHRASE_KEYWORDS if keyword in folded}
    for keywords, pattern, rewording in _COMPILED:
        if present.isdisjoint(keywords):
            continue
        for match in pattern.finditer(letter.lower):
            start, end = match.span()
            if any(start < e and s < end for s, e in claimed):
                continue
            claimed.append((start, end))
            findings.append(letter.finding(
                "desperate_tone", start, end,
                "Sounds desperate; a confident tone persuades better.", rewording,
            ))
    findings += find_desperate_sentences(letter, claimed)
    return _one_per_sentence(letter, findings)


def _one_per_sentence(letter: Letter, findings: list[Finding]) -> list[Finding]:
    """"Please, I am begging you, give me a chance": desperate phrases one after the other,
    with only a comma between or in the same sentence, are one plea and one finding."""
    findings.sort(key=lambda finding: finding.start or 0)
    merged: list[Finding] = []
    for finding in findings:
        previous = merged[-1] if merged else None
        if previous is not None and previous.end is not None and finding.start is not None \
                and _same_plea(letter.text[previous.end:finding.start]):
            end = max(previous.end, finding.end or previous.end)
            merged[-1] = letter.finding("desperate_tone", previous.start or 0, end,
                                        previous.message, previous.suggestion)
            continue
        merged.append(finding)
    return merged


_JOIN_RE = re.compile(r"[\s,;:—–-]{0,4}")
# A sentence's end, a semicolon or a paragraph break: pleas with one between are two findings.
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?:[\s\"'”’)]|$)|;|\n\s*\n")


def _same_plea(between: str) -> bool:
    """Pleas in one sentence are one plea to reword: "I really can't face another rejection,
    so I hope you'll give me this chance" is one finding, not two."""
    return _JOIN_RE.fullmatch(between) is not None or \
        len(between) <= 120 and _SENTENCE_BREAK_RE.search(between) is None


# A sentence's desperation, weighed. The phrases above catch the pleas someone wrote down; a
# writer in another field pleads in other words ("I'll take any territory you give me, I just
# need to get back to work"). Each cue below is weak alone and common in a confident letter
# ("I need to", "any", "lose"); a sentence is desperate when cues of several kinds add up. The
# weights and THRESHOLD were set on the tuning letters, where no clean sentence reaches it.
_CUES: tuple[tuple[float, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (weight, keywords, caseless(pattern))
    for weight, keywords, pattern in (
        # needing the work itself
        (1.0, ("need",),
         rf"\bI{_}(?:{_INTENSIFIER})?need{_}(?:to{_}(?:get|find|be{_}back|start|land|"
         rf"have)|this|a{_}(?:job|role|position)|work|the{_}(?:work|income|money))\b"),
        (1.0, ("back",), rf"\b(?:get|go|be){_}back{_}(?:to|into){_}(?:work|employment|a{_}job)\b"),
        # being without work or means ("without steady work" as much as "without work")
        (1.0, ("work", "unemployed", "without", "jobs", "laid", "redundant", "let go"),
         rf"\b(?:out{_}of{_}work|unemployed|without{_}(?:a{_}job|(?:(?:steady|stable|regular|"
         rf"paid|any|full-time){_})?(?:work|income))|"
         rf"between{_}jobs|laid{_}off|made{_}redundant|let{_}go)\b"),
        # a household without means, and the loss that left it so: "since my husband lost his
        # job the family has no money coming in". Either alone is a fact a letter may state
        # ("after my mother's bakery closed I ran its books at sixteen"); told together, to an
        # employer, they ask for pity, not for the job
        (1.5, ("no income", "no money", "no earnings", "no earner", "no salary"),
         rf"\b(?:we|my{_}family|our{_}family|the{_}family|my{_}(?:parents|mother|father)|"
         rf"(?:my|our){_}household){_}(?:have|has|had|are{_}left{_}with|were{_}left{_}with){_}no"
         rf"{_}(?:income|money|earnings|earner|salary)\b"),
        # ... told of oneself, and of the mouths it has to feed: "I have been at home with no
        # income", "with two children to feed", "my kids need me to have this job". A
        # project's want ("the mill had no income in winter") and a team's ("the children we
        # teach need a safe room") are not the writer's
        (1.0, ("no income", "no work", "no job", "no wages"),
         rf"\bI(?:{_}have|{_APOS}ve|{_}am|{_APOS}m)(?:{_}[\w'’-]+){{0,3}}?{_}with{_}no{_}"
         rf"(?:income|work|job|wages)\b"),
        (1.5, ("to feed",),
         rf"\b(?:(?:two|three|four|five|six|\d+|my|our){_}(?:young{_}|small{_}|little{_})?"
         rf"(?:children|kids|sons|daughters)|a{_}family|mouths){_}to{_}feed\b"),
        (1.5, ("need me", "needs me"),
         rf"\b(?:my|our){_}(?:children|kids|family|parents|mother|father|son|daughter){_}"
         rf"(?:really{_})?needs?{_}me{_}to{_}(?:have|get|find|land){_}(?:this|the|a){_}"
         rf"(?:job|role|position|work)\b"),
        (1.0, ("found",),
         rf"\bI(?:{_}have|{_APOS}ve){_}(?:not|never){_}(?:been{_}able{_}to{_})?(?:found|find)"
         rf"{_}(?:any{_})?(?:stable{_}|steady{_}|regular{_}|paid{_})?(?:work|job|employment)\b"),
        (1.0, ("father", "mother", "husband", "wife", "parents", "brother", "sister", "family"),
         rf"\b(?:my|our){_}(?:father|mother|husband|wife|parents|brother|sister|family)"
         rf"(?:{_APOS}s?)?{_}(?:[\w'’-]+{_}){{0,3}}?(?:closed|died|passed{_}away|lost{_}(?:his|"
         rf"her|their){_}(?:job|work|business|shop)|fell{_}ill|went{_}bankrupt|shut{_}down)\b"),
        # fear of losing the chance
        (1.5, ("afford",), rf"\bcan(?:not|{_APOS}t|{_}not){_}afford{_}to\b"),
        (1.0, ("lose", "miss"),
         rf"\b(?:lose|miss|lose{_}out{_}on){_}(?:this|another|one{_}more){_}"
         rf"(?:one|job|role|chance|opportunity|position)?\b"),
        # taking any terms at all
        # ... also at the end of a list of lesser terms: "accept part-time, nights, anything"
        (2.0, ("whatever", "anything"),
         rf"\b(?:take|accept){_}(?:[\w'’-]+{_}){{0,6}}?(?:whatever|anything)\b"
         rf"(?!{_}(?:else|you{_}(?:say|suggest|think|decide)))"),
        # ... and a list of hours given up that ends in "anything": "work any hours,
        # weekends, nights, anything" (not "work on anything", which is no list of terms)
        (2.0, ("anything",),
         rf"\bwork{_}any{_}\w+(?:{_}\w+){{1,5}}?{_}(?:or{_}|and{_})?anything\b(?!{_}else)"),
        # waiting on the reader's answer, hour by hour: "I am waiting by the phone", "I'm
        # checking my inbox every day"
        (2.0, ("phone", "inbox", "mail", "messages"),
         rf"\b(?:{_I_AM}|I{_APOS}ve{_}been|I{_}have{_}been){_}(?:(?:constantly|always|still|"
         rf"literally|honestly){_})?(?:checking{_}my{_}(?:phone|inbox|e-?mails?|messages){_}"
         rf"every{_}(?:day|hour|morning|evening|night|few|five|ten|single|minute)|(?:waiting|"
         rf"sitting){_}by{_}(?:the|my){_}phone)\b"),
        # "whatever you offer" as terms taken, not "let me know whatever you decide"
        (2.0, ("whatever",),
         rf"\b(?:take|accept|settle{_}for|work{_}for|go{_}with){_}(?:[\w'’]+{_}){{0,3}}?"
         rf"whatever{_}(?:you|they){_}(?:can{_})?(?:offer|give|pay)\b"
         # ... and whatever share of the work is going: "I'll take whatever hours you have"
         # (not "whatever feedback you have", which is no term of the job)
         rf"|\b(?:take|accept|settle{_}for|work){_}whatever{_}(?:hours|shifts?|days|work|"
         rf"role|position|job|contract|pay|salary|rate|schedule|slots?){_}(?:you|they)"
         # ("whatever shifts you've got": what the reader has going, said the spoken way)
         rf"(?:{_APOS}ve{_}got|{_}(?:can{_})?(?:have|offer|give|pay|spare|have{_}got|got))\b"),
        (2.0, ("any",),
         rf"\b(?:take|accept|do|work){_}any{_}(?!questions?\b|feedback\b|comments?\b)\w+"
         rf"(?:{_}(?:and|or){_}any{_}\w+)?{_}(?:you|they){_}(?:can{_})?"
         rf"(?:give|offer|have|assign)\b"),
        (1.0, ("whatever", "any"),
         rf"\b(?:{_I_AM}|I{_APOS}m|{_I_WILL}){_}{_INTENSIFIER}(?:prepared|willing|ready|"
         rf"happy){_}to{_}(?:take|accept|do){_}(?:whatever|any|anything)\b"),
        # settling for less, to get in at all: "I'd take a step down to Project Geologist",
        # "a contract on any terms that suit you", "if that's what it takes to get a foot in the
        # door", "I'd take a part-time spot if that's all there is"
        (1.0, ("step down",), rf"\b(?:take|taking|accept|accepting){_}(?:a{_})?step{_}down\b"),
        (2.0, ("terms",), rf"(?<!not\s)\b(?:on|under){_}(?:any|whatever){_}terms\b"),
        (1.0, ("what it takes", "all there is", "all you have", "all you can"),
         rf"\bif{_}(?:that{_APOS}s|that{_}is|it{_APOS}s|it{_}is){_}(?:what{_}it{_}takes|all{_}"
         rf"(?:there{_}is|you{_}have|you{_}can{_}offer))\b"),
        (1.0, ("foot in the door",), rf"\b(?:a|my){_}foot{_}in{_}the{_}door\b"),
        (1.0, ("take", "accept"),
         rf"\bI(?:{_APOS}d|{_APOS}ll|{_}would|{_}will|{_}can)(?:{_}[\w'’]+)?{_}(?:take|accept)"
         rf"{_}(?:a|an|any){_}(?:part-time|temporary|temp|junior|lower|lesser|casual|"
         rf"entry-level|spare|reserve|relief|unpaid|short-term|zero-hours|fill-in|backup)\b"),
        # giving up other chances for this one, and begging even for a no: "I've turned down a
        # contract elsewhere to keep this winter open for you", "even a rough answer"
        (1.0, ("turned down", "declined", "refused", "passed on", "said no to"),
         rf"\b(?:turned{_}down|declined|refused|passed{_}on|said{_}no{_}to){_}(?:a|an|"
         rf"another|other|two|three|several){_}(?:[\w-]+{_}){{0,2}}?(?:offers?|contracts?|"
         rf"jobs?|roles?|positions?)\b"),
        (1.0, ("for you",),
         rf"\b(?:keep|kept|keeping|hold|held|holding){_}(?:[\w'’-]+{_}){{1,3}}?(?:open|free|"
         rf"clear){_}for{_}you\b"),
        (1.0, ("even a",),
         rf"\beven{_}a{_}(?:quick|rough|short|brief|one-line|simple|single){_}(?:answer|reply|"
         rf"no|update|word|response)\b"),
        (1.0, ("even a", "even just"),
         rf"\beven{_}(?:just{_})?a{_}(?:no|rejection)\b"),
        # promising not to disappoint, what the job would mean, how long the search has been:
        # "I promise I won't let you down", "you won't regret hiring me", "it would mean so
        # much to me", "I have been looking for work for eight months"
        (1.5, ("promise", "swear", "guarantee"),
         rf"\bI{_}(?:promise|swear|guarantee)(?:{_}you)?{_}(?:that{_})?I{_}(?:won{_APOS}t|will{_}"
         rf"not|will{_}never){_}let{_}you{_}down\b"),
        (1.5, ("regret",),
         rf"\byou{_}(?:won{_APOS}t|will{_}not|will{_}never){_}regret{_}(?:it|hiring{_}me|giving"
         rf"{_}me|taking{_}(?:a{_}chance|me))\b"),
        (1.0, ("would mean",),
         rf"\b(?:it|this|the{_}(?:job|role|position|offer|opportunity)){_}would{_}(?:really{_})?"
         rf"mean{_}(?:so{_}much|a{_}lot|a{_}great{_}deal|more{_}than{_}I{_}can{_}say){_}to{_}me\b"),
        (1.0, ("looking for", "searching for", "applying for"),
         rf"\b(?:I{_APOS}ve|I{_}have){_}been{_}(?:looking|searching|applying){_}(?:for{_}(?:work|a{_}"
         rf"job|jobs|a{_}role|roles|a{_}position|positions){_})?for{_}(?:(?:over|more{_}than|"
         rf"nearly|almost){_})?(?:months|a{_}year|so{_}long|ages|(?:two|three|four|five|six|seven|"
         rf"eight|nine|ten|eleven|twelve|\d+|many|several){_}(?:months|years))\b"),
        (1.0, ("any hours", "any shift", "any schedule", "any location"),
         rf"\b(?:work|take|do|accept){_}any{_}(?:hours|shifts?|schedule|location)\b"),
        # pressing: "really", "just", "honestly", "please" in a plea make it one
        (0.5, ("really", "just", "honestly", "truly", "desperately"),
         rf"\bI{_}(?:really|just|honestly|truly|desperately){_}|\bhonestly{_}I\b"),
        (0.5, ("please",), r"\bplease\b"),
    )
)
# Cues of weight 1 or more: no sentence reaches THRESHOLD without one, so only the sentences
# that hold one are weighed (the pressing words alone add up to 1).
_STRONG = tuple(cue for cue in _CUES if cue[0] >= 1.0)
_CUE_KEYWORDS = frozenset(keyword for _, keywords, _ in _CUES for keyword in keywords)
_STRONG_KEYWORDS = frozenset(keyword for _, keywords, _ in _STRONG for keyword in keywords)
THRESHOLD = 2.5
# A sentence ends at ., ! or ? before a space or the end, or at a paragraph break.
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]+)*[.!?]?")


def desperation(sentence: str) -> float:
    """The sum of the cue weights found in `sentence`, each cue counted once."""
    folded = sentence.casefold()
    present = {keyword for keyword in _CUE_KEYWORDS if keyword in folded}
    lower = lowered(sentence)
    return sum(weight for weight, keywords, pattern in _CUES
               if not present.isdisjoint(keywords) and pattern.search(lower))


def find_desperate_sentences(letter: Letter, claimed: list[tuple[int, int]]) -> list[Finding]:
    """Sentences whose cues add up to THRESHOLD, unless a phrase finding is in them already."""
    folded = letter.text.casefold()
    present = {keyword for keyword in _STRONG_KEYWORDS if keyword in folded}
    # Where a strong cue stands; most letters have none, and are done after a few scans.
    cued = [match.start() for _, keywords, pattern in _STRONG
            if not present.isdisjoint(keywords)
            for match in pattern.finditer(letter.lower)]
    if not cued:
        return []
    findings = []
    for match in _SENTENCE_RE.finditer(letter.text):
        start, end = match.span()
        if not any(start <= position < end for position in cued):
            continue
        text = match.group()
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip(" \n.!?"))
        if end <= start or any(start < e and s < end for s, e in claimed):
            continue
        if desperation(letter.text[start:end]) >= THRESHOLD:
            findings.append(letter.finding(
                "desperate_tone", start, end,
                "Sounds desperate; a confident tone persuades better.",
                "I'm very interested in this role",
            ))
    return findings
