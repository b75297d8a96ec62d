import Testing
@testable import PeerpolisDomain

/// The stemmer against SQLite FTS5's own `porter` tokenizer, the ground truth the snippets must agree with.
///
/// `fixture` holds 2,487 English words with their FTS5 stems, as `word:stem`. They come from
/// `/usr/share/dict/words` (Debian's wamerican 2020.12.07-2, lowercase ASCII words only): for every distinct change
/// FTS5 makes to a word's ending (the part after the longest prefix the word and its stem share) the first four
/// words alphabetically, then every 40th word, so each rule and its near misses show up. Made with Python's
/// `sqlite3` (SQLite 3.40.1), one word per row, reading each row's term back:
///
/// ```python
/// db.execute("create virtual table t using fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
/// db.execute("create virtual table v using fts5vocab(t, 'instance')")
/// db.executemany("insert into t(rowid, x) values (?, ?)", enumerate(words, 1))
/// stem = {words[doc - 1]: term for doc, term in db.execute("select doc, term from v")}
/// ```
///
/// When the stemmer was written, the same comparison also agreed on every word of the whole list (63,875), of the
/// first 3,000 documents of the search benchmark's corpus (9,335), of the seed pages (972), and on 300,000 made-up
/// words strung together from the rules' suffixes, "y"s and digits.
@Suite struct PorterStemmerTests {
    @Test func stemsEveryFixtureWordAsFTS5Does() {
        let pairs = Self.fixture.split(whereSeparator: \.isWhitespace).map { $0.split(separator: ":").map(String.init) }

        let disagreements = pairs.compactMap { pair -> String? in
            let stem = PorterStemmer.stem(pair[0])
            return stem == pair[1] ? nil : "\(pair[0]): \(stem), FTS5 \(pair[1])"
        }

        #expect(pairs.count == 2_487)
        #expect(pairs.allSatisfy { $0.count == 2 })
        #expect(disagreements == [])
    }

    @Test func stemsTheEverydayExamples() {
        let words = ["streets", "schools", "running", "happiness", "generously", "relational", "feed", "rate"]

        let stems = words.map(PorterStemmer.stem)

        #expect(stems == ["street", "school", "run", "happi", "gener", "relat", "feed", "rate"])
    }

    @Test func leavesWordsShorterThanThreeOrLongerThanSixtyFourAlone() {
        let sixtyFour = String(repeating: "a", count: 61) + "ing"
        let sixtyFive = String(repeating: "a", count: 62) + "ing"

        #expect(["s", "is", "as", "es", "ss", ""].map(PorterStemmer.stem) == ["s", "is", "as", "es", "ss", ""])
        #expect(PorterStemmer.stem(sixtyFour) == String(repeating: "a", count: 61))
        #expect(PorterStemmer.stem(sixtyFive) == sixtyFive)
    }

    @Test func treatsDigitsAsConsonants() {
        let words = ["1990s", "50s", "2020", "abc123ing", "123ed", "3ies", "covid19", "h2o", "co2"]

        let stems = words.map(PorterStemmer.stem)

        // "123ed" keeps its "ed": digits are no vowels, so the stem would have none.
        #expect(stems == ["1990", "50", "2020", "abc123", "123ed", "3i", "covid19", "h2o", "co2"])
    }

    @Test func keepsFTS5sEdgeCases() {
        let words = ["ies", "sses", "eed", "ing", "yyy", "toy", "ayed", "rational", "possibly", "archaeology"]

        let stems = words.map(PorterStemmer.stem)

        // "ies" and "sses" alone only lose their "s"; "eed" alone is read as "e" + "ed"; "bli" and "logi" follow
        // Porter's later code rather than the 1980 paper.
        #expect(stems == ["ie", "sse", "e", "ing", "yyi", "toi", "ai", "ration", "possibl", "archaeolog"])
    }

    static let fixture = """
        a:a aardvark:aardvark aardvarks:aardvark abaci:abaci aback:aback abacus:abacu abacuses:abacus abalone:abalon
        abalones:abalon abandoned:abandon abandoning:abandon abandonment:abandon abandons:abandon abase:abas abased:abas
        abasement:abas abases:abas abashed:abash abashes:abash abashing:abash abasing:abas abate:abat abated:abat
        abatement:abat abating:abat abattoirs:abattoir abbey:abbei abbeys:abbei abbreviate:abbrevi abbreviated:abbrevi
        abbreviates:abbrevi abbreviating:abbrevi abbreviation:abbrevi abbreviations:abbrevi abdicate:abdic abdicated:abdic
        abdicates:abdic abdicating:abdic abdication:abdic abdications:abdic abdominal:abdomin abductee:abducte
        abduction:abduct abductions:abduct aberrant:aberr aberration:aberr aberrations:aberr abetted:abet abetter:abett
        abetters:abett abetting:abet abeyance:abey abhorred:abhor abhorrence:abhorr abhorrent:abhorr abhorring:abhor
        abilities:abil ability:abil abjectly:abjectli abjuration:abjur abjurations:abjur ablative:abl ablatives:abl
        ablution:ablut ablutions:ablut ably:abli abnegate:abneg abnegated:abneg abnegates:abneg abnegating:abneg
        abnormal:abnorm abnormalities:abnorm abnormality:abnorm abnormally:abnorm abodes:abod abolition:abolit
        abominable:abomin abominably:abomin abominate:abomin abominated:abomin abominates:abomin abominating:abomin
        aboriginal:aborigin aboriginals:aborigin abortion:abort abortions:abort abortive:abort abrading:abrad
        abrasions:abras abrasive:abras abrasively:abras abrasiveness:abras abrasives:abras abridgement:abridg
        abridgements:abridg abridgment:abridg abridgments:abridg abrupter:abrupt abruptly:abruptli abruptness:abrupt
        absences:absenc absenteeism:absente absently:absent absolutely:absolut absolutism:absolut absorbency:absorb
        absorbent:absorb absorbents:absorb abstainer:abstain abstainers:abstain abstemious:abstemi abstinence:abstin
        abstinent:abstin abstract:abstract abstractness:abstract abstractnesses:abstract abstrusely:abstrus
        abstruseness:abstrus absurder:absurd absurdities:absurd absurdity:absurd abundance:abund abundances:abund
        abundant:abund abusers:abus abusive:abus abusively:abus abusiveness:abus abutment:abut abutments:abut abutted:abut
        abutting:abut abysmal:abysm abysmally:abysm academic:academ academical:academ academically:academ academics:academ
        accelerator:acceler accelerators:acceler acceptability:accept acceptable:accept acceptably:accept acceptance:accept
        acceptances:accept accessibility:access accessible:access accessibly:access accessioned:access accessioning:access
        accident:accid accidentally:accident accidentals:accident accidents:accid acclimatization:acclimat
        acclimatize:acclimat acclimatized:acclimat acclimatizes:acclimat acclimatizing:acclimat accolade:accolad
        accompaniment:accompani accompaniments:accompani accompanying:accompani accomplishments:accomplish accordance:accord
        accountability:account accountable:account accountancy:account accountant:account accountants:account
        accoutrements:accoutr accumulative:accumul accumulator:accumul accumulators:accumul accurately:accur
        accurateness:accur accusative:accus accusatives:accus accusers:accus acerbic:acerb acerbity:acerb acetic:acet
        achievable:achiev achievement:achiev achievements:achiev achromatic:achromat acidifying:acidifi acidity:acid
        acidulous:acidul acknowledgements:acknowledg acoustical:acoust acoustically:acoust acoustics:acoust
        acquaintances:acquaint acquiesce:acquiesc acquiescence:acquiesc acquisitive:acquisit acquisitiveness:acquisit
        acquittals:acquitt acquitted:acquit acquitting:acquit acrimonious:acrimoni acrobatics:acrobat acrostics:acrost
        acrylic:acryl actively:activ activism:activ activities:activ actualities:actual actualization:actual
        actualize:actual actualized:actual actualizes:actual actualizing:actual actually:actual actuated:actuat
        actuator:actuat actuators:actuat acutely:acut acuteness:acut adamant:adam adaptability:adapt added:ad addends:addend
        adding:ad additional:addit additionally:addition additives:addit adeptness:adept adequately:adequ adherence:adher
        adherents:adher adhesives:adhes adjacently:adjac adjectives:adject adjudging:adjudg adjudicate:adjud
        adjudicated:adjud adjudicates:adjud adjudicating:adjud adjudication:adjud adjudicator:adjud adjudicators:adjud
        adjutants:adjut administered:administ administering:administ administration:administr administrative:administr
        administratively:administr administrator:administr administrators:administr admirably:admir admirals:admir
        admissibility:admiss admissible:admiss admitted:admit admitting:admit admonitory:admonitori adolescences:adolesc
        adolescents:adolesc adorably:ador adroitness:adroit adulates:adul adulterants:adulter adulterous:adulter
        advantageous:advantag advantageously:advantag advents:advent adventurously:adventur advisability:advis advise:advis
        aerator:aerat aerators:aerat aerobics:aerob aerodynamically:aerodynam aeronautical:aeronaut aesthetically:aesthet
        affability:affabl affably:affabl affectionately:affection affinity:affin affirmatively:affirm affirmatives:affirm
        affluently:affluent affrays:affrai afghans:afghan aforementioned:aforement afterward:afterward ageing:ag ageings:ag
        agencies:agenc agency:agenc aggrandize:aggrand aggrandized:aggrand aggrandizes:aggrand aggrandizing:aggrand
        aggressively:aggress aggressiveness:aggress agings:ag agitator:agit agitators:agit aglow:aglow agnosticism:agnostic
        agonize:agon agonized:agon agonizes:agon agonizing:agon agreeably:agreeabl agreeing:agre agribusinesses:agribusi
        aide:aid airdropped:airdrop airdropping:airdrop airier:airier airings:air airways:airwai aisles:aisl
        alcoholism:alcohol alders:alder alight:alight allayed:allai allaying:allai allays:allai allegiances:allegi
        allegorical:allegor alliterative:allit allocation:alloc alloyed:alloi alloying:alloi allusively:allus
        almanacs:almanac alteration:alter alternately:altern alternatively:altern alternatives:altern alums:alum
        ambergris:ambergri ambidextrously:ambidextr ambiguously:ambigu ambitiously:ambiti ambitiousness:ambiti
        ambivalently:ambival ameliorated:amelior amiability:amiabl amiably:amiabl amnesiacs:amnesiac amorality:amor
        amorousness:amor amorphousness:amorph amortization:amort amortizations:amort ampersands:ampersand
        amplification:amplif amplifications:amplif amuck:amuck anachronisms:anachron analogies:analog analogues:analogu
        ancestry:ancestri anemometers:anemomet aneurisms:aneur angling:angl aniseed:anise announcing:announc annoyed:annoi
        annually:annual annulled:annul annulling:annul anorexia:anorexia antagonisms:antagon anteing:ant antelopes:antelop
        anthill:anthil anthills:anthil anthologies:antholog antic:antic antidepressants:antidepress
        antiperspirant:antiperspir antonyms:antonym anythings:anyth apex:apex aphorisms:aphor apologies:apolog
        apology:apolog appall:appal appalled:appal appalling:appal appalls:appal apparelled:apparel apparelling:apparel
        apparently:appar appeals:appeal appellant:appel appellants:appel appellate:appel appellation:appel
        appellations:appel appendicitis:append appetizer:appet appetizers:appet appetizing:appet apportioned:apport
        apportioning:apport appositely:apposit appositeness:apposit appreciatively:appreci apprenticed:apprent
        apprenticing:apprent apprises:appris appropriateness:appropri apricots:apricot arable:arabl arboreal:arbor
        archangels:archangel archiving:archiv arguments:argument armful:arm armfuls:arm armholes:armhol armsful:arms
        arraignments:arraign arrayed:arrai arsenal:arsen artful:art artfulness:art articulateness:articul artifices:artific
        artificiality:artifici ascendancy:ascend ascendency:ascend ascertain:ascertain asininity:asinin aspiration:aspir
        assembles:assembl assiduousness:assidu asst:asst assureds:assur astonishment:astonish astringency:astring
        astuteness:astut asymmetry:asymmetri atoll:atol atolls:atol atomizer:atom atomizers:atom atonality:aton atoning:aton
        attendant:attend attractions:attract auctioneer:auction auctioneers:auction audibility:audibl audiences:audienc
        auditioned:audit auditioning:audit auks:auk authenticate:authent authenticated:authent authenticates:authent
        authenticating:authent authentication:authent authentications:authent authenticity:authent authoritative:authorit
        authoritativeness:authorit authorization:author authorizations:author automatons:automaton avenger:aveng
        averred:aver averring:aver aviator:aviat aviators:aviat avoid:avoid awakenings:awaken aweigh:aweigh awful:aw
        awfuller:awful awfulness:aw axons:axon babysit:babysit baccalaureate:baccalaur baccalaureates:baccalaur
        backfields:backfield backlogged:backlog backlogging:backlog backpedaled:backped backpedaling:backped
        backpedalled:backpedal backpedalling:backpedal backslapper:backslapp backstabbing:backstab backstopped:backstop
        backstopping:backstop backwash:backwash bagatelle:bagatel bagatelles:bagatel bagged:bag bagging:bag baked:bake
        baking:bake balance:balanc baled:bale baling:bale balladeer:ballad balladeers:ballad ballerinas:ballerina
        balsam:balsam bandoleer:bandol bandoleers:bandol bandolier:bandoli banknote:banknot bankroll:bankrol
        bankrolls:bankrol banned:ban banning:ban baptismal:baptism barbers:barber bared:bare baring:bare barium:barium
        baronesses:baro barrages:barrag barred:bar barring:bar barrings:bar basalt:basalt based:base bashfulness:bash
        basing:base basketballs:basketbal bathed:bath batting:bat bayous:bayou beaned:bean beatification:beatif
        beatifications:beatif beats:beat becomingly:becomingli bedded:bed bedding:bed beds:bed beer:beer befogged:befog
        befogging:befog begat:begat begged:beg begging:beg beginning:begin beginnings:begin behavior:behavior
        beleaguer:beleagu beleaguered:beleagu beleaguering:beleagu belligerency:belliger belligerently:belliger belling:bell
        bellyfuls:belly beloveds:belov bemusing:bemus benevolences:benevol benign:benign berthing:berth bestiaries:bestiari
        bestirred:bestir bestirring:bestir bestseller:bestsel bestsellers:bestsel betokening:betoken bewailed:bewail
        bewildered:bewild bewildering:bewild bibulous:bibul bidding:bid bidirectional:bidirect biffed:bif biffing:bif
        biking:bike bills:bill bingeing:bing binned:bin binning:bin biochemicals:biochem biofeedback:biofeedback bipeds:bipe
        birdbaths:birdbath bisecting:bisect bittern:bittern blabbed:blab blabbing:blab blackening:blacken
        blacktopped:blacktop blacktopping:blacktop blah:blah blarneying:blarnei bleaching:bleach blessed:bless
        blinking:blink blissfulness:bliss blobbed:blob blobbing:blob blockades:blockad blooding:blood blotchy:blotchi
        bluebells:bluebel bluffed:bluf bluffing:bluf blunderer:blunder boarded:board bobbed:bob bobbing:bob bobbles:bobbl
        bobsledded:bobsled bobsledding:bobsled bobsleds:bobsl bogeys:bogei boldest:boldest bonanzas:bonanza bonnier:bonnier
        bookmaking:bookmak bookseller:booksel booksellers:booksel booster:booster bopped:bop bopping:bop bordello:bordello
        bossiness:bossi bought:bought boutique:boutiqu boxing:box bragged:brag bramble:brambl bravely:brave breaded:bread
        breaststroke:breaststrok breviary:breviari bridging:bridg brilliants:brilliant brimmed:brim brimming:brim
        bristly:bristli brochure:brochur bronzing:bronz brownies:browni bruskest:bruskest buccaneer:buccan
        buccaneered:buccan buccaneering:buccan buccaneers:buccan bucketfuls:bucket buckets:bucket budded:bud buddings:bud
        budgets:budget buffed:buf buffing:buf bugler:bugler bulldogged:bulldog bullpens:bullpen bummed:bum bumming:bum
        bums:bum bunted:bunt burglar:burglar burnouses:burnous bushel:bushel businesses:busi buster:buster butterier:butteri
        buzzers:buzzer cabanas:cabana cabbed:cab cackles:cackl caesura:caesura calamitous:calamit calibrations:calibr
        calipered:calip calipering:calip callous:callou calyxes:calyx campaigns:campaign cancellation:cancel
        cancellations:cancel cancelled:cancel cankerous:canker canned:can cannibalism:cannib cannibalize:cannib
        cannibalized:cannib cannibalizes:cannib cannibalizing:cannib canning:can canonization:canon canonizations:canon
        cantors:cantor capabilities:capabl capability:capabl capes:cape capitalism:capit capitalization:capit
        capitalize:capit capitalized:capit capitalizes:capit capitalizing:capit capstan:capstan carat:carat
        cardigans:cardigan carefuller:careful caressing:caress caribou:carib carnivore:carnivor carollers:carol
        carpet:carpet cartel:cartel casein:casein casings:case cassinos:cassino casualties:casualti catapult:catapult
        catechising:catechis categorizations:categor catheters:cathet catholicity:cathol cauliflower:cauliflow
        cavalry:cavalri ceasing:ceas cellular:cellular centered:center century:centuri certificate:certif
        certificated:certif certificates:certif certificating:certif certifications:certif cervix:cervix chaffed:chaf
        chaffing:chaf chagrinned:chagrin chainsawed:chainsaw chambermaid:chambermaid chandeliers:chandeli
        chaperoned:chaperon chargers:charger chary:chari chatters:chatter checkering:checker cheerfulness:cheer
        chenille:chenil cherish:cherish chicest:chicest childbirth:childbirth chimeras:chimera chiropractic:chiropract
        chisellers:chisel chlorides:chlorid chomping:chomp chorister:chorist chronicling:chronicl chummed:chum chumming:chum
        chunk:chunk cigar:cigar circlet:circlet circumferences:circumfer circumnavigation:circumnavig circumvented:circumv
        circumventing:circumv citizens:citizen clairvoyant:clairvoy clammed:clam clamming:clam clans:clan classed:class
        classifieds:classifi clawed:claw clears:clear cleverest:cleverest clinches:clinch clippings:clip cloaked:cloak
        clopping:clop cloudbursts:cloudburst cluck:cluck clutters:clutter coarsens:coarsen cocaine:cocain
        cocksucker:cocksuck codification:codif coeducational:coeduc coffined:coffin cohesively:cohes coincidences:coincid
        cola:cola collapsible:collaps collateral:collater collectables:collect collectible:collect collectibles:collect
        collie:colli colloquialism:colloqui colloquialisms:colloqui colonialism:coloni colonialists:colonialist
        colonizer:colon colonizers:colon columbine:columbin combustibility:combust combustibles:combust comedic:comed
        comestibles:comest comings:come comma:comma commandeered:command commandeering:command commensurable:commensur
        commercialization:commerci commercialize:commerci commercialized:commerci commercializes:commerci
        commercializing:commerci commission:commiss commissioning:commiss communicable:communic communicate:commun
        communicated:commun communicates:commun communicating:commun communicative:commun communicator:commun
        communicators:commun compactor:compactor compartmentalize:compartment compartmentalized:compartment
        compartmentalizes:compartment compartmentalizing:compartment compatibility:compat compatibles:compat
        compatibly:compat compatriot:compatriot competencies:compet compiles:compil complexity:complex compost:compost
        compulsion:compuls computational:comput concealing:conceal conceptualization:conceptu conceptualizations:conceptu
        concert:concert concluding:conclud condemnatory:condemnatori conditional:condit conditionals:condit condoms:condom
        conductivity:conduct confederates:confeder confiding:confid conformed:conform confrontational:confront
        congeniality:congeni congregational:congreg congruity:congruiti conjunctivitis:conjunct conjurors:conjuror
        connectivity:connect conqueror:conqueror consequence:consequ consistencies:consist constable:constabl
        constellation:constel constellations:constel constituencies:constitu constitutional:constitut
        constitutionals:constitut constrictions:constrict consultancies:consult consultancy:consult consumables:consum
        consumerism:consumer contemplating:contempl contemporaneous:contemporan contemporaneously:contemporan
        contemptibly:contempt contiguous:contigu contingencies:conting contraceptive:contracept contravenes:contraven
        controllable:control contumelies:contum contumely:contum converges:converg convicting:convict cookeries:cookeri
        coops:coop copings:cope copse:cops cordless:cordless corners:corner coronet:coronet corporeal:corpor
        correlates:correl corruptest:corruptest cosmetologist:cosmetologist cosy:cosi councillors:councillor
        counterbalanced:counterbalanc countersign:countersign coups:coup courageous:courag courageously:courag
        covenant:coven covenanted:coven covenanting:coven cowered:cower cozening:cozen cradling:cradl crankier:crankier
        craven:craven cravings:crave creaking:creak credenzas:credenza crematories:crematori cribbing:crib crinkly:crinkli
        critiques:critiqu crooning:croon crossovers:crossov crowned:crown cruets:cruet crunchier:crunchier
        cryptographer:cryptograph crystallization:crystal crystallize:crystal crystallized:crystal crystallizes:crystal
        crystallizing:crystal cuckolding:cuckold culminated:culmin cumulus:cumulu cupfuls:cup curator:curat curators:curat
        curdle:curdl currant:currant curter:curter curvaceous:curvac custodial:custodi cutthroat:cutthroat cuttings:cut
        cymbals:cymbal daddy:daddi dais:dai dampening:dampen dank:dank dartboards:dartboard dauntless:dauntless
        dazzled:dazzl deadwood:deadwood deb:deb debility:debil decaffeinated:decaffein deceiver:deceiv
        decentralization:decentr deciphered:deciph declining:declin decorating:decor dedicated:dedic deeps:deep
        defection:defect deficient:defici defoliants:defoli defuse:defus degenerative:degen deices:deic
        deleveraged:deleverag delineate:delin delineated:delin delineates:delin delineating:delin delineation:delin
        delineations:delin delinquency:delinqu delusive:delus demigod:demigod demolish:demolish demurer:demur denoted:denot
        denying:deni deodorizer:deodor deodorizers:deodor depiction:depict deportment:deport depressed:depress
        derails:derail dermatitis:dermat derogates:derog descriptively:descript design:design desolateness:desol
        despatch:despatch destitution:destitut detective:detect detesting:detest deuces:deuc devilment:devil
        devotionals:devot dewberries:dewberri diagonals:diagon diarrhea:diarrhea dictatorial:dictatori diff:diff
        digestive:digest dilated:dilat dillydallied:dillyd dillydallies:dillyd dillydallying:dillyd diminuendoes:diminuendo
        dingy:dingi diplomats:diplomat dirigibles:dirig disabilities:disabl disadvantageously:disadvantag
        disagreeable:disagre disagreeably:disagre disagreeing:disagre disagreement:disagr disagreements:disagr
        disarray:disarrai disburses:disburs discoing:disco disconsolate:disconsol discontented:discont discontenting:discont
        discouraging:discourag discrepancies:discrep discrepancy:discrep discursive:discurs disenchanted:disench
        disenchanting:disench disencumber:disencumb disgorged:disgorg disgraceful:disgrac dishing:dish
        disinheriting:disinherit disinterred:disint disinterring:disint disloyally:disloy disordered:disord
        disoriented:disori disorienting:disori dispensaries:dispensari disposable:dispos disposables:dispos
        disqualifying:disqualifi dissecting:dissect dissipated:dissip distasteful:distast distending:distend
        distillate:distil distillates:distil distillation:distil distillations:distil distorts:distort disunited:disunit
        diverging:diverg divining:divin doc:doc doddered:dodder doggoned:doggon dollars:dollar domesticity:domest
        dominantly:dominantli domineered:domin domineering:domin doodler:doodler dorky:dorki doublets:doublet
        dovetailing:dovetail downplay:downplai dozed:doze dragooned:dragoon drawback:drawback drearier:drearier dried:dri
        drippings:drip driveway:drivewai dropped:drop droppings:drop drubbings:drub drudging:drudg dualism:dualism
        dueled:duel dumbbells:dumbbel dunk:dunk dust:dust dwelt:dwelt dyspeptic:dyspept earn:earn earrings:ear
        earthworm:earthworm eavesdrop:eavesdrop eccentricities:eccentr eccentricity:eccentr ecologist:ecologist
        edgewise:edgewis educates:educ effervesces:effervesc eggshell:eggshel eightieth:eightieth elation:elat
        electioneered:election electioneering:election electrocardiogram:electrocardiogram elegiac:elegiac
        elimination:elimin eloquently:eloqu emancipators:emancip embellishes:embellish embraced:embrac emery:emeri
        emoting:emot employees:employe emulsifying:emulsifi encephalitis:enceph encoring:encor encyclicals:encycl
        encyclopedias:encyclopedia endowing:endow enfeebling:enfeebl enforceable:enforc engraved:engrav enlarger:enlarg
        enquired:enquir enrollment:enrol enrollments:enrol enshrouding:enshroud entertain:entertain entities:entiti
        entrenching:entrench envelopment:envelop epicenters:epicent epitomes:epitom equator:equat equivocations:equivoc
        erotic:erot escalation:escal espadrille:espadril espadrilles:espadril especial:especi esteeming:esteem
        ethereal:ether ethereally:ether euphony:euphoni evangelicals:evangel evaporating:evapor eventualities:eventu
        every:everi evocative:evoc exalting:exalt excellence:excel excellent:excel excellently:excel excels:excel
        exchangeable:exchang exciting:excit exclusivity:exclus excretion:excret exegesis:exegesi exhausts:exhaust
        existences:exist expand:expand expediences:expedi expendables:expend experimental:experiment experimented:experi
        experimenting:experi explicit:explicit exporters:export expropriate:expropri extent:extent extolled:extol
        extrasensory:extrasensori exuberant:exuber eyeful:ey eyefuls:ey eyestrain:eyestrain facetted:facet faculties:faculti
        fairest:fairest fallen:fallen familiar:familiar fanfares:fanfar farmhands:farmhand fast:fast fatherless:fatherless
        faultlessly:faultlessli fearsome:fearsom federates:feder feistiest:feistiest femurs:femur ferry:ferri fetches:fetch
        fezes:feze fiddles:fiddl fifteens:fifteen filet:filet filmy:filmi financially:financi finickiest:finickiest
        firefight:firefight firming:firm fishwives:fishwiv fittings:fit fixes:fix flagellate:flagel flagellated:flagel
        flagellates:flagel flagellating:flagel flagellums:flagellum flamencos:flamenco flaring:flare flats:flat flay:flai
        fleshlier:fleshlier flimsier:flimsier flits:flit floggings:flog floozie:floozi flounders:flounder
        fluctuates:fluctuat flunking:flunk flutist:flutist foaling:foal foghorns:foghorn followup:followup foolish:foolish
        footsie:footsi forbiddings:forbid forceful:forc forcefulness:forc forefeet:forefeet forensics:forens
        foreseeable:forese foreswear:foreswear forgery:forgeri formalizing:formal forsooth:forsooth forty:forti
        foundling:foundl foxing:fox fragrant:fragrant frat:frat freebase:freebas freestyle:freestyl fresco:fresco
        friendlier:friendlier frisk:frisk froggings:frog frolics:frolic frothing:froth frumpier:frumpier fuels:fuel
        fulfillment:fulfil fumbling:fumbl funereal:funer funereally:funer fungicide:fungicid furlong:furlong furze:furz
        futzing:futz gadding:gad gala:gala gallivanted:galliv gallivanting:galliv galosh:galosh gamiest:gamiest
        gantries:gantri garishly:garishli garrotes:garrot gastronomical:gastronom gauze:gauz gazelle:gazel gazelles:gazel
        gazetting:gazet gelded:geld generalities:gener generalizations:gener generates:gener gens:gen genuses:genus
        gerbils:gerbil gesundheit:gesundheit giantesses:giantess giggled:giggl gingivitis:gingiv gismos:gismo
        glamorize:glamor glazed:glaze glinted:glint globular:globular gloving:glove glycogen:glycogen goaltender:goaltend
        godhood:godhood goldfish:goldfish goodie:goodi gorge:gorg goulash:goulash graceful:grace grafts:graft
        grandma:grandma grapevine:grapevin graters:grater gravitation:gravit greedy:greedi greyer:greyer grimaces:grimac
        gristly:gristli grokked:grok grokking:grok grooved:groov groundhog:groundhog grower:grower gruffest:gruffest
        guardedly:guardedli guffawing:guffaw gulches:gulch gunner:gunner gusset:gusset gybed:gybe haberdashery:haberdasheri
        haemorrhage:haemorrhag hairdressing:hairdress halfheartedness:halfhearted haloes:halo hampers:hamper
        handicappers:handicapp handshakes:handshak hankerings:hanker hardbacks:hardback harelip:harelip harmonizing:harmon
        harnessed:har harnessing:har harvester:harvest hatchery:hatcheri hauntingly:hauntingli haywire:haywir heading:head
        heal:heal heartbreaking:heartbreak heating:heat hedgehog:hedgehog heightens:heighten helmet:helmet
        hemoglobin:hemoglobin hepatitis:hepat herald:herald heretical:heret herrings:her hes:he heterogeneity:heterogen
        heydays:heydai hides:hide highlights:highlight hilly:hilli hippopotamuses:hippopotamus hither:hither hobbies:hobbi
        hoedown:hoedown holidays:holidai homebodies:homebodi homesteads:homestead homogeneity:homogen homophones:homophon
        honks:honk hookers:hooker hopelessness:hopeless horrible:horribl horsiest:horsiest hospitalizations:hospit
        hostelry:hostelri hottest:hottest housemaids:housemaid howsoever:howsoev hugest:hugest humanly:humanli hummed:hum
        hundredweight:hundredweight hurrah:hurrah huskiness:huski hydrated:hydrat hymen:hymen hyperactivity:hyperact
        hypersensitivities:hypersensit hyphenated:hyphen hypothalami:hypothalami icecaps:icecap identification:identif
        idling:idl idyllic:idyl ignorance:ignor illegalities:illeg illegibly:illeg illuminated:illumin imam:imam
        immaturely:immatur immodesty:immodesti impacting:impact impeaches:impeach imperial:imperi impetuous:impetu
        implausibilities:implaus implication:implic impolitenesses:impolit importuning:importun impossibilities:imposs
        impracticality:impract imprecision:imprecis improbabilities:improb improbably:improb impulsiveness:impuls
        inabilities:inabl inaner:inan incandescent:incandesc inches:inch inclination:inclin incompatibilities:incompat
        incompetently:incompet inconveniencing:inconvenienc incrustations:incrust indebtedness:indebted indelicately:indel
        indenture:indentur indifferently:indiffer individualistic:individualist inducted:induct inedible:ined
        inestimable:inestim infallibility:infal infallible:infal infallibly:infal infants:infant infelicities:infel
        infesting:infest inflammations:inflamm informal:inform ingeniously:ingeni inhalations:inhal iniquities:iniqu
        initialed:initi initialing:initi injuries:injuri innings:in innkeepers:innkeep inoperative:inop inputting:input
        insect:insect inside:insid insolubility:insolubl installment:instal installments:instal instanced:instanc
        instructed:instruct insulting:insult integrates:integr intensifies:intensifi intercepts:intercept
        interchangeably:interchang interfacing:interfac interlocutory:interlocutori international:intern
        internationals:intern interpret:interpret interscholastic:interscholast interweaving:interweav intractable:intract
        intros:intro invader:invad inventories:inventori invigorates:invigor invitationals:invit invulnerable:invulner
        irks:irk irrationals:irrat irrelevancies:irrelev irrelevantly:irrelevantli irritating:irrit issuing:issu
        itself:itself jackpot:jackpot jams:jam jawbone:jawbon jell:jell jesting:jest jiggers:jigger jinx:jinx
        jocularly:jocularli jolliest:jolliest jottings:jot journeyman:journeyman judged:judg juicily:juicili junior:junior
        justification:justif karakul:karakul kegs:keg keyboards:keyboard kickier:kickier kidnappings:kidnap killed:kill
        kindergartens:kindergarten kinsman:kinsman kleptomaniacs:kleptomaniac kneeling:kneel knocking:knock
        knowledgeably:knowledg kookaburra:kookaburra labial:labial lackluster:lacklust lady:ladi lambasted:lambast
        lampblack:lampblack landlubbers:landlubb lankiness:lanki larges:larg laryngitis:laryng lasses:lass lateraled:later
        lateraling:later lather:lather launch:launch lawful:law layouts:layout leafiest:leafiest leapt:leapt lechers:lecher
        leftist:leftist legging:leg leggings:leg leguminous:legumin lemmings:lem lenses:lens lethargically:letharg
        levering:lever libation:libat libellous:libel liberalizations:liber libidos:libido lids:lid lift:lift like:like
        limed:lime linchpin:linchpin lingual:lingual liposuction:liposuct liras:lira lithe:lith livable:livabl loaded:load
        lobbing:lob lockets:locket loftiness:lofti logotypes:logotyp longed:long loonie:looni lops:lop louder:louder
        lovelies:love lover:lover lozenges:lozeng luggage:luggag lumping:lump lurid:lurid luxuriating:luxuri
        lyricist:lyricist mackerels:mackerel mademoiselles:mademoisel madrasa:madrasa magnet:magnet maharishi:maharishi
        mainland:mainland majorities:major malformed:malform malignancies:malign malteds:malt manageability:manag
        managerial:manageri mangled:mangl manifestoes:manifesto manorial:manori manumits:manumit marabou:marab
        marchers:marcher marital:marit marquees:marque martians:martian marvellously:marvel mashup:mashup massiveness:massiv
        masturbation:masturb mathematician:mathematician maturation:matur maxed:max mazourkas:mazourka measly:measli
        meddle:meddl meditated:medit megalopolises:megalopolis melodrama:melodrama memories:memori menses:mens
        merchandized:merchand meritorious:meritori messengers:messeng metallic:metal metamorphosis:metamorphosi
        methodically:method miaowing:miaow microphone:microphon midpoints:midpoint migraines:migrain militancy:milit
        milkweed:milkwe milquetoast:milquetoast minds:mind minim:minim minnows:minnow miracles:miracl
        misappropriated:misappropri mischievousness:mischiev misconceive:misconc misconceives:misconc
        misdiagnosis:misdiagnosi misguided:misguid misleading:mislead misquotes:misquot misrepresented:misrepres
        misrepresenting:misrepres misspellings:misspel misspends:misspend mistrust:mistrust mixing:mix mocker:mocker
        modernized:modern moiety:moieti molehills:molehil mommas:momma mongooses:mongoos monolithic:monolith
        monosyllable:monosyl monosyllables:monosyl monotheism:monoth monsignor:monsignor moonbeam:moonbeam mopeds:mope
        moppet:moppet morns:morn mortician:mortician mothballing:mothbal motleys:motlei mottling:mottl mousetrap:mousetrap
        moving:move muddling:muddl muggings:mug mukluk:mukluk multimillionaire:multimillionair multinationals:multin
        multiplicative:multipl multiplicities:multipl multivitamin:multivitamin munificent:munific muses:muse
        muskiness:muski mutations:mutat myna:myna nabbed:nab nannies:nanni narking:nark national:nation naturalness:natur
        natures:natur naysayer:naysay necklaces:necklac negations:negat negativity:neg neighed:neigh nervelessly:nervelessli
        neuralgia:neuralgia newbie:newbi newsprint:newsprint nickles:nickl nightgowns:nightgown nineteen:nineteen
        nitrogen:nitrogen noel:noel nonabsorbents:nonabsorb nonesuch:nonesuch nonpoisonous:nonpoison nonrefillable:nonrefil
        nonunion:nonunion northeastern:northeastern nostril:nostril noticeably:notic notification:notif novels:novel
        nugget:nugget numerators:numer nutmeats:nutmeat oafish:oafish obfuscated:obfusc obliquely:obliqu obsequy:obsequi
        obstetrics:obstetr obviously:obvious oceanographers:oceanograph odious:odiou officeholder:officehold offings:of
        oftentimes:oftentim oldest:oldest omnipresence:omnipres onomatopoeic:onomatopo onyx:onyx operated:oper
        opportunity:opportun optimizer:optim orations:orat orderings:order organizing:organ ornamental:ornament
        orthopedist:orthopedist oscillate:oscil oscillated:oscil oscillates:oscil oscillating:oscil oscillator:oscil
        oscillators:oscil others:other outcast:outcast outflank:outflank outlines:outlin outputting:output outsized:outsiz
        outvotes:outvot overactive:overact overcharged:overcharg overdress:overdress overeating:over overgrows:overgrow
        overheated:overh overheating:overh overlaying:overlai overprice:overpric overpriced:overpr overpricing:overpr
        overrun:overrun oversize:overs oversupply:oversuppli overwhelm:overwhelm owner:owner paces:pace paddock:paddock
        pained:pain palaver:palav palliation:palliat paltrier:paltrier paneled:panel panellings:panel pantheism:pantheism
        paperhanger:paperhang paradoxical:paradox paramedicals:paramed paramedics:paramed parceling:parcel parish:parish
        paroles:parol part:part particulate:particul passages:passag pastes:past patchworks:patchwork patinas:patina
        patronymics:patronym paving:pave pays:pai peacefulness:peac pearliest:pearliest pedagogue:pedagogu
        pedicuring:pedicur peeved:peev penance:penanc penitence:penit pentagonal:pentagon peptic:peptic percolator:percol
        performer:perform peripatetics:peripatet permafrost:permafrost perpendiculars:perpendicular persimmons:persimmon
        perspired:perspir pervading:pervad pet:pet pettifoggers:pettifogg pharaohs:pharaoh philanders:philand
        phishers:phisher phoning:phone photojournalists:photojournalist physiques:physiqu pickier:pickier pieced:piec
        pigment:pigment pilferer:pilfer pimento:pimento pinhole:pinhol pinups:pinup pirates:pirat pitfalls:pitfal
        pizzerias:pizzeria plagiarize:plagiar planets:planet plannings:plan plateau:plateau playacted:playact plead:plead
        pledges:pledg ploddings:plod plop:plop plugins:plugin plunked:plunk poaches:poach poetical:poetic
        pointillism:pointil poisons:poison policy:polici pollen:pollen polygamy:polygami polysyllable:polysyl
        polysyllables:polysyl polytheism:polyth pomades:pomad pontificate:pontif popinjays:popinjai pore:pore
        portentously:portent posers:poser possibilities:possibl possibility:possibl postmaster:postmast postoperative:postop
        potbelly:potbelli pottery:potteri powered:power pragmatists:pragmatist praying:prai preciously:precious
        preconceive:preconc preconceives:preconc preconditioning:precondit predicted:predict prefab:prefab preheat:preheat
        prejudiced:prejud prejudicing:prejud premised:premis prepayments:prepay prerogatives:prerog preserving:preserv
        presumably:presum pretexts:pretext prevaricator:prevar prevaricators:prevar preview:preview pries:pri primping:primp
        priory:priori prize:prize procedures:procedur procreative:procr proctored:proctor profane:profan profiteered:profit
        prognosticator:prognost prognosticators:prognost programing:program programmings:program projector:projector
        promisingly:promisingli pronounce:pronounc propellant:propel propellants:propel propellent:propel propellents:propel
        propeller:propel proportionality:proportion prorating:prorat prospects:prospect protectorates:protector
        protruding:protrud provisional:provision pruned:prune psychoanalyzes:psychoanalyz publication:public puddings:pud
        puffballs:puffbal pulls:pull pumper:pumper punishes:punish purchase:purchas puritans:puritan pursue:pursu
        pussiest:pussiest puzzles:puzzl quadrant:quadrant quailed:quail quarantined:quarantin quartz:quartz quells:quell
        quiches:quich quinces:quinc quivers:quiver rabies:rabi raconteur:raconteur radiologists:radiologist
        raggedness:ragged rained:rain rambles:rambl randier:randier ransomed:ransom rapture:raptur ratcheting:ratchet
        ratted:rat ravenous:raven reaching:reach readmits:readmit reals:real reappraisals:reapprais reasonableness:reason
        reassessed:reassess rebounded:rebound recapitulate:recapitul receptionist:receptionist reciprocates:reciproc
        recognition:recognit recompiled:recompil reconstruct:reconstruct recreated:recreat rectum:rectum redecorate:redecor
        redirect:redirect redounds:redound reefed:reef reenlists:reenlist referendum:referendum refitted:refit
        reforms:reform refuels:refuel regaled:regal regionalisms:region regularly:regularli rehire:rehir
        reinserting:reinsert rejects:reject relationships:relationship relativity:rel relevancy:relev relocate:reloc
        remedial:remedi remodelling:remodel remuneration:remuner rendezvoused:rendezv rendezvousing:rendezv renewable:renew
        reoccurred:reoccur repartee:reparte repellant:repel repellants:repel repellent:repel repellents:repel repents:repent
        replicates:replic representations:represent representative:repres representatives:repres reprocesses:reprocess
        repudiates:repudi requisitioning:requisit researching:research reshuffling:reshuffl resold:resold
        resourcefulness:resourc respected:respect responsibilities:respons rest:rest restored:restor results:result
        retainers:retain retinas:retina retread:retread retrogrades:retrograd reunifying:reunifi revelled:revel
        reversible:revers revive:reviv revues:revu revved:rev revving:rev rheostats:rheostat rib:rib ridded:rid
        rifleman:rifleman rigs:rig rioted:riot risk:risk rivetted:rivet roared:roar rocket:rocket roisterer:roister
        romps:romp rooted:root rotate:rotat roughhouses:roughhous routed:rout royalist:royalist rubles:rubl rugged:rug
        ruminations:rumin runniest:runniest rustlers:rustler sachet:sachet sacrificed:sacrif sacrificing:sacrif
        saddles:saddl sagest:sagest salaciously:salaci sallies:salli salute:salut samurais:samurai sandboxes:sandbox
        sanitarium:sanitarium sarcophaguses:sarcophagus satellite:satellit saturnine:saturnin savannahes:savannah
        sawyer:sawyer sayings:sai scaled:scale scandalized:scandal scarcest:scarcest scavenger:scaveng schist:schist
        schoolbooks:schoolbook sciatic:sciatic scintillated:scintil scintillates:scintil scintillating:scintil sconces:sconc
        scorpion:scorpion scramblers:scrambler screech:screech scrimmaging:scrimmag scrub:scrub scuds:scud scuppers:scupper
        sealants:sealant seashell:seashel seclusive:seclus sector:sector seduce:seduc seep:seep seismologist:seismologist
        sellout:sellout seminar:seminar sensationalism:sensation sensitivities:sensit sentencing:sentenc septette:septett
        seraph:seraph sermonizes:sermon session:session settings:set severe:sever sexton:sexton shaft:shaft shalt:shalt
        shantytowns:shantytown sharper:sharper sheathings:sheath shell:shell shied:shi shims:shim shipper:shipper
        shirrings:shir shitting:shit shoehorning:shoehorn shopped:shop shorthorns:shorthorn shoving:shove
        showstopper:showstopp shrink:shrink shucking:shuck shutting:shut sickly:sickli sideswipe:sideswip sight:sight
        signifies:signifi silkworm:silkworm simpatico:simpatico sincerer:sincer sinker:sinker sises:sise sixths:sixth
        skeptically:skeptic skimming:skim skis:ski skyjack:skyjack slackness:slack slaps:slap slayer:slayer slayings:slai
        sleepless:sleepless slice:slice slimmest:slimmest slits:slit slot:slot slues:slue slurped:slurp smarter:smarter
        smidgins:smidgin smokers:smoker smudges:smudg snails:snail snarls:snarl sniffs:sniff snobby:snobbi snot:snot
        snowplows:snowplow soak:soak sociably:sociabl sodomy:sodomi solaces:solac solicitors:solicitor soluble:solubl
        somnambulism:somnambul sooty:sooti sorer:sorer soulful:soul sourest:sourest soviets:soviet spade:spade spares:spare
        spatter:spatter specced:spec speccing:spec specialized:special spectators:spectat speedups:speedup spew:spew
        spikier:spikier spinsterhood:spinsterhood spites:spite spliced:splice spoiling:spoil spontaneity:spontan
        spookiest:spookiest sportscasting:sportscast sprawl:sprawl sprinkled:sprinkl spumes:spume squabs:squab squawk:squawk
        squiggling:squiggl stabbings:stab stagflation:stagflat stalagmite:stalagmit stampeded:stamped staph:staph
        starrier:starrier statements:statement statutes:statut stealthiest:stealthiest steamrollered:steamrol
        steamrollering:steamrol steeplechases:steeplechas stepdads:stepdad sterilizers:steril stickler:stickler still:still
        stinted:stint stockholders:stockhold stomachache:stomachach stoplight:stoplight storminess:stormi straggly:straggli
        strange:strang stratospheres:stratospher strengthen:strengthen strictures:strictur strips:strip struck:struck
        stucco:stucco stuffings:stuf stumble:stumbl sturdier:sturdier styptics:styptic subgroup:subgroup sublime:sublim
        subornation:suborn subsidies:subsidi substratums:substratum subtotaled:subtot subtotaling:subtot suburban:suburban
        succulent:succul suffered:suffer sugared:sugar sulfured:sulfur sumach:sumach sunbather:sunbath sunned:sun
        supercharges:supercharg supermodel:supermodel supervening:superven supplier:supplier surceased:surceas surges:surg
        surrealistic:surrealist surveillance:surveil suspected:suspect swagger:swagger sward:sward swearer:swearer
        sweeter:sweeter swigs:swig swishing:swish swords:sword symbolization:symbol synched:synch syntheses:synthes t:t
        tabulates:tabul tactlessly:tactlessli take:take talkativeness:talk tallyhoing:tallyho tangelo:tangelo tanning:tan
        tardier:tardier tarring:tar tastier:tastier tautologies:tautolog teachers:teacher tearjerkers:tearjerk
        technologically:technolog teethes:teeth telemetries:telemetri tellingly:tellingli temporary:temporari
        tenderer:tender tens:ten tercentenaries:tercentenari terrarium:terrarium testate:testat texts:text thee:thee
        theorizes:theoriz thesauri:thesauri thimbleful:thimbl thimblefuls:thimbl thirty:thirti thous:thou threshed:thresh
        thromboses:thrombos thud:thud thunks:thunk tics:tic tightest:tightest time:time timetabled:timet timetabling:timet
        tincture:tinctur tinseled:tinsel tirade:tirad titillated:titil titillating:titil titmouse:titmous tocsin:tocsin
        togetherness:togeth toileted:toilet tomahawks:tomahawk toning:tone tonsillitis:tonsil toothpastes:toothpast
        topsails:topsail torrential:torrenti totalitarians:totalitarian toughens:toughen towelling:towel towellings:towel
        traceries:traceri traditions:tradit traitor:traitor tranquillity:tranquil tranquillize:tranquil
        tranquillized:tranquil tranquillizer:tranquil tranquillizers:tranquil tranquillizes:tranquil tranquillizing:tranquil
        transept:transept transgressions:transgress transmigrate:transmigr transplanted:transplant trapezoids:trapezoid
        travelog:travelog treasured:treasur trekked:trek trekking:trek trembled:trembl trialed:trial trickling:trickl
        trillion:trillion trimmings:trim triply:tripli trod:trod tropics:tropic trouser:trouser trudging:trudg trusses:truss
        tsarinas:tsarina tugboat:tugboat tunelessly:tunelessli turfing:turf turpitude:turpitud twaddling:twaddl
        twiddles:twiddl twister:twister typescripts:typescript tyrannizing:tyrann ulcers:ulcer umped:ump
        unanswerable:unanswer unappealing:unapp unbeknownst:unbeknownst unburden:unburden unclasping:unclasp
        uncommunicative:uncommun uncompromisingly:uncompromisingli uncontrollably:uncontrol uncouples:uncoupl
        undeceive:undec undeceives:undec undefeated:undef underachieve:underachiev underdeveloped:underdevelop
        underlies:underli underpinnings:underpin underscoring:underscor understudied:understudi undetectable:undetect
        undeterred:undet undocumented:undocu undying:undi unevenness:uneven uneventful:unev unfilled:unfil unfunny:unfunni
        ungratefulness:ungrat unheard:unheard uniforming:uniform unimplemented:unimpl unintentionally:unintention
        unjustified:unjustifi unlike:unlik unmasked:unmask unofficially:unoffici unpleasantness:unpleas unprepared:unprepar
        unrealistic:unrealist unreasonableness:unreason unrepresentative:unrepres unrivaled:unriv unscrewed:unscrew
        unsightlier:unsightli unskillful:unskil unstop:unstop untapped:untap untutored:untutor unwarranted:unwarr
        unwinding:unwind upcountry:upcountri upload:upload upshots:upshot urbanized:urban useable:useabl
        utilitarianism:utilitarian vacationing:vacat vaguest:vaguest valorous:valor vanished:vanish variant:variant
        vastest:vastest vegetating:veget vending:vend ventriloquists:ventriloquist verge:verg versus:versu veterans:veteran
        vibration:vibrat victual:victual vignetted:vignet vindicators:vindic violoncellos:violoncello visaing:visa
        visualized:visual vividly:vividli vociferous:vocifer voltmeters:voltmet voter:voter vulgarism:vulgar
        vulnerabilities:vulner waddles:waddl wagons:wagon wakeful:wake walloping:wallop wank:wank wardroom:wardroom
        warehoused:wareh warehousing:wareh warnings:warn washboard:washboard waster:waster watercraft:watercraft
        wattle:wattl waylaid:waylaid wear:wear weaving:weav weeding:weed weighted:weight wellington:wellington
        westernizes:western whammy:whammi whelk:whelk whiffs:whiff whippets:whippet whistled:whistl whizzed:whizz
        whore:whore widowed:widow wikis:wiki willingness:willing windier:windier wine:wine winsomer:winsom wireds:wire
        wise:wise witching:witch witnessed:wit witnessing:wit wive:wive wolves:wolv wont:wont woodsiest:woodsiest
        worded:word workman:workman worry:worri worryings:worri wounder:wounder wreaths:wreath wright:wright wronger:wronger
        xix:xix yachtsmen:yachtsmen yakked:yak yakking:yak yawl:yawl yellows:yellow yo:yo youngster:youngster yukked:yuk
        yukking:yuk yuppies:yuppi zeros:zero zirconium:zirconium
        """
}
