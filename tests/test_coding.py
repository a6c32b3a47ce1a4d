"""Coder unit tests on short hand-written sentences: what must be coded, and what must not."""

from __future__ import annotations

import pytest


def _events(code_text, text, date="2020-01-05"):
    doc = code_text(text, date)
    assert doc.error is None, doc.error
    return [(e.source.country or e.source.code, (e.target.country or e.target.code) if e.target else None, e.root)
            for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("Russia condemned the Israeli air strikes on Syria.", ("RUS", "ISR", "11")),
    ("Iran's foreign ministry summoned the Swiss ambassador on Sunday.", ("IRN", "CHE", "11")),
    ("The European Union urged Iran to return to the nuclear deal.", ("IGOEUR", "IRN", "02")),
    ("Turkish troops clashed with Kurdish fighters in northern Syria.", ("TUR", None, "19")),
    ("Germany will send humanitarian aid to Sudan.", ("DEU", "SDN", "03")),
    ("The Kremlin rejected the American proposal.", ("RUS", None, "12")),
    # troops killing protesters repress them (175), across a border too (the development sets' convention)
    ("Two Palestinian protesters were killed by Israeli soldiers.", ("ISR", "PSE", "17")),
    ("Pompeo met his Saudi counterpart in Riyadh on Monday.", ("USA", "SAU", "04")),
    ("Iran and Iraq agreed to reopen their border crossings.", ("IRN", "IRQ", "03")),
    ("Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday.", ("TUR", None, "19")),
    ("Germany's chancellor met French President Emmanuel Macron in Paris on Monday.", ("DEU", "FRA", "04")),
    ("The Sudanese government accused rebels of violating the ceasefire.", ("SDN", "SDN", "11")),
    ("France, Britain and Germany accused Iran of violating the nuclear accord.", ("FRA", "IRN", "11")),
    # an object pronoun is not the clause's own subject
    ("Ethiopia expelled four Eritrean diplomats on Thursday, accusing them of spying.", ("ETH", "ERI", "11")),
    # definite descriptions and pairs take the actors named before
    ("NATO foreign ministers met in Brussels on Tuesday. The alliance suspended all cooperation with Russia.",
     ("IGONAT", "RUS", "16")),
    ("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shinzo Abe in Tokyo. "
     "The two sides agreed to deepen defence ties.", ("JPN", "IND", "03")),
    # a community is placed in the country it is reported in
    ("Ethnic Albanians in southern Serbia demanded autonomy from Serbian authorities.", ("SRB", "SRB", "10")),
    # police firing tear gas on their own country's protesters is repression (175)
    ("Zimbabwean riot police fired tear gas at opposition supporters in Harare on Wednesday.", ("ZWE", "ZWE", "17")),
    # a conditional threat is a threat, aimed at the condition's subject
    ("Iran threatened to close the Strait of Hormuz if the United States imposed an oil embargo.", ("IRN", "USA", "13")),
    # passive whose subject is the event noun; demands fall on who must act
    ("New sanctions were imposed on North Korea by the UN Security Council on Monday.", ("IGOUNOSEC", "PRK", "16")),
    ("European Community ministers demanded the withdrawal of Serbian forces from Bosnia.", ("IGOEUR", "SRB", "10")),
    ("Caracas ordered Colombian diplomats to leave within 24 hours.", ("VEN", "COL", "17")),
    ("Workers went on strike in Seoul on Thursday.", ("KOR", "KOR", "14")),
    # a demand quoted from its speaker; the recipient as the subject of a passive
    ('"Azerbaijani troops must leave our territory immediately," Armenia\'s foreign ministry said on Friday.',
     ("ARM", "AZE", "10")),
    ("Ukraine was sent a shipment of anti-tank missiles by Lithuania on Sunday.", ("LTU", "UKR", "07")),
    # a policy option an actor weighs (014); a pessimistic comment made with an adjective (012)
    ("Japan is considering sending aid to North Korea after the floods.", ("JPN", "PRK", "01")),
    ("The State Department said it is skeptical about Iranian motives.", ("USA", "IRN", "01")),
    # "the Gulf state" in the next sentence is the state named before (the prefilter keeps that sentence)
    ("Qatar is a small and wealthy peninsula. The Gulf state later expelled two Egyptian diplomats.", ("QAT", "EGY", "17")),
    # troops a state moves are not its target: the place they go is
    ("Israel has strengthened its forces in Lebanon, military sources said.", ("ISR", "LBN", "15")),
    # a preposition hung on the "of" noun or on the means of talking
    ("Vladimir Putin sent messages of condolence to Recep Tayyip Erdogan on Monday.", ("RUS", "TUR", "01")),
    ("The Elysee said Emmanuel Macron spoke by telephone with Iranian President Masoud Pezeshkian.", ("FRA", "IRN", "04")),
    # the place behind "the southern city of ...", even a town the gazetteer lists once with few people
    ("Russian forces completed their withdrawal from the southern city of Kherson on Friday.", ("RUS", "UKR", "08")),
    # a shooting nobody claims: attackers of the country where it happened
    ("Slovak Prime Minister Robert Fico was shot several times in the town of Handlova on Wednesday.",
     ("SVK", "SVK", "18")),
    # "the presidents of X and Y" are two actors; a cargo plane delivering arms is its country's act
    ("The presidents of Kyrgyzstan and Tajikistan signed a border treaty in Bishkek on Thursday.", ("KGZ", "TJK", "05")),
    ("A Russian cargo plane delivered a consignment of rifles to Bangui on Monday.", ("RUS", "CAF", "07")),
    ("Kremlin spokesman Dmitry Peskov heaped praise on Viktor Orban on Monday.", ("RUS", "HUN", "05")),
    ("Tajikistan sent hundreds of extra troops into the region on Tuesday.", ("TJK", None, "15")),
    # what a declaration issued by an actor says is that actor's act; a passive greeting by a named host
    ("The Arab League issued a statement condemning the Israeli raid on Gaza.", ("IGOARL", "ISR", "11")),
    ("Chinese President Xi Jinping arrived in Astana on Tuesday, and was greeted at the airport by Kazakh President "
     "Kassym-Jomart Tokayev.", ("KAZ", "CHN", "04")),
    # joint acts and swaps go both ways, between the countries the phrase names
    ("Warships from Russia and China began a joint naval exercise in the Sea of Japan on Thursday.", ("CHN", "RUS", "06")),
    ("Russia and Ukraine swapped 35 prisoners apiece on Saturday.", ("UKR", "RUS", "08")),
    # a reaction is the act of whom it comes from; "Bosnian Serbs" are placed by their qualifier
    ("Afghanistan's Taliban rulers barred women from attending universities, drawing swift condemnation from the "
     "United Nations.", ("IGOUNO", "AFG", "11")),
    ("Bosnian Serb gunners in the hills pounded the city with artillery through the night.", ("BIH", None, "19")),
    # with no one else named, a refusal or a demand falls on the actor's own country
    ("Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya Anti-Corruption "
     "Commission.", ("KEN", "KEN", "12")),
    # protesters storming a building riot (145); "them" after "protesters ... in Khartoum" are Sudanese protesters
    ("Protesters in Almaty stormed government buildings and set the mayor's office on fire.", ("KAZ", "KAZ", "14")),
    ("Thousands of protesters poured into the streets of Khartoum, and troops opened fire on them.", ("SDN", "SDN", "17")),
    # a verdict on a deed just reported ("called the move unjustified"), a vow to respond, a raid across a border
    ("China imposed tariffs on Australian wine on Friday. Canberra called the move unjustified.", ("AUS", "CHN", "11")),
    ("Indian warplanes bombed a militant camp near Balakot in Pakistan on Tuesday. Islamabad vowed to respond at a "
     "time and place of its choosing.", ("PAK", "IND", "13")),
    ("Indian warplanes bombed a militant training camp near Balakot in Pakistan on Tuesday.", ("IND", "PAK", "19")),
    # a complement clause the parser hung before its governor is still coded; tanks rolling in
    ("Congo's government accused neighbouring Rwanda of arming the insurgents, a charge Kigali has repeatedly rejected.",
     ("COD", "RWA", "11")),
    ("Russian tanks rolled into Georgia on Friday.", ("RUS", "GEO", "19")),
    ("Chilean President Sebastian Pinera later suspended the fare increase.", ("CHL", "CHL", "08")),
    # an ultimatum: time given to do something (diplomats given hours to leave are expelled instead)
    ("President George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq or face a military conflict.",
     ("USA", "IRQ", "13")),
    ("Caracas gave Colombian diplomats 48 hours to leave the country.", ("VEN", "COL", "17")),
    # a refusal told by the actor's own side; troops trading fire; a deadline given "until"
    ("Sri Lankan President Gotabaya Rajapaksa will not resign, his government's chief whip told parliament.",
     ("LKA", "LKA", "12")),
    ("Indian and Pakistani troops traded small-arms and mortar fire across the Line of Control.", ("PAK", "IND", "19")),
    ("Downing Street gave Moscow until the end of Tuesday to explain how the poison came to be used.",
     ("GBR", "RUS", "13")),
    # arms or aid arriving from a country are its delivery to the place they reach
    ("The first Leopard 2 battle tanks from Germany have arrived in Ukraine, the defence ministry in Berlin said.",
     ("DEU", "UKR", "07")),
    # a suicide or car bombing and an assassination are unconventional violence (18), whoever does them
    ("An al-Shabaab suicide bomber rammed a truck packed with explosives into a hotel gate in Mogadishu, killing 20 "
     "people.", ("SOM", "SOM", "18")),
    # an invitation accepted in the same sentence; a show of force aimed at the other state; an emergency "in" a place
    ("North Korean leader Kim Jong Un has offered to meet Donald Trump, and Trump has accepted the invitation.",
     ("USA", "PRK", "03")),
    ("China began live-fire drills on Thursday. Taiwan put its armed forces on heightened alert.", ("TWN", "CHN", "15")),
    ("President Emmanuel Macron declared a state of emergency in New Caledonia on Wednesday.", ("FRA", "NCL", "17")),
    # a denial answering an accusation just made is 016 towards the accuser (a bare denial of facts is no event)
    ("Washington blamed the forces of President Bashar al-Assad for the attack. Damascus denied the accusation.",
     ("SYR", "USA", "01")),
    # a passive mediation keeps the pattern's "between"
    ("A ceasefire mediated by Moscow between Armenia and Azerbaijan took effect at midnight.", ("RUS", "AZE", "04")),
    # people seized are abducted (181); aid agencies ordered out are expelled (1663); a sentence is a verdict (116)
    ("Two Israeli soldiers were seized by Hezbollah guerrillas in a cross-border raid on Wednesday.", ("LBN", "ISR", "18")),
    ("Sudan ordered at least 10 foreign aid agencies out of Darfur on Wednesday.", ("SDN", "NGO", "16")),
    ("Sudan ordered ten international aid agencies, among them Oxfam, to leave Darfur on Wednesday.", ("SDN", None, "16")),
    ("A court in Yekaterinburg sentenced the American reporter to 16 years in a penal colony.", ("RUS", None, "11")),
    ("Some 1,200 Palestinian prisoners launched an open-ended hunger strike on Tuesday.", ("PSE", None, "14")),
    # revenge vowed against "the criminals behind the attack" is aimed at the attacker
    ("Qassem Soleimani was killed by a U.S. drone strike near Baghdad airport on Friday. Iran's supreme leader vowed "
     "severe revenge against the criminals behind the attack.", ("IRN", "USA", "13")),
    # threats: facing sanctions if ..., warning of retaliation, revenge vowed after a strike (one threat per dyad)
    ("Beijing would face sanctions if it supplied weapons to Moscow, US Secretary of State Antony Blinken warned.",
     ("USA", "CHN", "13")),
    ("Kim Yo Jong warned Seoul of retaliation over leaflets floated across the border.", ("PRK", "KOR", "13")),
    ("A US drone strike near Baghdad's airport killed Qassem Soleimani on Friday. Tehran vowed 'severe revenge'.",
     ("IRN", "USA", "13")),
    ("An Indian Air Force transport plane carrying relief supplies landed in Adana on Wednesday.", ("IND", "TUR", "07")),
    # retaliating with sanctions is sanctioning
    ("Britain froze the assets of Iranian officials on Monday. Tehran retaliated hours later with its own sanctions on "
     "British and European individuals.", ("IRN", "GBR", "16")),
    # a person out of national office named by an organisation's title acts for the organisation
    ("The EU's chief negotiator, Michel Barnier, urged London to show more flexibility.", ("IGOEUR", "GBR", "02")),
    # "the move" just reported: its doer is the target
    ("The World Bank said on Tuesday it would suspend new lending to Uganda. Kampala dismissed the move as hypocritical.",
     ("UGA", "IGOWBK", "11")),
    # a mediator works between the other sides its sentence names
    ("Ethiopia released dozens of Eritrean prisoners on Tuesday under an exchange brokered by Saudi Arabia.",
     ("SAU", "ETH", "04")),
    ("Kosovo's prime minister met the Serbian president in Brussels on Monday in talks mediated by Josep Borrell.",
     ("IGOEUR", "XKX", "04")),
    # a claim for the attack just reported, aimed at its victims
    ("A roadside bomb killed four soldiers near Peshawar on Sunday. The Pakistani Taliban said they carried out "
     "the attack.", ("PAK", "PAK", "01")),
    ("A suicide bomber killed 14 people at a wedding in Kunduz on Friday. The Taliban claimed the bombing in a statement.",
     ("AFG", "AFG", "01")),
    # agreeing to a truce is the truce
    ("Armenia and Azerbaijan agreed to a ceasefire on Saturday.", ("ARM", "AZE", "08")),
    # attackers nobody names, of the place where the bomb went off
    ("Twelve people were killed by a car bomb in Mogadishu on Sunday.", ("SOM", "SOM", "18")),
    # police in a sentence that names no country are in the one named just before; a town before "province"
    ("France's interior minister was stabbed outside his office in Lyon on Friday. Police arrested a 30-year-old man.",
     ("FRA", "FRA", "17")),
    ("Gunmen shot dead the deputy governor of Kandahar province on Wednesday.", ("AFG", "AFG", "18")),
    # "after rebels swept into X" is a clause, and the rebels are of the place they take
    ("The president and his family arrived in Moscow, hours after rebels swept into Bangui and ended his rule.",
     ("CAF", "CAF", "19")),
    # a reaction drawn by an act someone reports, or by a relative clause, points at the act's doer
    ("Afghanistan's Taliban rulers barred women from universities, the higher education minister said in a letter, "
     "drawing condemnation from the United Nations.", ("IGOUNO", "AFG", "11")),
    ("Japan began naval drills near the disputed islands on Monday, including exercises that drew a sharp rebuke from "
     "Beijing.", ("CHN", "JPN", "11")),
    ("The Japanese premier visited the war shrine on Thursday, prompting Seoul to lodge a formal protest.",
     ("KOR", "JPN", "11")),
    # a verdict the parser hangs on the deed; a deed told without a coded event
    ("The Kremlin called Finland's decision to join NATO a grave mistake.", ("RUS", "FIN", "11")),
    ("Azerbaijan set up a checkpoint on the road. Yerevan called the move a violation of the truce.", ("ARM", "AZE", "11")),
    ("Greece sent firefighters to Turkey on Tuesday, a gesture that Ankara welcomed.", ("TUR", "GRC", "05")),
    # a denial does not cover the clause conjoined to it
    ("Moscow denied any role in the attack, and the Kremlin accused Kyiv of staging it.", ("RUS", "UKR", "11")),
    # a meeting told around another act
    ("Xi Jinping praised Pakistan as a friend during a telephone call with the Pakistani prime minister on Friday.",
     ("CHN", "PAK", "04")),
    # responding by a measure: at whoever acted last
    ("Soldiers detained the president of Niger on Wednesday. Washington responded by suspending military aid.",
     ("USA", "NER", "16")),
    # a crowd known only by its size
    ("Tens of thousands marched through Tbilisi on Sunday against the new law.", ("GEO", "GEO", "14")),
    # a warning that a harm will come, aimed at whom it falls on
    ("North Korea warned that it would turn Seoul into a sea of fire if South Korean troops went ahead with the drills.",
     ("PRK", "KOR", "13")),
    ("The Kremlin condemned the new US sanctions on Russian oil firms as illegal, warning that Moscow would respond in "
     "kind.", ("RUS", "USA", "13")),
    ("China would face sanctions if it sent weapons to Russia, the US secretary of state warned on Sunday.",
     ("USA", "CHN", "13")),
    # missiles fired into the sea are a show of force; peacekeepers told to leave are expelled (166)
    ("China fired ballistic missiles into waters around Taiwan on Thursday.", ("CHN", "TWN", "15")),
    ("Mali's junta ordered the UN peacekeeping mission to leave the country without delay.", ("MLI", "IGOUNOPKO", "16")),
    # an organisation's officer is "he" in the next clause; "the 27-nation bloc"; sanctions adopted
    ("Karim Khan, the chief prosecutor of the International Criminal Court, said he was opening an investigation into "
     "abuses in Venezuela.", ("IGOICC", "VEN", "09")),
    ("The 27-nation bloc adopted a sixth round of sanctions against Belarus on Friday.", ("IGOEUR", "BLR", "16")),
    # passives with no agent: arrested by the country's police, deported by the country they leave, found guilty
    ("Iranian opposition leader Mir Hossein Mousavi was arrested in Tehran on Sunday.", ("IRN", "IRN", "17")),
    ("Hundreds of Afghan migrants were deported from Pakistan last week.", ("PAK", "AFG", "17")),
    ("Russian opposition leader Alexei Navalny was found guilty of fraud on Tuesday.", ("RUS", "RUS", "11")),
    # "with X doing Y" is an absolute clause, not a partner; two sides acting on what concerns one of them
    ("American and Iranian negotiators held talks in Muscat on Sunday, with Oman's foreign minister carrying messages "
     "between them.", ("USA", "IRN", "04")),
    # "its jets" act for whoever "its" is; answering with strikes is aimed at the last attacker; firing back
    ("Hamas fired rockets at southern Israel on Sunday, and the Israeli army said its jets had struck the group's "
     "positions in Gaza.", ("ISR", "PSE", "19")),
    ("Three Israeli soldiers were captured by Hezbollah fighters on Wednesday, and Israel answered with air strikes "
     "on bridges.", ("ISR", "LBN", "19")),
    ("North Korean artillery shelled the South Korean island of Yeonpyeong on Tuesday, killing two marines, and South "
     "Korean forces fired back with howitzers.", ("KOR", "PRK", "19")),
    # a town the tagger misses is still a place; unnamed attackers may strike their own country's people
    # (a roadside bomb is a roadside bombing, 1833, as all 11 development golds that name one code it)
    ("A roadside bomb near the town of Samarra killed two American soldiers on Monday.", ("IRQ", "USA", "18")),
    ("A landmine blast near the town of Samarra killed three Iraqi shepherds on Monday.", ("IRQ", "IRQ", "19")),
    # "called X to discuss": a phone call to X, even when the parser takes X for a complement
    ("On Nov. 9, US Secretary of State Antony Blinken called Russian Foreign Minister Sergey Lavrov to discuss a range "
     "of Ukraine-related issues.", ("USA", "RUS", "04")),
    # a hyphenated name the parser breaks is still its phrase; an apology for one's own troops goes to their victims
    ("King Willem-Alexander apologised on Monday for the violence used by Dutch troops during Indonesia's war of "
     "independence.", ("NLD", "IDN", "05")),
    # suspending a training mission is cutting military help; troops moved out of a country withdraw from it
    ("NATO suspended its training mission in Iraq on Saturday.", ("IGONAT", "IRQ", "16")),
    ("Germany moved some of its soldiers out of Iraq on Tuesday.", ("DEU", "IRQ", "08")),
    ("Germany said on Tuesday it would temporarily move some of its soldiers out of Iraq to Jordan.",
     ("DEU", "IRQ", "03")),
    # "telephoned X and apologised": the apology is to X too
    ("The Japanese prime minister telephoned South Korea's president on Monday and apologised for the remarks.",
     ("JPN", "KOR", "05")),
    # calling up reservists is a mobilisation, not an appeal
    ("Russia called up 300,000 reservists on Wednesday to reinforce its troops in Ukraine.", ("RUS", "UKR", "15")),
    # a claim dismissed points at the claimant
    ("Iranian state television claimed that 80 American soldiers had died in the strikes, a figure for which it gave "
     "no evidence and which US officials dismissed.", ("USA", "IRN", "12")),
    # an attack condemned points at the attacker, not at whoever condemned it first
    ("Iraq's prime minister condemned the American strikes on Monday. Iran also condemned the raids.",
     ("IRN", "USA", "11")),
    # chemical weapons are weapons of mass destruction (20)
    ("Syrian government aircraft dropped chemical bombs on the rebel-held town on Tuesday, killing dozens of "
     "civilians.", ("SYR", "SYR", "20")),
    # a state's force striking an unplaced target strikes the other country its sentence names
    ("Russian jets struck rebel positions overnight, the Syrian army said.", ("RUS", "SYR", "19")),
    # a plan told through "would begin": the teller's intent
    ("The Afghan president said on Tuesday that his government would begin freeing 1,500 Taliban prisoners on "
     "Saturday.", ("AFG", "AFG", "03")),
    # asking an international court to act against someone is a case brought against them; troops ordered out
    ("Bolivia asked the International Court of Justice to order Chile to negotiate sea access.", ("BOL", "CHL", "11")),
    ("Ecuador's president ordered two army battalions to the northern border on Sunday after clashes with Colombian "
     "rebels.", ("ECU", "COL", "15")),
    ("Israel and the Palestine Liberation Organisation signed a declaration on Palestinian self-rule on Monday.",
     ("PSE", "ISR", "05")),
    # the parser may read "bloc ECOWAS" as the main verb
    ("West African bloc ECOWAS imposed sweeping economic sanctions on Guinea on Sunday and closed its members' "
     "borders with the country, over the junta's plan to stay in power.", ("IGOWAS", "GIN", "16")),
    # a hundred or more people killed who are not fighters: a mass killing
    ("Gunmen killed more than 150 villagers in a night raid in central Mali, officials said.", ("MLI", "MLI", "20")),
    # rejecting an accusation just made answers the accuser
    ("Kyiv accused Minsk of hosting Russian troops. Belarus rejected the accusation as absurd.", ("BLR", "UKR", "01")),
    ("Serbia's president accused Kosovo of provoking the clash, a charge Kosovo's prime minister denied.",
     ("SRB", "XKX", "11")),
    ("Serbia's president accused Kosovo of provoking the clash, a charge Kosovo's prime minister denied.",
     ("XKX", "SRB", "01")),
    ("Teachers across Peru walked off the job on Monday over pay.", ("PER", "PER", "14")),
    # a release is demanded of whoever holds the national
    ("Canada demanded the release of a Canadian businessman detained in Beijing.", ("CAN", "CHN", "10")),
    # a visitor welcomed is hosted (043), not praised
    ("The Turkish president arrived in Budapest on Thursday and was welcomed by Prime Minister Viktor Orban.",
     ("HUN", "TUR", "04")),
    # verdicts on a deed go to whoever did it
    ("Turkey sent tanks to the Syrian border. Damascus called the deployment illegal.", ("SYR", "TUR", "11")),
    ("The International Criminal Court opened an inquiry into the crackdown in Venezuela. Caracas dismissed the move "
     "as a political stunt.", ("VEN", "IGOICC", "11")),
    ("Japan said it was disappointed by China's decision to ban its seafood.", ("JPN", "CHN", "11")),
    # aid crossing from one country into another is the first one's
    ("A convoy of trucks carrying food and medicine crossed from Jordan into southern Syria on Tuesday.",
     ("JOR", "SYR", "07")),
    # an apology with no one named as its object goes to the other side the sentence names
    ("The Belgian king asked for forgiveness for colonial abuses on Thursday, telling survivors in Kinshasa that he "
     "was sorry.", ("BEL", "COD", "05")),
    ("The European Union imposed travel bans on 12 Iranian officials on Monday.", ("IGOEUR", "IRN", "16")),
    ("Myanmar's junta rejected the world body's invitation to the talks.", ("MMR", "IGOUNO", "12")),
    # "pro-Russian" separatists fight where they are
    ("Pro-Russian separatists shelled Ukrainian army positions near Donetsk on Monday.", ("UKR", "UKR", "19")),
    ("More than 80 schoolgirls were kidnapped from their school in northern Nigeria overnight.", ("NGA", "NGA", "18")),
    # a relative clause the parser took for the main one ("that would have ...") does not cover the veto
    ("China vetoed a draft resolution, put forward by France, that would have imposed sanctions on Myanmar.",
     ("CHN", "FRA", "12")),
    # "his spokesman" is whoever "his" is
    ("Egypt's president will visit Turkey next month, his spokesman said on Thursday.", ("EGY", "TUR", "03")),
    # dismissing someone's accusations is a denial answering them
    ("Beijing denied any role in the cyber attack, dismissing Canberra's accusations as baseless.",
     ("CHN", "AUS", "01")),
    # an investigation with no one named falls on the investigator's own country
    ("Kenyan detectives opened an investigation into land sales in the Rift Valley.", ("KEN", "KEN", "09")),
    ("Judges at the International Criminal Court authorised an investigation into killings in Burundi.",
     ("IGOICC", "BDI", "09")),
    # two sides talking with no one else named talk to each other
    ("The Spanish prime minister and the Chinese president spoke by telephone on Tuesday about the war in Ukraine.",
     ("ESP", "CHN", "04")),
    ("A truce between Armenia and Azerbaijan took effect at noon on Saturday.", ("AZE", "ARM", "08")),
    ("Protesters burned tyres in Conakry on Friday. Security forces responded with tear gas.", ("GIN", "GIN", "17")),
    ("Protesters hurled stones at police in Nairobi on Tuesday.", ("KEN", "KEN", "14")),
    # a threat with no one named is aimed at whoever last acted on the speaker's country, or whom it just condemned
    ("A Greek fishing boat was seized by the Turkish coast guard on Friday, and Athens warned of serious "
     "consequences if it was not released.", ("GRC", "TUR", "13")),
    ("Finland joined the alliance on Tuesday. Moscow denounced the move as a hostile step and threatened to "
     "retaliate.", ("RUS", "FIN", "13")),
    # allies drilling together cooperate militarily
    ("Japanese and Australian troops began large-scale military exercises in Queensland on Monday.",
     ("JPN", "AUS", "06")),
    ("Iraq handed a captured Iranian pilot back to Iran on Sunday.", ("IRQ", "IRN", "08")),
    ("Islamist fighters captured the town of Palma in northern Mozambique on Sunday.", ("MOZ", "MOZ", "19")),
    ("The militaries of Sudan and South Sudan said they had agreed to observe the ceasefire along the border.",
     ("SDN", "SSD", "08")),
    # what is struck is what the clause names, not who names it
    ("Israeli jets struck what the army described as Hamas rocket launchers in Gaza on Sunday.", ("ISR", "PSE", "19")),
    # allies taking a town together do not fight each other
    ("Turkish troops and allied Syrian rebels seized the town of Tal Abyad in northern Syria on Sunday.",
     ("SYR", "SYR", "19")),
    # named attackers replace unnamed ones, and their fire hits the other side named
    ("Nine Afghan policemen were killed on Monday when Pakistani border guards opened fire near the Torkham "
     "crossing.", ("PAK", "AFG", "19")),
    # troops arriving to keep the peace are protection given, not a visit
    ("Russian paratroopers began arriving in Armenia on Thursday as part of a peacekeeping force.",
     ("RUS", "ARM", "07")),
    # a promise with no one named is to whom the same side last turned
    ("The Indian prime minister offered his condolences to Nepal on Sunday after the earthquake. He said New Delhi "
     "would send medical aid and relief supplies.", ("IND", "NPL", "03")),
    # a hunger strike in a country's jails is against that country
    ("Dozens of Syrian detainees in Lebanese prisons began a hunger strike on Monday.", ("SYR", "LBN", "14")),
    # "would respond" after being acted on is a threat at whoever acted
    ("Estonia expelled two Russian diplomats on Monday. Moscow said it would respond in kind.", ("RUS", "EST", "13")),
    # a refusal with no one named is to whoever made the move
    ("The International Criminal Court opened an inquiry into the shooting of Bolivian protesters. Bolivia denounced "
     "the move and said it would not cooperate with the inquiry.", ("BOL", "IGOICC", "12")),
    # "demanded that the UN withdraw, accusing the blue helmets of ...": the one who demands accuses
    ("Mali's president demanded that the United Nations pull its peacekeepers out of the country, accusing the "
     "blue helmets of failing to protect civilians.", ("MLI", "IGOUNOPKO", "11")),
    # freed or extradited with no one named: by the state that held them, to the one named
    ("Two Canadians held in China for nearly three years were released on Friday.", ("CHN", "CAN", "08")),
    ("Mexico's most wanted cartel boss was extradited to the United States on Thursday.", ("MEX", "USA", "06")),
    # a hyphenated surname is not the office holder who bears its second half
    ("Lucy Smith-Ratcliffe, a British aid worker detained in Iran, was released on Monday.", ("IRN", "GBR", "08")),
    ("The Russian president ordered a halt to military operations in Georgia on Tuesday.", ("RUS", "GEO", "08")),
    # "each other's positions": both ways
    ("Indian and Pakistani troops shelled each other's positions along the frontier on Sunday.", ("PAK", "IND", "19")),
    # the town whose outskirts are shelled is where the attack lands
    ("Ethiopian federal troops shelled the outskirts of Mekelle with heavy artillery on Saturday.", ("ETH", "ETH", "19")),
    # "with X shuttling messages" is an absolute clause, not the partner of the talks: a go-between working between
    # both delegations (its mediation towards each side comes first under the two-per-sentence cap)
    ("Saudi and Iranian negotiators held talks in Baghdad on Sunday, with Iraq's prime minister shuttling messages "
     "between the two delegations.", ("IRQ", "IRN", "04")),
    # police in a sentence that names no country but a pronoun are in the country of the sentence before
    ("Thousands of protesters stormed the presidential palace in Colombo on Saturday. Police fired tear gas but "
     "failed to hold them back.", ("LKA", "LKA", "17")),
    # "declined to comment" is CAMEO 011, with no one addressed
    ("The Israeli military declined to comment on the report on Monday.", ("ISR", None, "01")),
    # a protest outside a country's embassy is against that country
    ("Thousands of students rallied outside the American embassy in Manila on Friday.", ("PHL", "USA", "14")),
    # a place we cannot find, taken by a side of its own country
    ("Bosnian Serb forces overran the UN-protected enclave of Zepa on Tuesday.", ("BIH", "BIH", "19")),
    # "the Russian-led alliance" is the alliance
    ("Tokayev asked the Russian-led Collective Security Treaty Organisation to send troops.", ("KAZ", "IGOCST", "02")),
    # raised tariffs on goods from a country fall on it; arms received come from whoever sent them
    ("India raised tariffs on steel imported from China on Monday.", ("IND", "CHN", "16")),
    ("Taiwan has received its first Abrams tanks from the United States, the defence ministry said.",
     ("USA", "TWN", "07")),
    # "each side accused the other": the two sides of the last act, each way
    ("Sudan and South Sudan agreed to a ceasefire on Saturday. Within hours each side accused the other of violating "
     "it.", ("SSD", "SDN", "11")),
    # a second appeal hung inside the first one's complement is still the urger's
    ("Pope Francis urged Russia to return the children it is holding and called on Ukraine to open talks.",
     ("VAT", "UKR", "02")),
    # "called for" is an appeal
    ("The UN called for Russia to withdraw its troops.", ("IGOUNO", "RUS", "02")),
    # diplomats ordered out are expelled (174); after a break in ties, the expulsion is one more act
    ("Caracas broke off relations with Bogota and ordered Colombian diplomats to leave within 24 hours.",
     ("VEN", "COL", "17")),
    ("Azerbaijan has massed troops on the border, Armenia said, calling the build-up unacceptable.",
     ("ARM", "AZE", "11")),
])
def test_codes(request, code_text, text, expected):
    got = _events(_coder(request, code_text, expected), text)
    src, tgt, root = expected
    assert any(s == src and r == root and (tgt is None or t == tgt) for s, t, r in got), got


@pytest.mark.parametrize("text", [
    "Iran did not attack the tanker, officials said.",
    # only "would respond" threatens; answering a report is nothing
    "The Iranian foreign ministry responded to the report on Monday.",
    # a storm is no actor; the alternative not taken; the deed an allegation is about
    "Typhoon Haiyan slammed into the central Philippines, forcing nearly 800,000 people from their homes.",
    "Diplomats said China might abstain rather than veto the draft resolution on Libya.",
    # negation by "neither ... nor" and "has yet to"; a conditional perfect; a sports result
    "Neither Washington nor Moscow has proposed resuming strategic arms control talks.",
    "Kenya has yet to deploy any police officers to Haiti.",
    "Britain said it would have condemned the Russian strikes on Kyiv.",
    "Pakistan crushed India by 10 wickets in Dubai on Sunday in the cricket tournament.",
    # declining to confirm is no refusal of anything; a recognition inside a hypothetical is no event
    "The Kremlin refused to confirm reports that Russian troops had entered Syria.",
    "A draft text that would have declared Washington's recognition of Jerusalem null and void circulated on Monday.",
    # own diplomats told to leave are evacuated, not expelled; made or guarded by a country is not that country
    "Washington ordered its remaining diplomats to leave the embassy on Sunday.",
    "Kazakhstan will not send troops to support Russia's military operation in Ukraine, a spokesman said.",
    "The Kremlin on Wednesday dismissed as absurd suggestions that Russian agents were behind the poisoning.",
    # a leader leaving prison does not walk out in protest; a third party's "will not" is no refusal
    "ANC leader Nelson Mandela walked out of Victor Verster prison on Sunday.",
    "US Defense Secretary Lloyd Austin and Chinese Defence Minister Li Shangfu will not hold formal talks in Singapore, "
    "the Pentagon said.",
    "China and Cambodia denied a newspaper report that Beijing had secured a deal allowing it to station troops at "
    "the Ream naval base.",
    "Analysts said Iran could attack American bases in Iraq.",
    "If Tehran attacks Americans, the United States would respond.",
    "The Los Angeles Lakers beat the Boston Celtics 110-98 on Sunday.",
    "Oil prices fell 3 percent as fears of a war in the Gulf eased.",
    "Rain and strong winds are expected across northern France on Monday.",
    "Heavy rain and strong winds battered northern France on Tuesday, and forecasters warned that more storms "
    "could hit the coast later in the week.",
    "Manchester United beat Chelsea 2-1 on Saturday. The visitors attacked relentlessly in the second half.",
    "Analysts said Russia could launch a new offensive in the spring if talks with Ukraine fail.",
    "China has not recognised the new government in Kabul, a foreign ministry spokesman said on Friday.",
    "Experts believe North Korea might test another missile before the end of the year.",
    "Apple shares rose 2 percent after the company reported record iPhone sales in China.",
    "It is unclear whether Saudi Arabia will join the talks next month.",
    # denials of fact, plans that do not exist, sport and show business
    "Israel did not carry out any air strikes in Syria overnight, a spokesman said, dismissing reports of explosions.",
    "Rwandan troops have not crossed into Burundi, the army said, denying accusations by Burundian officials.",
    "Mexico's president denied that he had met representatives of drug cartels.",
    "Nepal has no plans to recall its ambassador from India, a spokesman said.",
    "A Japanese player crushed China's top-ranked woman 6-1, 6-2 in the quarter-finals on Wednesday.",
    "Two of India's largest mobile operators agreed on Tuesday to merge their businesses.",
    "Analysts said Japan may consider sending aid to North Korea.",
    # speculation carried by a conjoined verb or by "likely"; a currency is no actor
    "Legal experts said Hanoi could follow Manila's lead and bring its own case against Beijing at the tribunal.",
    "Traders said the central bank of Indonesia was likely to step in again to defend the currency.",
    "The Indian rupee slid to a record low on Friday, pressured by fund outflows and higher crude prices, dealers said.",
    # an object with "no" is nothing given
    "Russia's defence ministry offered no evidence for its claim on Monday.",
    # what a report tells does the forcing, not the reporter
    "In Iran, a stampede at the funeral in Kerman killed at least 50 people on Tuesday, state media reported, forcing "
    "officials to postpone the burial.",
    # a risk someone sees is no threat
    "Egypt and Sudan risk being drawn into conflict over the dam, a Brussels-based think tank warned on Thursday.",
])
def test_not_events(code_text, text):
    assert _events(code_text, text) == []


def test_event_fields(code_text):
    doc = code_text("Qassem Soleimani was killed on Friday in a US drone strike at Baghdad airport.")
    e = doc.events[0]
    # a named commander killed by another country's drone strike: coded as the strike
    assert (e.source.country, e.target.country, e.cameo) == ("USA", "IRN", "195")
    assert e.date == "2020-01-03" and e.date_basis == "text"
    assert e.location is not None and e.location.name == "Baghdad" and e.location.country == "IRQ"
    assert doc.article.body[e.evidence.start:e.evidence.end] == e.evidence.sentence
    assert e.goldstein == -10.0 and e.quad_class == 4


def test_pronoun_and_metonym(code_text):
    got = _events(code_text, "Mike Pompeo arrived in Baghdad on Monday. He criticized Tehran for the attack.")
    assert ("USA", "IRN", "11") in got


def test_former_office_holder(code_text):
    doc = code_text("Barack Obama criticized the Russian government.", "2019-05-01")
    assert doc.events and doc.events[0].source.sector == "ELI"


def test_uncoded_sides_keep_their_words(code_text):
    """A real act on a non-actor keeps its object as an uncoded target; a named source in no actor file is kept
    uncoded when it acts on a coded actor."""
    doc = code_text("Iran condemned the raids on Monday.", "2020-01-05")
    ev = next(e for e in doc.events if e.root == "11")
    assert ev.source.country == "IRN" and ev.target is not None
    assert ev.target.code == "" and ev.target.country is None and ev.target.text == "raids"
    doc = code_text("Jan Kowalczyk urged China to release the detained activists.", "2020-01-05")
    ev = next(e for e in doc.events if e.root == "02")
    assert ev.source.code == "" and ev.source.name == "Jan Kowalczyk" and ev.target.country == "CHN"


def test_surname_takes_earlier_full_mention(code_text):
    doc = code_text("Canada's Foreign Minister Francois-Philippe Champagne arrived in London on Monday. "
                    "Champagne met Iran's foreign minister on Tuesday.", "2020-01-05")
    assert any(e.source.country == "CAN" and e.target and e.target.country == "IRN" and e.root == "04"
               for e in doc.events), [(e.source.code, e.target.code if e.target else None) for e in doc.events]


def test_quotes_keep_their_speaker(code_text):
    """A second quoted sentence goes on with the first one's speaker; chanting introduces quoted words."""
    doc = code_text('"We will not back down," Iran\'s foreign minister said on Monday. "The sanctions are illegal '
                    'and will fail." Protesters in Tehran chanted "Death to the dictator" outside the embassy.',
                    "2020-01-05")
    assert len(doc.quotes) == 3, doc.quotes
    first, second, chant = doc.quotes
    assert first.speaker is not None and first.speaker.country == "IRN"
    assert second.speaker == first.speaker and second.speaker_text == first.speaker_text
    assert chant.speaker_text == "Protesters"


def test_one_phrase_two_countries(code_text):
    """"Georgian and Azerbaijani troops held joint exercises": an event each way between the two."""
    got = _events(code_text, "Georgian and Azerbaijani troops held joint exercises near Marneuli on Tuesday.")
    assert ("GEO", "AZE", "06") in got and ("AZE", "GEO", "06") in got, got


def test_two_measures_of_one_kind(code_text):
    # a state of emergency and a curfew are two restrictions; one attack told by two verbs is one event
    got = _events(code_text, "Ecuador's president declared a 60-day state of emergency on Monday, imposing a nightly "
                             "curfew in three provinces.")
    assert sorted(r for s, t, r in got if s == "ECU") == ["17", "17"], got
    got = _events(code_text, "The Colombian air force bombed a rebel camp in Meta province on Sunday, killing 11 guerrillas.")
    assert len([r for s, t, r in got if r in ("18", "19", "20")]) == 1, got


def test_made_or_guarded_by_is_not_theirs(code_text):
    got = _events(code_text, "Bosnian Serb forces shelled the UN-protected enclave with Russian-made rockets.")
    assert got and all(t not in ("IGOUNO", "RUS") for s, t, r in got), got


def test_a_region_is_not_the_country_in_its_name(code_text):
    got = _events(code_text, "Cuba condemned the rise of right-wing governments in Latin America.")
    assert got and all(t != "USA" for s, t, r in got), got


def test_the_deed_an_allegation_is_about_is_not_an_event(code_text):
    # the parser reads "allegations that she meddled ... and pressured ..." as a relative clause with a conjunct
    got = _events(code_text, "Prosecutors in Seoul opened an investigation on Monday into a confidante of President "
                             "Park Geun-hye over allegations that she meddled in state affairs and pressured "
                             "conglomerates into donating millions.")
    assert [r for s, t, r in got] == ["09"], got


def test_target_inferred_from_the_sentence_is_flagged(code_text):
    # no word is the grammatical target of the pledge; the other side the sentence names is, and says so
    doc = code_text("Saudi Arabia pledged to deposit $3 billion in Islamabad's central bank.", "2022-11-30")
    [event] = [e for e in doc.events if e.root == "03"]
    assert event.target.country == "PAK" and event.contract()["target"]["inferred"] is True
    # a grammatical target is not inferred
    doc = code_text("Russia condemned the Israeli air strikes on Syria.", "2022-11-30")
    assert doc.events and doc.events[0].contract()["target"]["inferred"] is False


def test_a_first_name_the_entry_lacks_is_someone_else(code_text):
    # "Jimmy Lai" is not Taiwan's Lai Ching-te; a spelling variant of the first name is the same person
    doc = code_text("Jimmy Lai met the Taiwanese delegation in Hong Kong on Monday.", "2024-06-03")
    assert all(a.country != "TWN" or a.text != "Lai" for a in doc.mentions.values())
    assert ("RUS", "JOR", "04") in _events(code_text, "Foreign Minister Sergey Lavrov held talks with Jordan's "
                                                      "foreign minister.")
    # a title before a full name is no first name
    assert ("GBR", "USA", "04") in _events(code_text, "British Foreign Secretary Dominic Raab said he had spoken to "
                                                      "Secretary of State Mike Pompeo on Friday.")


def test_a_group_of_no_one_country_stays_international_where_it_acts(code_text):
    # (until session 21 the group took the place's country; 33 of the 58 development paragraphs that name
    # Islamic State code it as an international group, INS)
    doc = code_text("A car bomb killed 40 people in Baghdad on Saturday. Islamic State claimed the attack in a statement.")
    claim = next(e for e in doc.events if e.root == "01")
    assert (claim.source.code, claim.source.country, claim.target.country) == ("INSISL", None, "IRQ")


def test_a_threat_after_a_condemnation_is_aimed_at_the_condemned_once(code_text):
    got = _events(code_text, "The Kremlin called Finland's decision to apply for NATO membership a grave mistake. It "
                             "warned that Moscow would be forced to take retaliatory steps.")
    assert [e for e in got if e[2] == "13"] == [("RUS", "FIN", "13")]


def test_regional_people_are_no_one_country(code_text):
    # "West African leaders" are not Guinea's, and the threat they tell is ECOWAS's on Guinea
    got = _events(code_text, "West African leaders warned Guinea's military government on Friday that ECOWAS would "
                             "impose sanctions on the country.")
    assert ("IGOWAS", "GIN", "13") in got and not any(s == "GIN" for s, _, _ in got)


def test_one_act_of_force_is_told_by_its_most_specific_verb(code_text):
    doc = code_text("Gunmen from Boko Haram stormed a boarding school in northeastern Nigeria overnight and abducted "
                    "300 pupils.")
    assert [(e.source.country, e.target.country, e.cameo) for e in doc.events] == [("NGA", "NGA", "181")]


@pytest.mark.parametrize("text", [
    "Germany formally recognised on Friday that it had committed genocide against the Herero people in Namibia.",
    "The Israeli army admitted that its troops had killed three Palestinian civilians in the raid.",
])
def test_owning_up_to_a_wrong_is_an_admission_not_the_wrong_again(code_text, text):
    assert [r for _, _, r in _events(code_text, text)] == ["01"]


def test_a_prosecutor_general_is_no_general(code_text):
    doc = code_text("Ukraine's president ordered the prosecutor general to open criminal proceedings over the crash.")
    assert {a.sector for a in doc.mentions.values() if "prosecutor" in a.text} == {"JUD"}


def test_a_demand_a_march_makes_is_the_march(code_text):
    got = _events(code_text, "Tens of thousands of Serbians marched through central Belgrade on Saturday demanding the "
                             "resignation of the government.")
    assert got == [("SRB", "SRB", "14")]


def test_allies_acting_together_are_not_each_others_targets(code_text):
    got = _events(code_text, "Turkish troops and allied Syrian rebels seized the town of Tal Abyad in northern Syria "
                             "on Sunday.")
    assert ("SYR", "TUR", "19") not in got, got


def test_named_attackers_replace_unnamed_ones(code_text):
    got = _events(code_text, "Nine Afghan policemen were killed on Monday when Pakistani border guards opened fire "
                             "near the Torkham crossing.")
    assert ("AFG", "AFG", "18") not in got and ("AFG", "AFG", "19") not in got, got


def test_go_betweens_do_not_meet_each_other(code_text):
    got = _events(code_text, "Saudi and U.S. mediators opened talks in Jeddah on Saturday between envoys of the two "
                             "Sudanese factions.")
    assert ("SAU", "USA", "04") not in got and ("USA", "SAU", "04") not in got, got


def test_a_denial_calling_the_accusation_baseless_is_one_event(code_text_denials):
    code_text = code_text_denials
    got = _events(code_text, "Kyiv accused Minsk of hosting Russian troops. Belarus rejected the accusation, "
                             "calling it baseless.")
    assert ("BLR", "UKR", "01") in got and ("BLR", "UKR", "11") not in got, got


def _is_denial(expected) -> bool:
    """Expectations of a denial (CAMEO 016), which only the ``denials`` setting outputs."""
    return expected[2] in ("01", "016") or str(expected[2]).startswith("016")


def _coder(request, code_text, expected):
    return request.getfixturevalue("code_text_denials") if _is_denial(expected) else code_text


def _codes(code_text, text, date="2020-01-05"):
    doc = code_text(text, date)
    assert doc.error is None, doc.error
    return [(e.source.country or e.source.code, (e.target.country or e.target.code) if e.target else None, e.cameo)
            for e in doc.events]


def _assert_read_as(code_text, text, date, expected):
    """Every expected (source, target, code prefix) is among the events coded from ``text``."""
    got = _codes(code_text, text, date)
    assert all(any(g[:2] == e[:2] and g[2].startswith(e[2]) for g in got) for e in expected), got


def _assert_not_read_as(code_text, text, date, unwanted):
    """No event coded from ``text`` has a CAMEO code starting with ``unwanted`` ("" for no event at all)."""
    got = _codes(code_text, text, date)
    assert not any(c[2].startswith(unwanted) for c in got), got


@pytest.mark.parametrize("text,expected", [
    # a deed named by a noun the lexicon knows ("the takeover", "the sweep") is its doer's
    ("Soldiers detained President Alpha Conde in Conakry on Sunday. The African Union condemned the takeover.",
     ("IGOAFU", "GIN", "111")),
    ("Police in Hong Kong arrested 53 opposition activists on Wednesday. Secretary of State Mike Pompeo condemned "
     "the sweep.", ("USA", "HKG", "111")),
    # an organisation demanding someone's release demands it of whoever holds him
    ("Soldiers detained President Alpha Conde in Conakry on Sunday. The African Union demanded his immediate release.",
     ("IGOAFU", "GIN", "1053")),
    # a measure announced as decided is the measure; with a condition, or warned of, it stays a threat
    ("The European Union will impose sanctions on Belarus, the bloc said on Friday.", ("IGOEUR", "BLR", "163")),
    ("Emmanuel Macron said on Sunday that France would withdraw its ambassador from Niger.", ("FRA", "NER", "161")),
    ("Washington will impose sanctions on Turkey if it buys the missiles, Pompeo said.", ("USA", "TUR", "1312")),
    ("Pompeo warned that Washington would impose sanctions on Turkey.", ("USA", "TUR", "130")),
    # chemical weapons are the means only when the attack is made with them
    ("US warships fired 59 Tomahawk cruise missiles at a Syrian air base on Friday in response to a chemical attack "
     "on Khan Sheikhoun.", ("USA", "SYR", "195")),
    ("The United States launched missile strikes on Syrian chemical weapons facilities.", ("USA", "SYR", "195")),
    ("Syrian government aircraft dropped bombs containing a nerve agent on the rebel-held town of Khan Sheikhoun on "
     "Tuesday, killing dozens of civilians.", ("SYR", "SYR", "2041")),
    # a missile fired over a country is a show of force aimed at it
    ("North Korea fired a ballistic missile over Japan on Tuesday.", ("PRK", "JPN", "150")),
    # water cannon fired at another state's boats is coercion (170), not riot control; at one's own protesters it is
    ("Chinese coast guard ships fired water cannon at Philippine boats carrying supplies.", ("CHN", "PHL", "170")),
    ("Police fired water cannon at protesters in Nairobi.", ("KEN", "KEN", "175")),
    # a politician's supporters storming a building riot
    ("Thousands of supporters of former president Jair Bolsonaro stormed Brazil's Congress on Sunday.",
     ("BRA", "BRA", "145")),
    # a denial of a deed, after an accusation of the denier, answers the accuser
    ("Human Rights Watch accused the RSF of killing civilians in El Fasher. The paramilitary group denied targeting "
     "civilians.", ("SDN", "NGOHRW", "016")),
    # a verdict on an attack is aimed at the attacker, not at whoever spoke last
    ("A U.S. drone strike killed Iran's most powerful military commander at Baghdad airport early on Friday. Supreme "
     "Leader Ayatollah Ali Khamenei vowed harsh revenge, while Iraq's caretaker prime minister condemned the attack as "
     "a flagrant violation of Iraqi sovereignty.", ("IRQ", "USA", "111")),
    # a deed at home by another actor of the speaker's country is aimed at that actor
    ("Forces loyal to eastern commander Khalifa Haftar seized the oil terminals of Ras Lanuf. Prime Minister Fayez "
     "al-Sarraj condemned the takeover.", ("LBY", "LBY", "111")),
    # where an agreement is signed or reached is no side of it: two sides agreeing act towards each other
    ("The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department on Friday.",
     ("RWA", "COD", "057")),
    ("Thailand and Cambodia agreed to an immediate and unconditional ceasefire at talks in Malaysia on Monday.",
     ("KHM", "THA", "0871")),
    # but a truce "in" a country is with it, and anger "at" a capital is aimed at it
    ("Vladimir Putin agreed to a ceasefire in eastern Ukraine.", ("RUS", "UKR", "0871")),
    ("Iran expressed anger at Washington on Monday.", ("IRN", "USA", "110")),
    # "the army" with no country named is of the country the sentence before names
    ("Security forces in Myanmar killed 38 protesters on Wednesday. The UN human rights office urged the army to stop "
     "using force against peaceful demonstrators.", ("IGOUNOOHC", "MMR", "020")),
    # more words of condemnation in a verdict
    ("Japan tightened controls on exports to South Korea on Monday. Seoul called the step an economic reprisal.",
     ("KOR", "JPN", "111")),
    ("Ecuadorian police stormed Mexico's embassy in Quito. Andres Manuel Lopez Obrador called the raid an "
     "authoritarian act.", ("MEX", "ECU", "111")),
    # "both sides", "the two rival generals": the two sides of the last act between two parties
    ("Israel and Hamas agreed to a ceasefire on Wednesday. UN Secretary-General Antonio Guterres praised both sides.",
     ("IGOUNO", "ISR", "051")),
    ("Israel and Hamas agreed to a ceasefire on Wednesday. UN Secretary-General Antonio Guterres praised both sides.",
     ("IGOUNO", "PSE", "051")),
    ("Fighting broke out between Sudan's army and the paramilitary RSF. The AU urged the two rival generals to "
     "return to talks.", ("IGOAFU", "SDN", "020")),
    # an appeal to respect a truce is an appeal, not the truce
    ("Sudan's army and the RSF agreed to a truce on Saturday. Washington urged both sides to respect the truce.",
     ("USA", "SDN", "020")),
    # a region's leaders speak for its bloc
    ("West African leaders gave Niger's coup leaders one week on Sunday to reinstate President Mohamed Bazoum and "
     "imposed sanctions.", ("IGOWAS", "NER", "163")),
    ("South-East Asian leaders meeting in Jakarta on Saturday agreed on a five-point plan calling for an end to "
     "violence in Myanmar.", ("IGOSEA", "MMR", "030")),
    # envoys recalled from their posts: the states they were posted to, however the "to" is hung, towns included
    ("Ankara recalled its ambassadors to Washington and Tel Aviv for consultations.", ("TUR", "ISR", "161")),
    ("Ankara recalled its ambassadors to Washington and Tel Aviv for consultations.", ("TUR", "USA", "161")),
    # condemning an attack on a victim is aimed at the attacker
    ("Iraqi forces invaded Kuwait on Thursday. The UN Security Council condemned the invasion of Kuwait.",
     ("IGOUNOSEC", "IRQ", "111")),
    ("Russian missiles struck a hospital in Kyiv on Monday. France condemned the attack on Ukraine.",
     ("FRA", "RUS", "111")),
    # a named leader or commander killed by a foreign air strike: coded as the strike (13 development golds code
    # such a sentence as the strike, 8 as an assassination)
    ("Israel said on Saturday it had killed Hezbollah leader Hassan Nasrallah in a massive air strike on Beirut.",
     ("ISR", "LBN", "195")),
    # a foreign aid agency and its staff are an NGO, whatever its country
    ("Two employees of a Swiss humanitarian agency were kidnapped by Tuareg rebels near the northern Malian town of "
     "Kidal.", ("MLI", "NGO", "181")),
    # telling that another side did a wrong is accusing it
    ("Secretary of State Mike Pompeo said Iran was responsible for the attacks.", ("USA", "IRN", "112")),
    ("Secretary of State Antony Blinken said on Tuesday that members of the Rapid Support Forces had committed "
     "genocide in Sudan.", ("USA", "SDN", "112")),
    ("Moscow said Kyiv was behind the attack.", ("RUS", "UKR", "112")),
    ("Washington suspended nearly all security assistance to Pakistan on Thursday, saying Islamabad had failed to "
     "take decisive action against militant groups.", ("USA", "PAK", "112")),
    ("Lebanon's foreign ministry said Israel had violated Lebanese sovereignty.", ("LBN", "ISR", "112")),
    # "which" as the object of a relative clause is the noun the clause is about
    ("Hours later Rwanda cut diplomatic ties with Belgium, which it accused of lobbying for the measures.",
     ("RWA", "BEL", "112")),
    # a consulate shut is a cut in relations with the state it belongs to; frozen grants are reduced aid
    ("Washington shut Moscow's consulate in Seattle on Monday.", ("USA", "RUS", "161")),
    ("Japan said it was freezing new grants and loans to Pakistan.", ("JPN", "PAK", "1621")),
    # a go-between shuttling between two sides mediates between them
    ("Egyptian and Qatari mediators shuttled between Israeli and Hamas delegations in Cairo on Tuesday.",
     ("EGY", "PSE", "045")),
    # agreements that establish relations with others are signed with them
    ("Israel signed agreements establishing full diplomatic relations with the United Arab Emirates and Bahrain on "
     "Tuesday.", ("ISR", "BHR", "057")),
    # "the two" are the two sides named before
    ("Britain and Ukraine held talks in London. The two signed a 2.26-billion-pound loan agreement.",
     ("UKR", "GBR", "057")),
    # vowing to hit back or to intensify an offensive is a threat
    # (at whoever struck first; a threat at no one named is not coded)
    ("Iran fired missiles at Israel overnight. Defence Minister Israel Katz vowed to hit back 'sevenfold'.",
     ("ISR", "IRN", "138")),
    ("Two car bombs exploded in Mogadishu on Saturday, killing 100 people. President Hassan Sheikh Mohamud vowed to "
     "intensify the offensive against al-Shabaab.", ("SOM", "SOM", "138")),
    # a rejection of the accusation a relative clause hangs on is a denial, aimed at the accuser
    ("Secretary of State Mike Pompeo said Iran was responsible, an accusation Tehran swiftly rejected as 'baseless'.",
     ("IRN", "USA", "016")),
    # a sanction agreed on is the sanction
    ("The United States, the European Union, Britain and Canada agreed on Saturday to cut off selected Russian banks "
     "from the SWIFT payment system.", ("USA", "RUS", "163")),
    # Somaliland is Somalia's, whatever Ethiopia signs with it
    ("Ethiopia signed an agreement with Somaliland on Monday.", ("ETH", "SOM", "057")),
])
def test_exact_codes(request, code_text, text, expected):
    code_text = _coder(request, code_text, expected)
    assert expected in _codes(code_text, text), _codes(code_text, text)


def test_a_standing_denial_is_no_answer(code_text):
    got = _events(code_text, "The Democratic Republic of Congo accused Rwanda on Saturday of supporting M23 rebels. "
                             "Kigali has repeatedly denied backing the group.")
    assert not any(r == "01" for _, _, r in got), got


def test_what_is_urged_however_deep_is_not_done(code_text):
    got = _codes(code_text, "The UN human rights office urged the Myanmar army to stop using force against peaceful "
                            "demonstrators.")
    assert not any(c == "175" for _, _, c in got), got


def test_an_act_coordinated_with_a_demand_is_done(code_text):
    got = _codes(code_text, "The African Union demanded on Friday the release of Guinea's deposed president and "
                            "suspended the country from all the bloc's activities.")
    assert any(c[:2] == "16" for _, _, c in got), got


def test_who_backs_a_group_describes_it(code_text):
    got = _codes(code_text, "Arab Janjaweed militiamen backed by Sudanese government forces have burned scores of "
                            "villages in Darfur.")
    assert not any(c[:2] == "05" for _, _, c in got), got


def test_a_small_town_far_from_everyone_named_is_a_namesake(code_text):
    # the gazetteer knows only Myanmar's Madaya; the sentence is about Syria
    got = _events(code_text, "A UN convoy of 44 trucks carrying food and medicine entered the besieged town of Madaya "
                             "on Monday after Syrian authorities gave permission.")
    assert not any(t == "MMR" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    # a purpose clause under speculation is speculation too
    "The Japanese yen slid past 160 per dollar on Monday before staging a sharp rebound, prompting traders to "
    "speculate that Tokyo had stepped in to support the currency.",
    # an institution named after a capital is not its government
    "The Louvre Abu Dhabi welcomed its first paying visitors on Saturday, a decade after the project was conceived.",
    # a subject with "no" negates; a meeting in a "since" clause is the start of a span; a rumour is no act
    "No punitive measures against Turkey would be considered before December, one official added.",
    "The White House said no call between the two presidents was scheduled. Biden and Xi have not spoken since they "
    "met in Bali last November.",
    "Rumours that Canada was preparing to expel several Russian diplomats swirled in Ottawa on Monday.",
    # a currency hitting a low is a market, not an attack
    "Stock markets from Tokyo to Frankfurt fell, and the Swedish crown hit a record low against the euro.",
    # a marathon record cut is sport
    "Kenya's fastest runner won the Berlin Marathon on Sunday, cutting 30 seconds off his own world record.",
])
def test_no_event_in_markets_and_culture(code_text, text):
    assert _events(code_text, text) == []


def test_since_a_year_is_no_date_of_the_act(code_text):
    doc = code_text("Yemen's warring parties agreed to a two-month nationwide truce, the first of its kind since 2016, "
                    "UN envoy Hans Grundberg announced.", "2022-04-02")
    assert doc.events and all(not e.background and e.date == "2022-04-02" for e in doc.events), [
        (e.cameo, e.date, e.background) for e in doc.events]


def test_the_generals_acted_on_are_not_the_speakers_own(code_text):
    got = _events(code_text, "Myanmar's military seized power on Monday and detained Aung San Suu Kyi. US President "
                             "Joe Biden threatened to reimpose sanctions on the generals.", "2021-02-02")
    assert ("USA", "MMR", "13") in got and ("USA", "USA", "13") not in got, got


def test_a_town_is_the_one_near_the_countries_named(code_text):
    # "Bethlehem" is also an alternate name of Brazil's Belem and a town in South Africa
    got = _events(code_text, "Israeli troops fired tear gas and rubber bullets at stone-throwing youths near Bethlehem "
                             "on Friday.")
    assert got and all(t == "PSE" for _, t, _ in got), got


def test_a_second_act_with_a_deed_of_its_own_is_aimed_at_its_doer(code_text):
    got = _events(code_text, "China launched large-scale military drills around Taiwan on Monday. Taipei said it had "
                             "put its forces on heightened alert and condemned the drills as a rehearsal for a "
                             "blockade.")
    assert ("TWN", "CHN", "11") in got and ("TWN", "TWN", "11") not in got, got


def test_a_wrong_told_as_possible_is_no_accusation(code_text):
    assert _events(code_text, "Pompeo said Iran could be responsible.") == []


def test_a_violation_told_by_the_victim_is_its_accusation_not_a_fact(code_text):
    got = _events(code_text, "Lebanon's foreign ministry said Israel had violated Lebanese sovereignty.")
    assert ("ISR", "LBN", "12") not in got, got


def test_an_offer_to_mediate_is_no_mediation(code_text):
    got = _codes(code_text, "Turkey offered to mediate between Moscow and Kyiv.")
    assert not any(c == "045" for _, _, c in got), got


def test_a_killing_told_in_an_accusation_is_not_the_accusers(code_text):
    got = _events(code_text, "Amnesty International accused Nigerian soldiers on Wednesday of opening fire on "
                             "protesters at the Lekki toll gate, killing at least 12 people.")
    assert ("NGOAMN", "NGA", "11") in got and not any(s == "NGOAMN" and r in ("18", "19") for s, _, r in got), got


@pytest.mark.parametrize("text,expected", [
    # a denial of one's own part answers whoever told of it, even when the telling was hedged
    ("The British government said on Tuesday it was 'highly likely' that Moscow was responsible for the attack on a "
     "former spy. The Kremlin denied any involvement.", ("RUS", "GBR", "016")),
    # so does a rejection of allegations told in passing
    ("Canada expelled an Indian diplomat on Monday after its prime minister told parliament there were credible "
     "allegations linking Indian agents to the killing. New Delhi dismissed the allegations as absurd.",
     ("IND", "CAN", "016")),
    # a verdict on tariffs is aimed at whoever imposed them
    ("Canada imposed tariffs on Chinese electric cars on Monday. Beijing called the tariffs blatant protectionism.",
     ("CHN", "CAN", "111")),
    # a verdict on arrests is aimed at whoever arrests, an act at home, not at the last foreign speaker
    ("The army seized power in Myanmar on Monday and declared a state of emergency. Washington threatened to "
     "reimpose sanctions on the generals, and the UN secretary-general called the arrests a serious blow.",
     ("IGOUNO", "MMR", "111")),
    # police beside one state's institutions are that state's
    ("Thousands of protesters rallied outside parliament in Tbilisi on Friday. Riot police used water cannon and "
     "pepper spray to disperse the crowds, the interior ministry said.", ("GEO", "GEO", "175")),
    # police in a sentence naming no country: the country the sentence before names most
    ("Thousands of people marched through Hong Kong on Sunday against a bill allowing extraditions to mainland China. "
     "Riot police used batons to disperse the protesters.", ("HKG", "HKG", "175")),
    # aid with no addressee goes to the one country the sentence before names
    ("An earthquake killed hundreds of people in Afghanistan on Wednesday. Pakistan said it had sent trucks of food "
     "and medicine across the border.", ("PAK", "AFG", "073")),
    # a summit between two sides that ended is their meeting
    ("The summit between Donald Trump and Kim Jong Un in Hanoi ended abruptly on Thursday.", ("USA", "PRK", "044")),
    # shaking hands is meeting
    ("Donald Trump and Kim Jong Un shook hands on a Singapore island on Tuesday.", ("PRK", "USA", "040")),
    # a call told around another act is a call with whom that act is aimed at
    ("President Emmanuel Macron urged Vladimir Putin in a telephone call on Sunday to withdraw his troops from the "
     "nuclear plant.", ("FRA", "RUS", "041")),
    # the regional bloc is the one the region's leaders speak for; a junta's military rulers are its government
    ("West African leaders imposed sanctions on Niger on Sunday. Niger's new military rulers accused the regional "
     "bloc of preparing an invasion.", ("NER", "IGOWAS", "112")),
    # a second act the parser hangs on what was said is the speaker's
    ("The White House said no visit had been planned and urged China not to raise tensions.", ("USA", "CHN", "020")),
    # fighting that broke out between two sides of one country is theirs
    ("Heavy fighting broke out in Khartoum on Saturday between Sudan's army and the paramilitary Rapid Support "
     "Forces.", ("SDN", "SDN", "190")),
    # "each side accused the other": the two sides of the last act between them
    ("Fighting broke out between Ethiopia and Eritrea on Sunday. Each side accused the other of starting the clashes.",
     ("ERI", "ETH", "112")),
    # a release is demanded of whoever holds the person, also when the person is not the demander's own
    ("Russian police detained opposition leader Alexei Navalny at a Moscow airport on Sunday. The United States "
     "demanded his immediate release.", ("USA", "RUS", "1053")),
    # a court finding that a side did wrong is a verdict against it
    ("The European Court of Human Rights ruled on Tuesday that Russia had failed to investigate the killing.",
     ("IGOECH", "RUS", "116")),
    # a surtax announced as decided is the measure; withdrawn accreditation expels the inspectors
    ("Canada will impose a 100 percent surtax on electric vehicles imported from China.", ("CAN", "CHN", "163")),
    ("Iran has withdrawn the accreditation of several UN nuclear inspectors.", ("IRN", "IGOUNO", "1662")),
    # agreeing to halt the fighting is a truce, not a threat
    ("Armenia and Azerbaijan agreed on Tuesday to halt six weeks of fighting.", ("ARM", "AZE", "0871")),
    # a verdict on a deed several did together is aimed at each of them
    ("Spain and Norway recognised a Palestinian state on Tuesday. Israel condemned the move as a reward for terrorism.",
     ("ISR", "ESP", "111")),
    # an organisation's ministers speak for it
    ("NATO suspended its cooperation with Russia on Tuesday, and the alliance's foreign ministers accused Moscow of "
     "destabilising Ukraine.", ("IGONAT", "RUS", "112")),
    # soldiers killed in a clash with another army: the clash between them
    ("Three Armenian soldiers were killed in a clash with Azerbaijani troops on the border on Monday.",
     ("AZE", "ARM", "190")),
    # the measure an order or a law carries is its signer's
    ("President Donald Trump left the nuclear accord on Tuesday and signed an order reimposing sanctions on Tehran.",
     ("USA", "IRN", "163")),
    # a verdict on a step told without a coded event is aimed at the one other country named before
    ("Japan will tighten controls on chip exports to South Korea, the trade ministry said on Monday. Seoul called the "
     "step an economic reprisal.", ("KOR", "JPN", "111")),
    # a consulate ordered closed is the closure, against whoever must close it
    ("The State Department ordered Beijing on Tuesday to shut its consulate in Houston within 72 hours.",
     ("USA", "CHN", "161")),
    # frozen assets are aimed at their owner
    ("The European Union froze Russia's central bank reserves on Monday.", ("IGOEUR", "RUS", "163")),
    # a denunciation is a condemnation whatever the deed is called
    ("Russia expelled two Dutch diplomats on Monday. The Netherlands denounced the decision as a political move.",
     ("NLD", "RUS", "111")),
    # a named host of the talks, told in a relative clause, mediates between the two sides
    ("Thailand and Cambodia agreed to a ceasefire on Monday. Malaysian Prime Minister Anwar Ibrahim, who hosted the "
     "talks, said both militaries would halt hostilities at midnight.", ("MYS", "THA", "045")),
    # "who" in a past-tense relative clause is the people it hangs on
    ("Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday.", ("KEN", "KEN", "145")),
])
def test_session7_readings(request, code_text, text, expected):
    code_text = _coder(request, code_text, expected)
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text,expected", [
    # security forces killing protesters repress a protest (175), they do not fight a war
    ("Security forces in Myanmar shot dead at least 38 anti-coup protesters on Wednesday.", ("MMR", "MMR", "175")),
    # restrictions on a foreign side are sanctions; "European" politicians are the Union's
    ("China hit back within hours, barring ten European politicians from entering the country.",
     ("CHN", "IGOEUR", "163")),
    # foreign broadcasters suspended at home stay an administrative measure, and Voice of America is no state
    ("Burkina Faso's media regulator suspended the BBC and Voice of America for two weeks on Thursday.",
     ("BFA", "USA", "172")),
    # people arrested whom no one names: held by the police of the country where the police telling it serve
    ("Hong Kong police fired tear gas on Sunday to disperse thousands of protesters. Nearly 200 people were "
     "arrested, police said.", ("HKG", "HKG", "173")),
    # a go-between of a civil war's sides, named by the organisation's title before a former president's name
    ("Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities. The "
     "negotiations were mediated by African Union envoy Olusegun Obasanjo.", ("IGOAFU", "ETH", "045")),
    # the sides "between" names, not the capital where the talks were
    ("Jens Stoltenberg said on Monday after mediating talks in Vilnius between President Tayyip Erdogan and Swedish "
     "Prime Minister Ulf Kristersson that a deal was close.", ("IGONAT", "SWE", "045")),
    # the parser takes the main verb of what was said for a participle on its subject
    ("Israeli air strikes killed at least 20 people in the central Gaza Strip overnight, health officials in the "
     "Hamas-run territory said on Tuesday.", ("ISR", "PSE", "195")),
    # the victims are of the town the troops hit
    ("Russian forces shelled residential districts of Kharkiv overnight, killing three civilians, regional governor "
     "Oleh Syniehubov said on Friday.", ("RUS", "UKR", "194")),
    # an aid worker of a nationality is that country's citizen, and the release is demanded of whoever holds him
    ("A French aid worker was arrested by Iranian security forces in the city of Mashhad. The Quai d'Orsay demanded "
     "his immediate release.", ("FRA", "IRN", "1053")),
    ("Jordanian and U.S. military aircraft dropped more than 38,000 ready-to-eat meals over northern Gaza on "
     "Saturday.", ("JOR", "PSE", "073")),
    ("Moscow's defence ministry accused Kyiv of terrorist attacks on civilian infrastructure and vowed retaliatory "
     "strikes.", ("RUS", "UKR", "138")),
    # prisoners released from a state's jails are released by that state
    ("Three Israeli hostages were freed by Hamas in Gaza on Saturday, and 183 Palestinian prisoners were released "
     "from Israeli jails hours later.", ("ISR", "PSE", "0841")),
    # car bombs, and a truck laden with explosives, are car bombings whoever sets them off
    ("Two car bombs exploded near the education ministry in Mogadishu on Saturday, killing at least 100 people, "
     "President Hassan Sheikh Mohamud said.", ("SOM", "SOM", "1832")),
    ("Colombian President Gustavo Petro suspended peace talks with the National Liberation Army on Tuesday, hours "
     "after the rebels rammed an explosives-laden truck into a military base in Arauca province, killing two "
     "soldiers.", ("COL", "COL", "1832")),
    # an appeal for calm with no addressee goes to the sides of the last fight
    ("Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the Tigray regional government on "
     "Wednesday. The African Union called for an immediate cessation of hostilities.", ("IGOAFU", "ETH", "020")),
    # forces sent abroad to help, or at a government's request, are military assistance (074)
    ("Rwanda began deploying 1,000 soldiers and police officers to Mozambique's Cabo Delgado province on Friday to "
     "help fight an Islamist insurgency.", ("RWA", "MOZ", "074")),
    ("A first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a UN-backed "
     "multinational mission against the armed gangs.", ("KEN", "HTI", "074")),
    # a trip or a downing is a deed its doer is condemned for
    ("U.S. House Speaker Nancy Pelosi arrived in Taipei late on Tuesday. Beijing condemned the trip as a serious "
     "violation of its sovereignty.", ("CHN", "USA", "111")),
    # a protest with no addressee is lodged with whoever last acted on the protester's country
    ("North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister Fumio Kishida called the launch "
     "barbaric and said Japan had lodged a protest through its embassy in Beijing.", ("JPN", "PRK", "114")),
    # a penalty someone says they "would" impose is a threat of sanctions; "will" announces the measure itself
    ("US President Donald Trump said on Wednesday he would impose a 50 percent tariff on Brazilian goods from August "
     "1.", ("USA", "BRA", "1312")),
    ("The European Union will impose fresh sanctions on Tehran, its foreign policy chief said.", ("IGOEUR", "IRN", "163")),
    # a court ordering someone to serve a term passes a sentence; a leader ordering his own forces into action
    # mobilises them; dismissing a prime minister is an administrative sanction
    ("A Moscow court on Tuesday ordered Kremlin critic Alexei Navalny to serve nearly three years in a penal colony.",
     ("RUS", "RUS", "116")),
    ("Ecuadorean President Daniel Noboa ordered the military to neutralise 22 criminal gangs.", ("ECU", "ECU", "154")),
    ("Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi on Sunday night.", ("TUN", "TUN", "172")),
    # the crowd police disperse is at home, whatever other country the sentence names
    ("Hong Kong police fired tear gas and pepper balls on Sunday to disperse thousands of protesters who marched "
     "against Beijing's plan to impose a national security law on the city.", ("HKG", "HKG", "175")),
    # an organisation suspending transactions with a state sanctions it
    ("ECOWAS also suspended all commercial and financial transactions with Niamey.", ("IGOWAS", "NER", "163")),
    # an international tribunal is an intergovernmental body, and its ruling is a verdict against the side it finds
    # against; rejecting the ruling rejects the tribunal
    ("An international tribunal in The Hague ruled on Tuesday that China had no legal basis for its claims in the "
     "South China Sea. Beijing rejected the ruling as null and void.", ("IGOJUD", "CHN", "116")),
    ("An international tribunal in The Hague ruled on Tuesday that China had no legal basis for its claims in the "
     "South China Sea. Beijing rejected the ruling as null and void.", ("CHN", "IGOJUD", "120")),
    # every side the subject names signs, however the parser hangs the first
    ("The Colombian government and FARC rebels signed a revised peace accord in Bogota on Thursday.",
     ("COL", "COL", "057")),
    # a name the lexicon does not know takes its apposition's organisation; "secretary-general" is no general
    ("Venezuela's Supreme Court stripped the National Assembly of its legislative powers on Thursday. Luis Almagro, "
     "secretary-general of the Organization of American States, called on the court to reverse the decision.",
     ("IGO", "VEN", "020")),
    ("Former prime minister Imran Khan was arrested by paramilitary Rangers inside the Islamabad High Court compound "
     "on Tuesday.", ("PAK", "PAK", "173")),
    ("Nicolas Maduro responded by breaking diplomatic relations with the United States.", ("VEN", "USA", "161")),
    # talks on joining a body are talks with it
    ("The ruling Georgian Dream party said it would suspend talks on joining the European Union until 2028.",
     ("GEO", "IGOEUR", "164")),
    ("Moscow condemned the strike as an act of aggression, and the Kremlin said it was suspending a hotline with "
     "Washington.", ("RUS", "USA", "161")),
    ("Washington announced visa restrictions on Wednesday on Cambodian officials it accused of undermining "
     "democracy.", ("USA", "KHM", "163")),
])
def test_session8_readings(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text", [
    # what a group is doing is who it is, not a new act
    "The president rejected an offer of talks from Abu Sayyaf militants who are holding several foreign hostages.",
    # seizing power, told to name the people who did it, is who they are
    "West African leaders gave the officers who seized power in Niger one week to reinstate President Mohamed Bazoum.",
    # a relative clause in the present perfect with "since" is background
    "Hezbollah, which has exchanged fire with Israel almost daily since October, has not commented.",
])
def test_descriptions_in_relative_clauses_are_no_acts(code_text, text):
    assert not any(c[2][:3] in ("181", "190", "193") for c in _codes(code_text, text)), _codes(code_text, text)


def test_history_the_article_recalls_is_told_apart_from_its_news(code_text):
    doc = code_text("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. Riyadh cut ties with "
                    "Tehran in 2016 after protesters stormed its embassy.", "2023-03-11")
    out = doc.contract()
    news = [(e["cameo"], e["date"]) for e in out["events"]]
    past = [(e["cameo"], e["date"]) for e in out["background_events"]]
    assert ("161", "2016-01-01") in past and not any(d < "2023" for _, d in news), (news, past)
    assert any(d == "2023-03-10" for _, d in news), news
    # "last month" stays news: wire copy reports it
    doc = code_text("Iran said on Monday it had seized a British tanker last month.", "2019-08-05")
    assert [e["cameo"] for e in doc.contract()["events"]] == ["171"], doc.contract()


def test_the_reason_given_for_an_act_is_no_act_but_an_accusation_of_its_target(code_text):
    got = _codes(code_text, "Iran's Revolutionary Guards shot down an American surveillance drone over the Strait of "
                            "Hormuz on Thursday, saying it had violated Iranian airspace.")
    assert ("IRN", "USA", "112") in got and not any(c[0] == c[1] == "IRN" for c in got), got


def test_an_act_days_after_another_tells_both(code_text):
    # (sessions 8 to 24 left the earlier act out; session 25 codes it, as the writers since Z92 do)
    got = _codes(code_text, "Turkey launched air strikes on Kurdish-held towns in Syria on Wednesday, days after "
                            "American troops pulled back from the border.")
    assert ("TUR", "SYR", "195") in got and any(c[:2] == ("USA", "SYR") and c[2].startswith("087") for c in got), got


def test_a_drill_and_the_ships_it_sends_are_one_show_of_force(code_text):
    got = _codes(code_text, "China began three days of military exercises around Taiwan on Saturday, sending warships "
                            "and fighter jets toward the island.")
    assert got == [("CHN", "TWN", "150")], got


def test_a_first_name_without_its_accent_and_a_later_surname_name_the_office_holder(code_text):
    # "Raul" names Raúl Castro, in office in 2016; his surname later is him, even when the tagger takes it for a place
    doc = code_text("Cuban President Raul Castro met Barack Obama in Havana. Castro urged Washington to lift its "
                    "decades-old trade embargo.", "2016-03-21")
    got = [(e.source.code, e.target.country if e.target else None, e.cameo[:2]) for e in doc.events]
    assert ("CUBGOV", "USA", "02") in got, got


def test_two_sides_agreeing_through_a_go_between_strike_a_deal(code_text):
    got = _codes(code_text, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their "
                            "embassies within two months, in a deal brokered by China after talks in Beijing.")
    # under the two-per-sentence cap the go-between's mediation towards each side comes first (every writer codes
    # it both ways; many code the deal itself once)
    assert ("CHN", "SAU", "045") in got and ("CHN", "IRN", "045") in got, got
    # with no go-between, an agreement on a pact stays what it was
    got = _codes(code_text, "The United States and Jordan have agreed upon a new free-trade pact between the two "
                            "countries, the White House announced Tuesday.")
    assert not any(c[2] == "057" for c in got), got


def test_an_act_told_as_the_cause_a_day_before_is_told_on_its_own_day(code_text):
    # (sessions 8 to 24 left such an act out; the writers since Z92 code it, and session 25 does)
    doc = code_text("Mexico granted political asylum to Evo Morales on Monday, a day after he resigned as Bolivia's "
                    "president.", "2019-11-12")
    got = {(e.source.country, e.target.country if e.target else None, e.cameo): e.date for e in doc.events}
    assert got.get(("MEX", "BOL", "075")) == "2019-11-11", got
    assert got.get(("BOL", "BOL", "0831")) == "2019-11-10", got


def test_where_two_sides_meet_is_no_party_to_the_meeting(code_text):
    got = _codes(code_text, "South Sudan's President Salva Kiir and rebel leader Riek Machar met face to face in Addis "
                            "Ababa on Wednesday.", "2018-06-21")
    assert ("SSD", "SSD", "040") in got and not any(c[1] == "ETH" for c in got), got
    got = _codes(code_text, "US President Donald Trump and North Korean leader Kim Jong Un met on Singapore's Sentosa "
                            "island on Tuesday.", "2018-06-12")
    assert not any(c[1] == "SGP" for c in got), got


def test_retaliating_by_an_act_is_that_act(code_text):
    got = _codes(code_text, "China retaliated on Tuesday by ordering a Canadian consul in Shanghai to leave the "
                            "country.")
    assert got == [("CHN", "CAN", "174")], got
    # "would retaliate" stays a threat
    got = _codes(code_text, "Seoul said it would retaliate against Tokyo.")
    assert any(c[2][:2] == "13" for c in got), got


def test_a_clause_after_a_semicolon_does_not_govern_the_one_before(code_text):
    got = _codes(code_text, "Iran launched more than 300 drones and missiles at Israel overnight. Downing Street and "
                            "Berlin condemned the assault and urged Israel to show restraint; Israel has not said "
                            "whether it will retaliate.")
    assert ("GBR", "IRN", "111") in got and ("DEU", "IRN", "111") in got, got


def test_the_opposition_is_of_the_country_its_sentence_names(code_text):
    got = _codes(code_text, "Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. The main opposition "
                            "party called the detention an attempted coup.", "2025-03-19")
    assert ("TUR", "TUR", "111") in got, got


def test_praise_of_no_one_named_is_no_event(code_text):
    got = _codes(code_text, "Parasite won the Palme d'Or at the Cannes Film Festival on Saturday. The jury, headed by "
                            "Mexican filmmaker Alejandro Gonzalez Inarritu, praised the film's blend of genres.")
    assert got == [], got


def test_a_meeting_or_a_call_is_both_sides(code_text):
    got = _codes(code_text, "French President Emmanuel Macron spoke by telephone with his Iranian counterpart Hassan "
                            "Rouhani on Saturday.", "2019-07-06")
    assert ("FRA", "IRN", "041") in got and ("IRN", "FRA", "041") in got, got  # (by telephone: a call)


@pytest.mark.parametrize("text,expected", [
    # calling an accusation absurd answers whoever made it
    ("Washington accused Moscow of the cyberattack on Tuesday. The Kremlin called such accusations absurd.",
     ("RUS", "USA", "111")),
    # measures vowed against someone are a threat, not a promise
    ("Beijing vowed firm countermeasures against Tokyo on Monday.", ("CHN", "JPN", "130")),
    # a navy's ships seized are property taken (171), not people abducted
    ("Three Ukrainian navy vessels were seized by Russian border guards near the Kerch Strait on Sunday.",
     ("RUS", "UKR", "171")),
    # a court ordering compensation passes judgement
    ("South Korea's Supreme Court ordered a Japanese steelmaker to compensate four former labourers.",
     ("KOR", "JPN", "116")),
    # "the bloc of siding with Athens": the bloc named before, not Athens
    ("EU ministers threatened Ankara with sanctions on Friday. Turkey's foreign minister retorted, accusing the bloc "
     "of siding with Athens.", ("TUR", "IGOEUR", "112")),
    # "the South" after North Korea is named is South Korea
    ("North Korea tested a missile on Monday. The South condemned the launch.", ("KOR", "PRK", "111")),
    ("Thousands of Venezuelans took to the streets of Caracas on Saturday.", ("VEN", "VEN", "141")),
    # troops firing on a protest repress it, across a border too
    ("Israeli soldiers shot dead several Palestinians near the Gaza fence as crowds protested.", ("ISR", "PSE", "175")),
    # an offensive ordered against a region's rulers is war, not repression
    ("Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the ruling party of the Tigray region.",
     ("ETH", "ETH", "190")),
    # police storming an embassy coerce; no armed attack
    ("Ecuadorean police stormed the Mexican embassy in Quito and detained a former vice-president.",
     ("ECU", "MEX", "170")),
    # a palace seized is occupied (192), not a person abducted
    ("Taliban fighters seized the presidential palace in Kabul on Sunday.", ("AFG", "AFG", "192")),
    ("France will bring its ambassador home from Niger, President Emmanuel Macron said.", ("FRA", "NER", "161")),
    ("Two Russian diplomats were declared persona non grata by Germany and France on Monday.", ("DEU", "RUS", "174")),
    ("Two Russian diplomats were declared persona non grata by Germany and France on Monday.", ("FRA", "RUS", "174")),
    ("Soldiers placed the president of Gabon under house arrest on Wednesday.", ("GAB", "GAB", "173")),
    ("Niger's president was detained by his presidential guard on Wednesday.", ("NER", "NER", "173")),
    # a state company cutting supplies to another state is its state's sanction
    ("Gazprom cut off gas supplies to Moldova on Wednesday.", ("RUS", "MDA", "163")),
    # the one who urges is the one who calls the ban groundless
    ("Japan's prime minister urged Beijing to lift its seafood ban, calling it groundless.", ("JPN", "CHN", "111")),
    # a veto of a draft someone put forward falls on its drafters
    ("Russia vetoed a draft resolution, put forward by Britain and Albania, that would have condemned the vote.",
     ("RUS", "ALB", "129")),
    # a cleric's home country, wherever he lives
    ("Erdogan blamed the US-based cleric Fethullah Gulen for the coup attempt.", ("TUR", "TUR", "112")),
    # unnamed bombers are the group that claims the attack
    ("A suicide bomber rammed an explosives-laden truck into a convoy of Indian paramilitary police in Kashmir on "
     "Thursday, killing dozens of them. The Pakistan-based militant group Jaish-e-Mohammed said it had carried out "
     "the attack.", ("PAK", "IND", "1831")),
    # "five hours of talks" are talks
    ("Antony Blinken held more than five hours of talks with Chinese Foreign Minister Wang Yi on Friday.",
     ("USA", "CHN", "040")),
    # calling an accusation groundless denies it
    ("The US Justice Department charged seven Chinese nationals with hacking on Monday. The Chinese embassy called "
     "the accusations groundless.", ("CHN", "USA", "016")),
    # welcoming a deal praises the two sides that made it
    ("Iran and Saudi Arabia signed a deal on Friday to restore relations. Damascus welcomed the deal.",
     ("SYR", "SAU", "051")),
    ("Foreign Minister Bruno Rodriguez met Secretary of State Mike Pompeo in Washington on Monday.",
     ("CUB", "USA", "040")),
    # quitting a deal rejects it, towards its other party
    ("President Donald Trump pulled the United States out of the Iran nuclear deal on Tuesday.", ("USA", "IRN", "127")),
    # ordering sanctions reimposed imposes them; ordering a force activated mobilises it
    ("President Donald Trump ordered the reimposition of sanctions on Tehran.", ("USA", "IRN", "163")),
    ("ECOWAS leaders ordered the activation of the bloc's standby force to restore constitutional order in Niger.",
     ("IGOWAS", "NER", "154")),
    # missiles slamming into a city strike it; they do not criticise it
    ("Russian missiles slammed into central Kyiv on Monday, killing 11 people.", ("RUS", "UKR", "195")),
    # an agreement one side signs with another is both sides'
    ("Solomon Islands has signed a security pact with China, Beijing said on Tuesday.", ("CHN", "SLB", "057")),
    # "the move blackmail" read as one noun phrase is still a verdict on the move
    ("Russia halted gas deliveries to Poland on Wednesday. European Commission President Ursula von der Leyen called "
     "the move blackmail.", ("IGOEURCOM", "RUS", "111")),
    # "on Wednesday" is no one the strikes hit
    ("India launched missile strikes on nine sites in Pakistan on Wednesday.", ("IND", "PAK", "195")),
    # a finite verb after an infinitive joins the governing verb: Russia downgrades and accuses, not the ambassador
    ("Russia ordered Estonia's ambassador to leave the country by February 7 and downgraded diplomatic relations on "
     "Monday, accusing Tallinn of 'total Russophobia'.", ("RUS", "EST", "112")),
    # a court ordering someone held in detention detains him
    ("A Turkish court on Monday ordered a German correspondent to be held in pre-trial detention.",
     ("TUR", "DEU", "173")),
    # agreeing to halt all military action is a truce
    ("India and Pakistan agreed on Saturday to an immediate halt to all military action on land and at sea.",
     ("IND", "PAK", "0871")),
    # hitting back with levies is a sanction, not an attack
    ("Canada hit back within hours with levies on C$30 billion of US goods.", ("CAN", "USA", "163")),
    # a court ordering someone to stand trial charges him; an international court ordering a fine passes judgement
    ("Brazil's Supreme Court on Wednesday ordered former president Jair Bolsonaro to stand trial on charges of "
     "plotting a coup.", ("BRA", "BRA", "173")),
    ("Poland was ordered by the EU's top court on Wednesday to pay a daily fine of one million euros.",
     ("IGOEUR", "POL", "116")),
    # a missile launched at no one is a show of force; launched at someone, an attack
    ("North Korea said it had successfully test-launched an intercontinental ballistic missile on Tuesday.",
     ("PRK", None, "150")),
    # talks with someone: the side met, not the venue
    ("The Kremlin said Moscow was ready to send a delegation to Minsk for talks with Ukrainian officials.",
     ("RUS", "UKR", "036")),
    # "followed suit", "did the same": the act told last, by these sides too
    ("The United States on Wednesday recognised opposition leader Juan Guaido as Venezuela's interim president, and "
     "Canada quickly followed suit.", ("CAN", "VEN", "054")),
    ("Estonia expelled the Russian ambassador on Monday. Latvia did the same on Tuesday.", ("LVA", "RUS", "174")),
    # dissatisfaction expressed after a shootdown is aimed at the shooter
    ("A US fighter jet shot down a Chinese balloon on Saturday. Beijing expressed strong dissatisfaction.",
     ("CHN", "USA", "110")),
    # the go-between is no party to the truce it mediated
    ("Ethiopia's federal government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities "
     "after talks in Pretoria mediated by the African Union.", ("ETH", "ETH", "0871")),
    # a blast is a deed a verdict can name; a verdict naming another side's act blames that side
    ("North Korea tested a hydrogen bomb on Wednesday. The UN Security Council condemned the blast.",
     ("IGOUNOSEC", "PRK", "111")),
    ("Yemen's Houthis seized an Israeli-linked cargo ship on Sunday. The Israeli prime minister's office called the "
     "hijacking an Iranian act of terrorism.", ("ISR", "IRN", "112")),
    # the appeal joins the report, not the reported attack
    ("The Syrian Democratic Forces said Turkish jets had hit villages and called on the United States to impose a "
     "no-fly zone.", ("SYR", "USA", "020")),
])
def test_session9_readings(request, code_text, text, expected):
    code_text = _coder(request, code_text, expected)
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text,unexpected", [
    # people described as held hostage are not taken hostage again
    ("A truce took hold on Sunday, and Hamas handed three Israeli women held hostage to the Red Cross.", "181"),
    # the ban is Beijing's, the verdict Japan's
    ("Japan's prime minister urged Beijing to lift its seafood ban, calling it groundless.", "111:CHN"),
    # the protest is the act; the name given to what is protested is no second one
    ("A Chinese coast guard ship fired water cannon at a Philippine supply boat on Saturday. Manila summoned "
     "Beijing's ambassador to protest against what it called excessive actions.", "111"),
    # "made the appeal" tells the appeal again
    ("Japan's foreign minister urged China on Sunday to release a detained executive. He made the appeal during "
     "the first visit to China by a Japanese foreign minister in three years.", "020:2"),
    # police with no place are not the country their president accuses
    ("Thousands of Cubans protested on Sunday. Police detained dozens of demonstrators, and President Miguel "
     "Diaz-Canel accused the United States of stoking unrest.", "173:USA"),
])
def test_session9_non_readings(code_text, text, unexpected):
    code, _, country = unexpected.partition(":")
    got = _codes(code_text, text)
    if country.isdigit():  # "020:2": no second such event
        assert sum(c[2] == code for c in got) < int(country), got
        return
    assert not any(c[2] == code and (not country or c[0] == country) for c in got), got


@pytest.mark.parametrize("text", [
    # a threat at no one the text names, and a vow about what will befall people it does not name
    "Defence Minister Israel Katz vowed to hit back 'sevenfold'.",
    "Chad's president vowed that the attackers would pay dearly.",
    # earnings "helped by" growth: no one was aided
    "South Africa's MTN Group reported higher first-half profit on Tuesday, helped by strong growth in Nigeria.",
    # what one's own country must do is no demand
    "Taiwan's premier said on Tuesday that Taiwan must strengthen itself.",
    # a meeting someone is due to hold is the diary, not the news
    "The Indian prime minister is due to hold talks with the Japanese premier in Tokyo on Friday.",
    # a deal agreed a decade before is its cause, told in passing
    "The new museum in Abu Dhabi opened on Saturday, a decade after the Emirati government agreed to pay France for "
    "the use of the name.",
])
def test_session9_no_events(code_text, text):
    assert _codes(code_text, text) == []


def test_donors_pledging_each_do_not_pledge_to_each_other(code_text):
    got = _codes(code_text, "France and Germany each pledged more than 100 million euros.")
    assert ("FRA", "DEU", "0331") not in got and ("DEU", "FRA", "0331") not in got, got
    # prisoners exchanged "each" are still exchanged between the two
    got = _codes(code_text, "Russia and Ukraine exchanged 35 prisoners each on Saturday.")
    assert ("RUS", "UKR", "0841") in got, got


@pytest.mark.parametrize("text,expected", [
    # a town of the person's own country is where he was held, not a country named in a side clause
    ("Former Georgian president Mikheil Saakashvili was arrested in Tbilisi on Friday after secretly returning "
     "from Ukraine, the prime minister announced.", ("GEO", "GEO", "173")),
    # verdicts: more words of scorn, a second object as the name given, an adjective clause as the verdict
    ("Baghdad imposed a flight ban on Iraqi Kurdistan on Monday. The Kurdish regional government called the flight "
     "ban 'collective punishment'.", ("IRQ", "IRQ", "111")),
    ("EU governments froze funding for Hungary on Monday. Budapest called the decision politically motivated.",
     ("HUN", "IGOEUR", "111")),
    ("The US Treasury designated China a currency manipulator on Monday.", ("USA", "CHN", "111")),
    ("Kenyan police shot dead several protesters on Tuesday after crowds stormed parliament in Nairobi. President "
     "William Ruto called the events treasonous.", ("KEN", "KEN", "111")),
    ("India launched missile strikes on nine sites in Pakistan. Islamabad called the strikes an act of war.",
     ("PAK", "IND", "111")),
    # a visitor received is hosted
    ("Brazilian President Lula was received by Chinese President Xi Jinping in Beijing on Friday.",
     ("CHN", "BRA", "043")),
    # "on what it called ...": the attacker names its target; the name may say whose it is
    ("India launched missile strikes on what it called terrorist infrastructure at nine sites in Pakistan early on "
     "Wednesday.", ("IND", "PAK", "195")),
    ("Israel launched air strikes on what it called Hamas targets in Gaza on Monday.", ("ISR", "PSE", "195")),
    # an accusation the parser hangs under the denial that answers it ("a charge" read as the denial's subject)
    ("Kinshasa again accused Rwanda of arming and commanding the rebels, a charge Kigali denied in a statement "
     "hours later.", ("COD", "RWA", "112")),
    # "US and British warplanes": one phrase, two countries' forces
    ("U.S. and British warplanes struck Houthi targets across Yemen early on Friday.", ("GBR", "YEM", "190")),
    # a ship attacked at sea is attacked, not shown force
    ("Yemen's Houthi movement said on Thursday it had attacked a Greek-flagged oil tanker with drones and missiles "
     "in the Red Sea.", ("YEM", "GRC", "190")),
    # a reply promised without naming the act is a threat at whoever last acted against the speaker
    ("Israel killed a Hamas leader in Tehran on Wednesday. Hamas said the attack would not go unpunished.",
     ("PSE", "ISR", "130")),
    ("Britain expelled Russian diplomats on Monday. Russia's foreign ministry said a response to the measures was "
     "inevitable.", ("RUS", "GBR", "130")),
    ("Israeli jets struck Iran on Saturday. Foreign Minister Abbas Araghchi said the Islamic Republic reserved the "
     "right to respond.", ("IRN", "ISR", "130")),
    ("The US struck Iranian nuclear sites on Sunday. Foreign Minister Abbas Araghchi said the strikes would have "
     "everlasting consequences.", ("IRN", "USA", "130")),
    # a protest put down is itself told
    ("Police in Minsk fired stun grenades and rubber bullets at thousands of protesters on Sunday night.",
     ("BLR", "BLR", "141")),
    # a protest told with the protest as subject
    ("Mass protests erupted across Israel on Sunday night after Netanyahu fired his defence minister.",
     ("ISR", "ISR", "141")),
    # a joint statement signed, a series of agreements, a peace agreement initialled
    ("Donald Trump and Kim Jong Un signed a brief joint statement in Singapore on Tuesday.", ("PRK", "USA", "057")),
    ("Xi Jinping and Vladimir Putin signed a series of agreements on deepening economic cooperation at the Kremlin "
     "on Tuesday.", ("CHN", "RUS", "057")),
    ("The leaders of Armenia and Azerbaijan initialled a peace agreement in Washington on Friday.",
     ("ARM", "AZE", "057")),
    # a bloc's member states act for the bloc
    ("ECOWAS imposed sanctions on Mali. The bloc's member states also recalled their ambassadors from Bamako.",
     ("IGOWAS", "MLI", "161")),
    # a town is a namesake only of a country named just after it, not of one named elsewhere in the sentence
    ("Kremlin critic Alexei Navalny was detained by border police at a Moscow airport on Sunday minutes after "
     "returning from Germany.", ("RUS", "RUS", "173")),
    # police forcing their way into an embassy coerce; a warning of a fact to a counterpart is still a warning
    ("Ecuadorean police forced their way into the Mexican embassy in Quito on Friday.", ("ECU", "MEX", "170")),
    # "its foreign ministry": the ministry of whoever "its" names
    ("Germany expelled two Iranian diplomats. Iran said it would respond in kind, and its foreign ministry summoned "
     "the German ambassador in protest.", ("IRN", "DEU", "114")),
    ("Brazil's Supreme Court convicted Jair Bolsonaro on Thursday. US Secretary of State Marco Rubio called the "
     "ruling a witch hunt.", ("USA", "BRA", "111")),
    # a swap told in the passive is each side's
    ("More than 1,000 prisoners were exchanged between Yemen's Houthi movement and the Saudi-led coalition on "
     "Thursday.", ("SAU", "YEM", "0841")),
    # a guest received visits the host
    ("Erdogan received Sweden's new prime minister, Ulf Kristersson, in Ankara on Tuesday.", ("SWE", "TUR", "042")),
    # people held by a state's service are detained; diplomats ordered to leave a country are expelled by it
    ("Four French nationals were being held by Burkina Faso's intelligence services in Ouagadougou, a French "
     "official said on Thursday.", ("BFA", "FRA", "173")),
    ("Fifteen Cuban diplomats were ordered to leave the United States on Tuesday.", ("USA", "CUB", "174")),
    # "the Iran-backed group" told of before is that group, not its backer
    ("Israel killed a Hezbollah commander in Beirut on Tuesday. The Iran-backed group blamed Israel for the killing.",
     ("LBN", "ISR", "112")),
])
def test_session10_readings(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text,unexpected", [
    # a deed condemned together is a third side's: the two do not condemn each other
    ("Germany and Amnesty International condemned the hanging.", "111:DEU"),
    ("Germany and Amnesty International condemned the hanging.", "111:NGOAMN"),
    # two who condemn a deed together do not condemn each other
    ("Soldiers detained Mali's president on Monday. ECOWAS and the African Union condemned what they called an "
     "attempted coup.", "111:IGOWAS>IGOAFU"),
    # no one was coerced into a cancellation, and a market rate hits nobody
    ("The United Arab Emirates recorded its heaviest rainfall in 75 years on Tuesday, flooding highways in Dubai and "
     "forcing the cancellation of hundreds of flights.", "170:"),
    ("The Saudi riyal's one-year forward rate hit its weakest level in nearly 20 years on Thursday.", "190:"),
    # a warning that tells a fact to no one is no threat
    ("A war between Ethiopia and Eritrea could draw in Sudan, the International Crisis Group said on Thursday, "
     "warning that rhetoric over Red Sea access had heightened tensions across the Horn of Africa.", "130:"),
    # consequences an analyst foresees are no one's threat
    ("The US struck Iranian nuclear sites on Sunday. Analysts said the strikes could have consequences for oil "
     "prices.", "130:"),
    # elections held by a government detain no one
    ("Elections were held by the government of Nigeria on Sunday.", "173:"),
    # protests that could spread have not
    ("Analysts said protests could spread to other cities in Iran.", "141:"),
])
def test_session10_non_readings(code_text, text, unexpected):
    code, _, source = unexpected.partition(":")
    got = _codes(code_text, text)
    if ">" in source:  # "111:A>B": no such event from A to B
        source, _, target = source.partition(">")
        assert (source, target, code) not in got, got
        return
    assert not any(c[2] == code and (not source or (c[0] == source and c[1] not in (None, ""))) for c in got), got


@pytest.mark.parametrize("text,expected", [
    # a pledge with no target: to the one country told just before, else at home
    ("Gunmen killed two Peruvian engineers in northern Chile on Sunday. Lima said it would cooperate fully with the "
     "inquiry.", ("PER", "CHL", "030")),
    ("Uzbekistan's president promised on Tuesday to lift the ban on independent trade unions.", ("UZB", "UZB", "030")),
    # a criticism of a deed named by its noun: of whoever did it
    ("A court in Minsk sentenced an opposition blogger to 15 years in prison on Monday. Amnesty International "
     "condemned the verdict.", ("NGOAMN", "BLR", "111")),
    # a verdict in reported speech is a criticism of whoever the deed is
    ("Denmark closed its border crossings with Sweden on Friday. Stockholm said the decision was unjustified and "
     "hostile.", ("SWE", "DNK", "111")),
    ("Police in Harare arrested 40 opposition activists on Saturday. Zimbabwe's main opposition party said the arrests "
     "were politically motivated.", ("ZWE", "ZWE", "111")),
    # a vow of punishment is a threat, at home when the culprits are the speaker's own
    ("Rioters set fire to the parliament building in Lilongwe on Tuesday. Malawi's president vowed that those "
     "responsible would be punished.", ("MWI", "MWI", "130")),
    ("Militants attacked an army post in Niger on Friday, killing 12 soldiers. The junta vowed to make the "
     "attackers pay.", ("NER", "NER", "130")),
    # a denial of one's own part with no accuser named: at the side the deed fell on
    ("Indian troops shelled villages in Pakistani Kashmir on Monday, killing four civilians. New Delhi denied any "
     "involvement.", ("IND", "PAK", "016")),
    ("The Wagner group attacked a village in central Mali on Sunday, killing 30 people. The mercenaries' Russian "
     "backers denied targeting civilians.", ("RUS", "MLI", "016")),
    # "the Colombian government" read apart from its adjective is Colombia's, not that of the place of signing
    ("The Peruvian government and Shining Path remnants signed a truce agreement in Caracas on Monday.",
     ("PER", "PER", "057")),
    # a verdict in quotes the parser reads as a possessive, a verdict the list lacked
    ("The European Union imposed sanctions on Belarusian officials on Monday. Minsk called the measures 'illegal and "
     "imperialist blackmail'.", ("BLR", "IGOEUR", "111")),
    ("India banned imports of Malaysian palm oil on Monday. Malaysia's trade minister called the move deeply "
     "disappointing.", ("MYS", "IND", "111")),
    # two who offer together offer to the side the sentence names, not to each other
    ("Sweden and Norway offered on Friday to take in 200 unaccompanied children from the Greek island of Samos.",
     ("NOR", "GRC", "030")),
    # a decision regretted is criticised; a blacklisting is a sanction; a rebuttal of a claim answers its teller
    ("Washington cut military aid to Colombia on Monday. Bogota said it regretted the decision.", ("COL", "USA", "111")),
    ("Washington put Venezuela back on its list of state sponsors of terrorism on Monday.", ("USA", "VEN", "163")),
    ("Washington added Nicaragua to its list of state sponsors of terrorism on Monday.", ("USA", "NIC", "163")),
    ("London said on Friday that Russian agents had attacked the election commission's computers. The Russian "
     "embassy dismissed the claim as baseless.", ("RUS", "GBR", "016")),
    # sanctions or tariffs eased by agreement are eased (085), as sanctions agreed are imposed
    ("Canada and Japan agreed on Friday to suspend the tariffs imposed in their dispute over steel.",
     ("CAN", "JPN", "085")),
    # a demand with no one named is aimed at whom the speaker just acted on, and stays a demand (not an appeal)
    ("Saudi jets bombed Houthi positions in Yemen on Monday. Iran condemned the operation and demanded an immediate "
     "halt.", ("IRN", "SAU", "100")),
    ("The African Union demanded on Monday an immediate ceasefire in Sudan.", ("IGOAFU", "SDN", "107")),
    # an armed group killing villagers uses unconventional violence (180), not military force
    ("Suspected Boko Haram militants killed dozens of villagers in a raid near Maiduguri on Sunday.",
     ("NGA", "NGA", "180")),
    # forces placed by their own phrase ("in northeast Syria") are of that country, not the attacker's
    ("Turkey launched a ground offensive against Kurdish-led forces in northeast Syria on Wednesday.",
     ("TUR", "SYR", "190")),
    # an option weighed is weighed against whoever last acted on the speaker, not the forum it would go to
    ("China imposed duties on Australian wine on Friday. Canberra said it would consider lodging a complaint with "
     "the World Trade Organization.", ("AUS", "CHN", "014")),
    # a subject told by description whose apposition names it
    ("Israel struck a refugee camp in Gaza on Sunday. The group's ally, Iran, called the strike a war crime.",
     ("IRN", "ISR", "111")),
])
def test_session11_readings(request, code_text, text, expected):
    code_text = _coder(request, code_text, expected)
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text", [
    # history told with "decades ago" or "in the past" is not today's news
    "Officials in Seoul said they might ask Pyongyang about South Korean fishermen seized by North Korean patrol "
    "boats decades ago, though no request has been made.",
    "Diplomats said Slovakia could block the next EU aid package, though Bratislava had in the past dropped its "
    "objections at the last minute.",
    # results released by space agencies free no prisoners
    "Astronomers said on Monday they had found water vapour on a distant planet, in results released by NASA and "
    "the European Space Agency.",
    # a verdict on a charge is a denial, not a criticism; a verdict on the weather is none
    "Lebanon's prime minister said the report was false.",
    # the backdrop of the news: "amid a dispute over ...", "two weeks after ..."
    "Talks between the two central banks resumed on Monday amid a dispute over Canada's arrest of a Chinese "
    "executive.",
    # a regret foretold is a warning, not a criticism
    "Tehran said on Monday that the Gulf states would regret any decision to host American bombers.",
    # a failure to agree inside a body rejects no one; a prize jury's praise is a review
    "African Union leaders failed to agree on Sunday on who should chair the commission.",
    "The Nobel committee awarded the literature prize to a Nigerian poet on Thursday, praising her luminous prose.",
])
def test_session11_no_events(code_text, text):
    assert _codes(code_text, text) == []


def test_session11_second_passive_shares_the_agent(code_text):
    # "was detained by X and charged": the charge is X's too, not the victim's own country's
    got = _codes(code_text, "A Latvian lorry driver was detained by Russia's FSB security service at the border on "
                            "Friday and charged with smuggling.")
    assert ("RUS", "LVA", "173") in got and not any(c[0] == "LVA" for c in got), got


@pytest.mark.parametrize("text, expected", [
    # a go-between mediates towards each side, and under the two-per-sentence cap that comes before the deal itself
    ("Kenya and Ethiopia agreed on Monday to reopen their border under a deal brokered by Qatar.",
     ("QAT", "ETH", "045")),
    # the mediator named before a hyphen: "a Turkish-brokered truce", "a U.S.-brokered deal"
    ("A Turkish-brokered truce between Armenia and Azerbaijan took effect on Sunday.", ("TUR", "AZE", "045")),
    ("Chad and Sudan agreed to a U.S.-brokered deal on Friday.", ("USA", "TCD", "045")),
    # (a guard: after the mediation, "each side" is still the pair mediated between, not the mediator)
    ("Peru and Ecuador agreed to a ceasefire on Monday under a deal brokered by Brazil. Within hours each side "
     "accused the other of violating it.", ("ECU", "PER", "112")),
    # "they" after two people named together as the subject is each of them
    ("Portuguese Prime Minister Luis Montenegro and Brazilian President Luiz Inacio Lula da Silva met in Lisbon on "
     "Thursday. They agreed to expand direct flights.", ("BRA", "PRT", "030")),
    # "they" is not the speaker of a trailing attribution
    ("Turkish troops detained 12 Syrian smugglers near the border, a Syrian monitoring group said on Friday. They "
     "also seized two trucks.", ("TUR", "TUR", "171")),
    # "Iran-backed Syrian militias" are Syrian
    ("Washington blamed Iran-backed Syrian militias for the rocket attack.", ("USA", "SYR", "112")),
    # crowd-control weapons fired at people are repression, whoever's the people
    ("Kenyan police fired tear gas and rubber bullets at Somali refugees near the border camp on Monday.",
     ("KEN", "SOM", "175")),
    # force kept open is a threat of it
    ("Trump did not rule out using military force against Panama on Tuesday.", ("USA", "PAN", "138")),
    # supplies stopped are aid cut
    ("Hungary will no longer supply ammunition to Ukraine, the prime minister said.", ("HUN", "UKR", "1622")),
    # a state named as the subject keeps its announced intent when another state reports it
    ("Qatar will reopen its embassy in Damascus next month, Turkey's foreign minister announced.",
     ("QAT", "SYR", "032")),
    # "their convoy was ambushed": the convoy's owners are hit
    ("Four Malian soldiers were killed when their convoy was ambushed by jihadists near Gao on Tuesday.",
     ("MLI", "MLI", "190")),
    # an organisation meeting in a capital does not act on that capital's country
    ("EU leaders meeting in Brussels agreed on Monday to create a new defence fund.", ("IGOEUR", None, "030")),
])
def test_session12_readings(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text", [
    # a score and a cricket result are sport, and so is the next sentence about the teams
    "Australia beat India 3-1 in a friendly in Sydney on Saturday. The two rivals meet again in March.",
    "Sri Lanka defended a total of 140 to beat Bangladesh by five runs in a Twenty20 World Cup fixture on Friday.",
    # acts inside reports that are dismissed as fiction are not news
    "The Kremlin on Friday dismissed as 'pure fiction' media reports that President Vladimir Putin was preparing to "
    "meet Volodymyr Zelensky in Istanbul next month.",
    # any act "no longer" done but giving is not news of that act
    "Hungary will no longer take part in the talks on the pipeline, the foreign minister said.",
])
def test_session12_no_events(code_text, text):
    assert _codes(code_text, text) == []


def test_session12_sanctions_targeting_things_are_no_attack(code_text):
    got = _codes(code_text, "The European Union adopted new sanctions against Iran on Monday, targeting drone makers.")
    assert ("IGOEUR", "IRN", "163") in got and not any(c[2][:2] in ("18", "19") for c in got), got


def test_session12_a_name_given_is_no_appeal(code_text):
    got = _codes(code_text, "Iran fired missiles at a Kurdish base in Iraq on Monday, in what the Revolutionary "
                            "Guards called revenge for a bombing.")
    assert got and not any(c[2][:2] == "02" for c in got), got


@pytest.mark.parametrize("text, expected", [
    # diplomats given hours to leave, with "to leave" hung on the hours, are expelled
    ("Caracas gave Canadian diplomats 72 hours to leave.", ("VEN", "CAN", "174")),
    # "its neighbour" is the other country just named
    ("Eritrea closed its border with Sudan on Friday, accusing its neighbour of arming rebels.", ("ERI", "SDN", "112")),
    # a punishment someone "would receive" is threatened, and "it" is whom the speaker just blamed
    ("Hamas blamed Israel for the explosion and said it would receive its just punishment.",
     ("PSE", "ISR", "130")),
    # things seized while boarding another's boats are that side's
    ("Iranian commandos boarded British oil tankers in the Gulf on Friday, seizing their cargo.", ("IRN", "GBR", "171")),
    # the national "who was arrested by" the police of another state is the one arrested; criticism of the
    # detention goes to whoever detained
    ("Canberra on Monday condemned the detention of an Australian journalist who was arrested by Chinese police in "
     "Beijing last week.", ("CHN", "AUS", "173")),
    ("Canberra on Monday condemned the detention of an Australian journalist who was arrested by Chinese police in "
     "Beijing last week.", ("AUS", "CHN", "111")),
    # troops deployed where the sentence names no other country are deployed at home
    ("Bangladesh imposed a nationwide curfew on Saturday and deployed troops after days of deadly clashes.",
     ("BGD", "BGD", "154")),
])
def test_session12_more_readings(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


def test_session12_the_dead_of_a_strike_are_the_struck_sides(code_text):
    got = _codes(code_text, "Russia launched its heaviest air strikes on Kharkiv in months on Sunday, killing at least "
                            "30 people.")
    assert ("RUS", "UKR", "195") in got and not any(c[:2] == ("RUS", "RUS") for c in got), got


def test_session12_troops_one_has_are_no_deployment(code_text):
    # (a guard: the starting code read it so too, by another path)
    assert _codes(code_text, "The mission has about 12,000 troops deployed across the country.") == []


@pytest.mark.parametrize("text, expected", [
    # a measure made harsher is imposed again
    ("Japan tightened curbs on exports to South Korea on Thursday.", ("JPN", "KOR", "163")),
    # carriers sent loaded with relief give it to where they are sent
    ("Spain dispatched two military planes loaded with tents and medical equipment to Morocco on Saturday.",
     ("ESP", "MAR", "073")),
    # a state's shelling aimed at no one named falls on the other side its sentence names
    ("North Korea fired artillery shells across the border on Thursday, prompting South Korea to respond with rounds "
     "of its own.", ("PRK", "KOR", "194")),
])
def test_session12_measures_supplies_and_fire(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text, expected", [
    # "responded by shelling": whoever responded shelled
    ("The Turkish military said it responded by shelling Syrian army positions.", ("TUR", "SYR", "194")),
    # an aim the parser hangs on the object's participle ("bombs filled with chlorine gas on the town")
    ("Syrian helicopters dropped barrel bombs filled with chlorine gas on the town of Saraqeb on Sunday.",
     ("SYR", "SYR", "2041")),
    # "a swarm of drones" is drones
    ("The Houthis launched a swarm of drones at an Israeli base on Monday.", ("YEM", "ISR", "195")),
    # an office holder landing in a capital visits it
    ("US House Speaker Kevin McCarthy landed in Taipei on Tuesday.", ("USA", "TWN", "042")),
])
def test_session12_means_and_arrivals(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text", [
    # (guards) what a state "could" do by some means is speculation; a probe landing is no visit
    "Analysts said Tokyo could respond by restricting exports of chip materials.",
    "China's lunar probe landed in Inner Mongolia on Tuesday.",
])
def test_session12_means_not_done(code_text, text):
    assert _codes(code_text, text) == []


@pytest.mark.parametrize("text, expected", [
    # "struck what the military said were Hezbollah depots in southern Lebanon": the depots are hit, not the speaker
    ("Israeli jets struck what the army said were Hamas rocket launchers in southern Gaza overnight.",
     ("ISR", "PSE", "190")),
    # attackers no one names, told as "a group of unidentified attackers"
    ("Haiti's president was assassinated at his home in Port-au-Prince on Wednesday by a group of unidentified "
     "attackers.", ("HTI", "HTI", "186")),
])
def test_session12_named_by_others_and_unnamed(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


def test_session12_a_regret_leading_into_an_appeal_is_not_coded_apart(code_text):
    got = _codes(code_text, "Washington withdrew from the agency on Monday. The WHO said it regretted the decision and "
                            "urged Washington to reconsider.")
    assert ("IGOWHO", "USA", "020") in got and not any(c[2][:2] == "11" for c in got), got
    # alone, a regret is still a criticism
    assert ("COL", "USA", "111") in _codes(code_text, "The US cut aid to Colombia. Bogota said it regretted the decision.")


@pytest.mark.parametrize("text, expected", [
    # a wrong told in reported speech condemns whoever is said to have done it
    ("Washington moved its embassy to Jerusalem. The Palestinian president said Washington had made a historic "
     "mistake.", ("PSE", "USA", "111")),
    ("Iran struck Israel. The Israeli defence minister said Iran had crossed a red line.", ("ISR", "IRN", "111")),
    ("Australia cancelled the submarine deal. The French foreign minister said the decision amounted to a betrayal.",
     ("FRA", "AUS", "111")),
    ("France condemned Italy. Rome said Paris had overreacted.", ("ITA", "FRA", "111")),
    # displeasure said of oneself is aimed at whoever did the last deed, not at another who spoke of it
    ("Russia expelled two US diplomats. The White House said it was extremely disappointed by the move.",
     ("USA", "RUS", "111")),
    ("A Hong Kong court jailed 47 activists. Britain said the verdict was a blow to freedom, and Canberra said it was "
     "deeply concerned.", ("AUS", "HKG", "111")),
])
def test_session12_wrongs_and_displeasure_in_reported_speech(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


@pytest.mark.parametrize("text", [
    # (a guard for the hyphenated go-between) talks that did not take place were mediated by no one
    "A round of EU-facilitated talks between Serbia and Kosovo that had been expected on Thursday did not take place, "
    "a spokeswoman said.",
    # a railway company is no state; what colonial troops did is history
    "More than 500 flights were cancelled and Japan Railways suspended some bullet train services on Friday.",
    "The exhibition shows bronzes looted by British colonial troops from Benin City.",
])
def test_session12_not_news(code_text, text):
    assert _codes(code_text, text) == []


def test_session12_hurt_with_no_weapon_fired_is_an_assault(code_text):
    got = _codes(code_text, "Chinese coast guard personnel armed with axes boarded Vietnamese fishing boats on Monday, "
                            "injuring several fishermen.")
    assert ("CHN", "VNM", "182") in got, got


def test_session12_blocked_boats_released_water_and_protest_slogans(code_text):
    got = _codes(code_text, "Chinese coast guard ships blocked and fired water cannon at Philippine boats carrying "
                            "supplies.")
    assert ("CHN", "PHL", "170") in got and not any(c[2][:2] == "12" for c in got), got
    assert ("CHN", "VNM", "191") in _codes(code_text, "A Chinese coast guard ship blocked a Vietnamese fishing boat on "
                                                      "Saturday.")
    assert _codes(code_text, "Tokyo began releasing treated radioactive water from the plant on Thursday.") == []
    got = _codes(code_text, "Tens of thousands of protesters rallied outside parliament in Tbilisi, denouncing the "
                            "ruling party.")
    assert got and all(c[2][:2] == "14" for c in got), got


def test_session12_the_means_told_in_a_charge_is_part_of_it(code_text):
    got = _codes(code_text, "Somalia's president said on Wednesday that Ethiopia had violated Somali sovereignty by "
                            "reaching a port access deal with the breakaway region of Somaliland.")
    assert ("SOM", "ETH", "112") in got and not any(c[2][:2] == "05" for c in got), got


@pytest.mark.parametrize("text, expected", [
    # rebels' truce is with their own government, not with the town it was announced in
    ("Colombia's ELN rebels announced on Wednesday a two-week unilateral ceasefire, in a statement read out in "
     "Caracas.", ("COL", "COL", "0871")),
    # two sides of one country make their peace with each other, not with the go-between
    ("Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a cessation of hostilities after "
     "African Union-led talks.", ("SDN", "SDN", "0871")),
])
def test_session12_domestic_truces(code_text, text, expected):
    assert expected in _codes(code_text, text), _codes(code_text, text)


# session 13: rules from the Z26 to Z35 writers (their misses read this session)
@pytest.mark.parametrize("text, expected", [
    # the members a group of countries is told by act, one event each
    ("More than 20 countries, including the United States, Germany and France, expelled Russian diplomats on "
     "Monday.", [("USA", "RUS", "174"), ("DEU", "RUS", "174")]),
    ("More than 20 countries, among them the United States, Germany and Poland, expelled Russian diplomats on "
     "Monday.", [("USA", "RUS", "174"), ("DEU", "RUS", "174")]),
    # sanctions promised or vowed are threatened (1312), not an intent to cooperate
    ("The US president promised 'severe sanctions' against Russia.", [("USA", "RUS", "1312")]),
    ("The EU vowed tough sanctions on Minsk.", [("IGOEUR", "BLR", "1312")]),
    # "the move" is the deed's, not the last praise of it
    ("The US president formally recognised Jerusalem as Israel's capital on Wednesday. Israel's prime minister "
     "hailed the decision as historic. Turkey condemned the move.", [("TUR", "USA", "111")]),
    # an appeal asked with "has asked" is still one
    ("Sri Lanka has asked India for a further credit line.", [("LKA", "IND", "020")]),
    # ", then declared": the parser leaves the second verb loose; the first one's doer did it
    ("Myanmar's military detained Aung San Suu Kyi in early-morning raids, then declared a year-long state of "
     "emergency.", [("MMR", "MMR", "173"), ("MMR", "MMR", "1724")]),
    # the means an attack was answered with is the attack
    ("Hamas fired rockets towards Jerusalem on Monday evening, and Israel responded with airstrikes on the Gaza "
     "Strip.", [("ISR", "PSE", "195")]),
    # people killed when state forces fired on a crowd: repression, told by the firing
    ("At least 19 people were killed when police opened fire on young protesters trying to storm Nepal's parliament "
     "in Kathmandu on Monday.", [("NPL", "NPL", "175")]),
    ("Bangkok sealed all land crossings with Cambodia.", [("THA", "KHM", "191")]),
    # "would take all necessary measures" is the formula of a threat, at whoever acted on the speaker
    ("Canada imposed a 100 percent surtax on electric vehicles imported from China. China said it would take all "
     "necessary measures to defend its firms.", [("CHN", "CAN", "130")]),
    ("Washington added 140 Chinese firms to its export blacklist. China vowed to take resolute measures to "
     "safeguard the rights of its companies.", [("CHN", "USA", "130")]),
    # a vow the parser hangs on what was said is still the speaker's
    ("The Chinese foreign ministry said Washington had added 140 Chinese firms to its export blacklist and vowed to "
     "take resolute measures.", [("CHN", "USA", "130")]),
    # a verdict on what another said or decreed falls on the one who said or decreed it
    ("Ukraine's foreign ministry summoned Russia's charge d'affaires on Thursday in protest at a Kremlin decree on "
     "passports. The "
     "ministry called the decree a step towards annexation.", [("UKR", "RUS", "111")]),
    ("North Korea called the South Korean president's speech 'shameless'.", [("PRK", "KOR", "111")]),
    ("The UN General Assembly adopted a resolution demanding that Russia withdraw its forces. Russia's envoy "
     "denounced the text as one-sided.", [("RUS", "IGOUNOGEN", "111")]),
    # a verdict that names the side behind the crime blames that side
    ("Houthi fighters seized a car carrier in the southern Red Sea. Israel called the hijacking 'an act of Iranian "
     "terrorism'.", [("ISR", "IRN", "112")]),
    # a call for captives' release is aimed at whoever holds them
    ("Tunisian police arrested opposition leader Rached Ghannouchi at his home in Tunis on Monday, his Ennahda party "
     "said. The party denounced the detention as politically motivated and called for his immediate release.",
     [("TUN", "TUN", "0253")]),
    ("A British couple was detained by security forces in the Iranian city of Kerman on Sunday, the judiciary said. "
     "London called for their immediate release.", [("GBR", "IRN", "0253")]),
    # a ministry calling "the U.S. move" names another's deed: it is of the other country told before
    ("Beijing said it would impose tariffs on U.S. products, hours after Washington announced levies on Chinese "
     "goods. The commerce ministry called the U.S. move 'a typical act of unilateralism'.", [("CHN", "USA", "111")]),
    # a strike a side says it weighs is a threat of force
    ("Hours later, Pyongyang said it was examining a plan to strike areas around the US Pacific territory of Guam.",
     [("PRK", "USA", "138")]),
    # drills halted after a summit are a step down towards the adversary met, not the partner in the drills
    ("Donald Trump and Kim Jong Un met in Singapore on Tuesday. Trump later said Washington would halt joint "
     "military exercises with South Korea.", [("USA", "PRK", "035")]),
    # people seized or detained by state agents no country is given for: arrests by the country's police
    ("Opposition politician Freddy Superlano was seized by hooded agents in Caracas on Tuesday, his party said.",
     [("VEN", "VEN", "173")]),
    # a go-between of the exchange just told mediates between its two sides
    ("Russia and the United States exchanged prisoners in Ankara on Thursday. Turkey's intelligence agency said it "
     "had mediated the exchange.", [("TUR", "USA", "045"), ("TUR", "RUS", "045")]),
    # setting foot in a country is visiting it
    ("Kim Jong Un set foot in South Korea on Friday.", [("PRK", "KOR", "042")]),
    # vows of sanctions or of making another pay are threats; a court's order to another state is a demand
    ("The UN Security Council condemned the blast and vowed to pursue new sanctions against Pyongyang.",
     [("IGOUNOSEC", "PRK", "1312")]),
    ("Pyongyang vowed on Monday to make the United States pay 'a thousand-fold'.", [("PRK", "USA", "130")]),
    ("The International Court of Justice ordered Russia on Wednesday to suspend its military operations in Ukraine.",
     [("IGOICJ", "RUS", "100")]),
    # a demand or resolution dismissed is rejected (120); a ruling dismissed is scorned (111)
    ("Congo demanded that Rwanda withdraw its troops. A spokeswoman for the Rwandan government dismissed the demand "
     "as 'a distraction from Kinshasa's own failures'.", [("RWA", "COD", "120")]),
    ("The European Court of Justice ruled against Poland on Thursday. Warsaw dismissed the ruling as 'usurpation'.",
     [("POL", "IGOEUR", "111")]),
    # a tanker is of the country whose cargo it carries
    ("British Royal Marines seized a tanker carrying Iranian oil off Gibraltar on Thursday.", [("GBR", "IRN", "171")]),
    # a non-nuclear bomb is no weapon of mass destruction; "missile and drone strikes" are strikes
    ("The US military dropped its largest non-nuclear bomb on Taliban tunnels in Afghanistan on Thursday.",
     [("USA", "AFG", "195")]),
    ("Iran launched missile and drone strikes on bases of a militant group in Pakistan on Tuesday.",
     [("IRN", "PAK", "195")]),
    # sanctions restored are imposed; lending halted is aid cut
    ("The United States restored sanctions on Iran's oil and banking sectors on Monday.", [("USA", "IRN", "163")]),
    ("The World Bank said on Tuesday it had halted disbursements for its projects in Afghanistan.",
     [("IGOWBK", "AFG", "1621")]),
    # "which" after a government named by its seat is that government
    ("Russia detained an American reporter on Thursday, and the White House, which called the charges 'ridiculous', "
     "demanded his immediate release.", [("USA", "RUS", "111")]),
    # an arrest told by another state's body is that state's
    ("A Chinese national suspected of spying near a naval base has been arrested, the Philippines' National Bureau "
     "of Investigation said on Tuesday.", [("PHL", "CHN", "173")]),
    # go-betweens shuttle between the two sides named, not between each other
    ("Negotiators from Israel and Hamas resumed indirect talks in Doha on Thursday, with Qatari and Egyptian "
     "officials shuttling between the two delegations.", [("QAT", "ISR", "045"), ("QAT", "PSE", "045")]),
    ("Washington ordered China to close its consulate in Houston. Beijing condemned the order as an outrageous "
     "provocation and vowed firm countermeasures unless it was reversed.", [("CHN", "USA", "130")]),
])
def test_session13_readings(code_text, text, expected):
    got = _codes(code_text, text)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("text", [
    # a question put or answered is no appeal
    "Asked about the reports, the Kremlin spokesman said nothing had been decided.",
    "'There is no such plan,' a Chinese spokesman said when asked whether Chinese and North Korean officials would "
    "hold talks.",
    "'Who benefits from this chaos?' the Kazakh president asked in a televised address.",
    # measures taken at home are no threat
    "The government took measures to curb inflation.",
    # firms' deals, purchases and market reports are business news
    "Japan's Toyota Motor and China's BYD signed a deal on Wednesday to co-develop electric vehicles for the Chinese "
    "market, the companies said.",
    "Shares in Airbus rose after the European planemaker struck a deal with an Indian carrier for 250 jets.",
    "Emirates ordered 90 Boeing 777X jets worth $52 billion at the Dubai Airshow on Monday.",
    "Oil prices rose on Monday as deepening output cuts by Saudi Arabia and US sanctions on Venezuela tightened "
    "supply, traders said.",
    "Wheat futures fell to a two-year low on Tuesday, and traders shrugged off reports that Egypt's state grain buyer "
    "had cancelled a purchase tender.",
    "Karachi's benchmark index surged 3% on Monday as traders bet on rate cuts and cement stocks staged a broad rally.",
    # fire is fought, not an enemy
    "Greek firefighters battled wildfires on three fronts near Athens on Tuesday.",
    # an order at home, a military push and a vow of nothing in particular are no demand, appeal or intent
    "Vladimir Putin ordered his government on Thursday to start lifting sanctions on Turkey.",
    "Forces loyal to Khalifa Haftar pressed their offensive on Tripoli on Sunday.",
    "Iraq's prime minister vowed that Mosul would be next.",
    # a wish, an advisory to one's own people, and wastewater released are no events
    "The protesters want President Dina Boluarte to resign and early elections to be called.",
    "The government in Tokyo warned residents to take cover on Tuesday.",
    "Tokyo began releasing treated wastewater from the crippled Fukushima nuclear plant into the sea.",
    # one out of office forecasting what others would do
    "If North Korea were to conduct another long-range missile test, the United States would push for tougher UN "
    "sanctions, a former State Department official told a Seoul forum on Tuesday.",
    # a race's attack on no one
    "The Dutch driver fought back to finish second at the Saudi Arabian Grand Prix. The Dutchman launched a relentless "
    "attack through the field.",
    "Israel responded to the report with anger.",
])
def test_session13_no_events(code_text, text):
    assert _codes(code_text, text) == []


def test_session13_a_market_move_after_a_seizure_still_tells_it(code_text):
    got = _codes(code_text, "Oil prices jumped after Iran seized a tanker in the Strait of Hormuz.")
    assert any(c[0] == "IRN" and c[2] == "171" for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # a leader shot dead by attackers no one names: an assassination by unnamed attackers of the country
    ("Haiti's President Jovenel Moise was shot dead at his private residence overnight by a group of unidentified "
     "attackers, the interim prime minister said.", "2021-07-07", ("HTI", "HTI", "186")),
    # people kidnapped by a gang near a capital: the gang is of the country it works in, not of the victims'
    ("Sixteen US citizens and a Canadian were kidnapped by a gang east of Port-au-Prince on Saturday, security "
     "sources said.", "2021-10-17", ("HTI", "USA", "181")),
    # opposition supporters are the opposition's
    ("Opposition supporters burned tyres and clashed with police in Dakar on Sunday in protest at the postponement of "
     "Senegal's presidential election.", "2024-02-05", ("SEN", "SEN", "145")),
])
def test_session13_unnamed_attackers_and_supporters(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text, date, expected", [
    # a verdict on a rising or on clashes at home falls on whoever rose or clashed
    ("Wagner mercenaries seized military facilities in the southern Russian city of Rostov-on-Don on Saturday, and "
     "their chief Yevgeny Prigozhin vowed to march on Moscow. President Vladimir Putin denounced the mutiny as "
     "'treason'.", "2023-06-24", ("RUS", "RUS", "111")),
    ("Hong Kong police fired tear gas at thousands of protesters who had surrounded the legislature on Wednesday. "
     "Chief Executive Carrie Lam described the clashes as organised rioting.", "2019-06-12", ("HKG", "HKG", "111")),
])
def test_session13_verdicts_on_risings_at_home(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


def test_session13_working_towards_ending_a_war_is_no_threat(code_text):
    got = _codes(code_text, "Seoul and Pyongyang pledged on Friday to work toward a treaty formally ending the Korean "
                            "War.")
    assert got and not any(c[2][:2] == "13" for c in got), got


def test_session13_a_response_that_would_meet_an_attack_is_no_meeting(code_text):
    got = _codes(code_text, "Iran launched drones at Israel overnight. Tehran warned that any Israeli response would "
                            "meet a much stronger attack.")
    assert not any(c[2][:2] == "03" or c[2][:2] == "04" for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # a foreign ministry placed by its own phrase, else the ministry of the last country told acting
    ("China began drills around Taiwan on Thursday, a day after the speaker of the US House ended a visit to Taipei. "
     "The foreign ministry in Beijing said it had summoned the American ambassador to lodge a protest.", "2022-08-05",
     ("CHN", "USA", "114")),
    ("Britain expelled a Russian diplomat on Wednesday, saying he was a spy, and the Foreign Office summoned the "
     "Russian ambassador.", "2024-05-08", ("GBR", "RUS", "114")),
    # police beside a capital acting in a clause of its own are of the story told before
    ("A Belarusian court jailed the blogger Ihar Losik for 15 years on Tuesday. Police detained dozens of his "
     "supporters outside the building, and Washington called for his release.", "2021-12-14", ("USA", "BLR", "0253")),
    # "his party" is the party of whoever "his" is
    ("Former prime minister Imran Khan was arrested in Islamabad on Tuesday. His party condemned the arrest as an "
     "abduction, and supporters stormed an army commander's house in Lahore.", "2023-05-09", ("PAK", "PAK", "111")),
    # diplomats expelled "from" each country named are each country's
    ("Moscow expelled diplomats from Latvia and Estonia on Friday.", "2021-02-05", ("RUS", "EST", "174")),
    # missiles fired at bases housing another country's troops are fired at those troops
    ("Iran fired ballistic missiles at two Iraqi bases housing US troops on Wednesday.", "2020-01-08",
     ("IRN", "USA", "195")),
    # punishment promised is a threat
    ("Hamas blamed Israel for the killing of its leader, and Iran's supreme leader promised Israel 'harsh "
     "punishment'.", "2024-07-31", ("IRN", "ISR", "130")),
    # a post on social media is no newsroom: the protest is lodged with the state named
    ("Japan lodged a formal protest with China on Monday over a social media post by a Chinese diplomat in Osaka that "
     "Tokyo called 'extremely inappropriate'.", "2024-06-10", ("JPN", "CHN", "114")),
    # "the rebels" are the armed group told before
    ("American and British warplanes struck Houthi targets in Yemen overnight. The rebels vowed that the two "
     "countries would pay a heavy price.", "2024-01-12", ("YEM", "GBR", "138")),
    # the defence of every inch of land is a threat at the other side
    ("Venezuela's defence minister said on Wednesday that the armed forces would defend every inch of the Essequibo, "
     "a region administered by Guyana.", "2023-11-29", ("VEN", "GUY", "130")),
    # a protest lodged with no one named is lodged with whoever last did the deed, not the last country named
    ("North Korea fired a ballistic missile into the sea off its east coast on Tuesday. The US secretary of state "
     "condemned the launch as a new escalation, and Japan said it had lodged a strong protest.", "2017-07-04",
     ("JPN", "PRK", "114")),
    # a government's officer accusing a state is of the state told before, not of the accused
    ("Masked gunmen killed a Kosovo police officer near the border on Sunday. The prime minister accused Belgrade "
     "of backing the attackers.", "2023-09-25", ("XKX", "SRB", "112")),
    # troops promised to a country are an intent to protect it, not a show of force at it
    ("Kenya's president said on Wednesday his country would send troops to eastern Congo as part of a regional "
     "force.", "2022-06-15", ("KEN", "COD", "0334")),
    # a verdict joined to what its teller insisted is the teller's
    ("Iran's Revolutionary Guards shot down an American drone on Thursday. The Pentagon insisted the aircraft was "
     "over international waters and called the attack unprovoked.", "2019-06-21", ("USA", "IRN", "111")),
    # a ruling called a usurpation is scorned
    ("The EU's top court ordered Poland on Wednesday to pay a daily fine. Warsaw called the ruling a 'usurpation' and "
     "said it would not pay.", "2021-10-27", ("POL", "IGOEUR", "111")),
    # force the speaker's side says it will use, in its own quoted words, is a threat at whoever the condition names
    ("Israel and Lebanon's Hezbollah agreed to a ceasefire on Tuesday. 'If Hezbollah violates the agreement and tries "
     "to rearm, we will attack,' the Israeli prime minister said in a televised address.", "2024-11-27",
     ("ISR", "LBN", "138")),
    # export controls tightened are sanctions imposed
    ("Japan tightened controls on exports to South Korea of three materials used to make chips.", "2019-07-04",
     ("JPN", "KOR", "163")),
    ("Germany extended its freeze on arms exports to Saudi Arabia for another six months.", "2019-09-18",
     ("DEU", "SAU", "163")),
    # the internet and websites cut off at home are freedoms curbed (1721), not a blockade
    ("Egyptian authorities have blocked access to more than 60 websites since late May, a digital rights group said.",
     "2017-06-08", ("EGY", "EGY", "1721")),
    ("Authorities in Indian-administered Kashmir cut phone and internet lines and placed several former chief "
     "ministers under house arrest.", "2019-08-05", ("IND", "IND", "1721")),
    ("Zimbabwe's government ordered a total internet shutdown on Tuesday as protests over fuel prices turned violent.",
     "2019-01-15", ("ZWE", "ZWE", "1721")),
    # a deed a government called something is its verdict on whoever did it
    ("Berlin responded on Monday by ordering a Russian diplomat to leave, a move the Kremlin called 'unjustified and "
     "unfriendly'.", "2022-04-04", ("RUS", "DEU", "111")),
])
def test_session14_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # results and races are no attacks
    "Pakistan's bowlers launched a fierce attack on India's top order in Adelaide, but a century from the captain "
    "carried the champions to a 76-run victory.",
    "Senegal laid siege to Cameroon's goal and needed a late strike to seal a 3-1 win on Friday.",
    "Kenya's Faith Kipyegon struck gold in the 1,500 metres in Paris on Saturday, holding off an Ethiopian "
    "challenger.",
    "Britain's crew launched a late attack on the leaders to take gold at the Olympic regatta on Thursday.",
    # neither side acting is no act
    "Neither Sudan's army nor the Rapid Support Forces sent a delegation to Jeddah this week, diplomats said.",
    # a killing by no one named is not coded as the place's own
    "Three US soldiers were killed in a drone attack on a base in Jordan near the Syrian border on Sunday.",
    # the words of a name are no acts
    "The Committee to Protect Journalists said the reporter had been held for three weeks.",
    # talks that are not expected to be held are no go-between's talks
    "Kosovo and Serbia are not expected to hold a new round of EU-facilitated talks before the election, two "
    "diplomats said.",
    # what rules would allow a bloc to do is not done
    "If Guinea's junta misses its deadline, ECOWAS rules would allow the bloc to reimpose sanctions, a legal scholar "
    "said.",
    # production curbed is business, not anyone's freedom curbed
    "Oil prices edged higher on Wednesday, while an OPEC-led deal to curb output continued to underpin the market.",
])
def test_session14_no_events(code_text, text):
    assert _codes(code_text, text) == []


@pytest.mark.parametrize("text, date, unwanted", [
    # a bloc's ministers are the bloc's, not the country the sentence names
    ("The EU's foreign policy chief condemned the crackdown in Georgia on Monday, and the bloc's ministers agreed to "
     "suspend visa-free travel for Georgian officials.", "2024-12-16", lambda c: c[0] == "GEO"),
    # intelligence services called foreign are no one's we know, and not the speaker's
    ("President Aleksandar Vucic accused unnamed foreign intelligence services of financing the protests.",
     "2025-01-28", lambda c: c[:2] == ("SRB", "SRB")),
    # attack helicopters are a kind of helicopter
    ("Warsaw sent more troops and attack helicopters to the frontier on Wednesday.", "2023-08-02",
     lambda c: c[2][:2] == "18"),
    # escorting a seized tanker to port is no protection given
    ("Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz and escorted it to the port "
     "of Bandar Abbas.", "2019-07-20", lambda c: c[2][:2] == "07"),
])
def test_session14_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


def test_session14_an_inverted_should_is_a_condition_not_a_demand(code_text):
    got = _codes(code_text, "Iran launched drones and missiles at Israel overnight. Tehran's mission to the United "
                            "Nations warned that should Israel 'make another mistake, Iran's answer will be far "
                            "harsher'.", "2024-04-14")
    assert ("IRN", "ISR", "130") in got and not any(c[2][:2] == "10" for c in got), got


def test_session14_a_protest_told_is_not_told_again_when_put_down(code_text):
    got = _codes(code_text, "Protesters stormed and looted a UN base in Goma on Tuesday. Police fired tear gas to "
                            "disperse the crowd.", "2022-10-27")
    assert ("COD", "COD", "175") in got and not any(c[2] == "141" for c in got), got


def test_session14_a_town_an_act_is_held_in_is_not_its_other_side(code_text):
    got = _codes(code_text, "US President Donald Trump and North Korean leader Kim Jong Un met in Singapore on "
                            "Tuesday and signed a short joint statement on the future of the peninsula.", "2018-06-12")
    assert ("USA", "PRK", "057") in got and not any("SGP" in c for c in got), got


def test_session14_devices_that_exploded_are_not_their_users_attack(code_text):
    got = _codes(code_text, "Thousands of pagers used by Hezbollah members exploded almost simultaneously across "
                            "Lebanon on Tuesday, killing at least nine people.", "2024-09-17")
    assert not any(c[0] == "LBN" and c[2][:2] in ("18", "19") for c in got), got


@pytest.mark.parametrize("text, date, threat", [
    # the consequence an appeal points to is no threat ...
    ("On Wednesday the Kremlin urged Ankara to refrain from the offensive, warning that it could destabilise the "
     "region.", "2019-10-09", False),
    ("The UN relief chief urged Israel to allow fuel into the enclave as well, warning that hospitals were running "
     "out.", "2023-10-22", False),
    # ... unless the speaker's side will act
    ("Beijing urged Washington on Tuesday to cancel a planned arms sale to Taiwan, warning that it would take "
     "'forceful measures' if the deal went ahead.", "2019-12-17", True),
])
def test_session14_a_warning_beside_an_appeal(code_text, text, date, threat):
    got = _codes(code_text, text, date)
    assert any(c[2][:2] == "02" for c in got) and any(c[2][:2] == "13" for c in got) == threat, got


@pytest.mark.parametrize("text, date, expected", [
    # a diplomatic protest made "to" a state is a complaint, not a street protest
    ("Hanoi said on Monday it had protested to China after Chinese coast guard sailors seized a trawler's catch.",
     "2023-03-13", ("VNM", "CHN", "114")),
    # an election result called into question is disapproved of
    ("The opposition rejected the count on Monday, and the US secretary of state questioned the official result, "
     "saying it did not reflect the will of Venezuelans.", "2024-07-29", ("USA", "VEN", "111")),
    # sanctions on unnamed officials fall on the country the story is about
    ("Daniel Ortega was sworn in for a fifth term on Monday. Washington announced sanctions on nine officials, "
     "including the head of the mining agency.", "2022-01-10", ("USA", "NIC", "163")),
    # an airspace closed to another country's airlines is a sanction, not a blockade
    ("Islamabad announced on Thursday that it was closing its airspace to Indian aircraft with immediate "
     "effect.", "2025-04-24", ("PAK", "IND", "163")),
    # the ships of another side said to have trespassed: an accusation
    ("Beijing's foreign ministry said Manila's vessels had trespassed in its waters near the reef.", "2024-06-18",
     ("CHN", "PHL", "112")),
    # two sides agreeing to establish ties have struck a deal
    ("Bahrain and Israel agreed on Friday to establish full diplomatic relations.", "2020-09-11",
     ("BHR", "ISR", "057")),
    # a missile fired off a coast is a show of force
    ("North Korea fired a short-range ballistic missile off its east coast on Thursday, the South Korean military "
     "said.", "2023-07-13", ("PRK", "KOR", "150")),
    # a leader killed by a drone strike: coded as the strike
    ("A US drone strike on a house in Kabul killed the Al Qaeda leader Ayman al-Zawahiri over the weekend, the White "
     "House said.", "2022-08-01", ("USA", "AFG", "195")),
    # the General Assembly is the UN's, not a general's
    ("The General Assembly voted on Thursday to suspend Moscow from the Human Rights Council.", "2022-04-07",
     ("IGOUNOGEN", "RUS", "160")),
    # a pledge to keep giving is a pledge to the one given to
    ("Group of Seven leaders pledged on Monday to keep providing Kyiv with money and weapons for as long as it "
     "takes.", "2022-06-27", ("IGOG07", "UKR", "033")),
    # an eased sanction on "the country" is on the country the story is about
    ("Caracas and the opposition signed a deal on Tuesday to hold an election next year. Washington welcomed it and "
     "said it would ease some sanctions on the country's oil sector.", "2023-10-18", ("USA", "VEN", "035")),
    # an opposition named beside its government is of that government's country, not of the town they meet in
    ("Venezuela's government and the opposition signed an agreement in Bridgetown on Tuesday.", "2023-10-17",
     ("VEN", "VEN", "057")),
    # an embassy to be moved or a mission to be upgraded: an intent to deepen ties
    ("After talks on Friday, India's foreign minister said New Delhi would upgrade its technical mission in Kabul to "
     "a full embassy.", "2025-10-10", ("IND", "AFG", "032")),
    # a call to stop fighting is aimed at the country that fights, not at the caller's own parties
    ("Fighting between Myanmar's army and ethnic armed groups closed border crossings into Yunnan, and Beijing urged "
     "all parties to cease fire immediately.", "2023-11-02", ("CHN", "MMR", "020")),
    # militants placed by their own phrase, not by where they fire
    ("Militants in Gaza fired dozens of rockets at southern Israel overnight, the army said.", "2023-05-10",
     ("PSE", "ISR", "194")),
    # people of no stated country, told to be mostly or partly of one
    ("Santiago deported 120 migrants, most of them Venezuelans, on a military flight on Sunday.", "2021-04-25",
     ("CHL", "VEN", "174")),
    ("Hamas released 17 hostages on Saturday, including 13 Israelis, under the truce.", "2023-11-25",
     ("PSE", "ISR", "0841")),
    # disappointment and regret expressed: disapproval, aimed at the side the sentence blames
    ("Seoul's foreign ministry expressed deep disappointment and regret on Tuesday, saying the shrine glorified "
     "Japan's wars of aggression.", "2021-10-17", ("KOR", "JPN", "110")),
    # "freezes" read as a verb: the measures are still imposed on whom they name
    ("The EU imposed travel bans and asset freezes on six Russian officials on Monday.", "2022-02-28",
     ("IGOEUR", "RUS", "163")),
    # a raft of sanctions lifted
    ("Washington lifted a raft of economic sanctions on Sudan on Friday.", "2017-10-06", ("USA", "SDN", "085")),
    # "the island" after Taiwan is named is Taiwan
    ("US House Speaker Nancy Pelosi landed in Taipei on Tuesday night. Beijing announced military exercises in six "
     "zones around the island.", "2022-08-03", ("CHN", "TWN", "150")),
    # a US department named bare is Washington's
    ("The Commerce Department added Huawei Technologies to its entity list on Wednesday.", "2019-05-16",
     ("USA", "CHN", "163")),
    # further action promised to hold a state to account is aimed at that state
    ("Albania cut ties with Tehran over a cyberattack. Washington said it would take further action to hold Iran "
     "accountable.", "2022-09-07", ("USA", "IRN", "130")),
    # a government protesting against another side's act complains; it does not march
    ("Beijing downgraded its ties with Vilnius on Sunday, protesting against the opening of a Taiwanese office in "
     "the Lithuanian capital.", "2021-11-21", ("CHN", "TWN", "114")),
    # tariffs quadrupled, and the increases opposed
    ("The White House quadrupled tariffs on Chinese electric vehicles. Beijing's commerce ministry said it firmly "
     "opposed the increases.", "2024-05-14", ("CHN", "USA", "110")),
    # "accusing them of ...": them are the ones the main verb acts on
    ("Ouagadougou ordered two French diplomats to leave within 48 hours, accusing them of subversive activities.",
     "2023-04-14", ("BFA", "FRA", "112")),
    # a bare foreign ministry after a state's security service acted is that state's
    ("Russia's Federal Security Service said it had detained a Japanese consul in Vladivostok, and the Foreign "
     "Ministry declared him persona non grata.", "2022-09-26", ("RUS", "JPN", "174")),
    # "a 10-point peace formula" is no sport score
    ("The Kremlin on Tuesday rejected Kyiv's 10-point peace formula as detached from reality.", "2022-12-27",
     ("RUS", "UKR", "120")),
    # a state said to be behind a hacking is accused
    ("Oslo said Russia was behind the hacking of email accounts of several members of parliament.", "2020-10-13",
     ("NOR", "RUS", "112")),
    ("Washington said Russia bears full responsibility for the attack on the aid convoy.", "2016-09-20",
     ("USA", "RUS", "112")),
    # a swarm of drones is its drones'
    ("A swarm of Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight.", "2024-03-13",
     ("UKR", "RUS", "190")),
    # blame traded between two sides goes both ways
    ("The plant came under fire again overnight, and Russia and Ukraine traded blame for the attack.", "2022-08-20",
     ("UKR", "RUS", "112")),
    # fighters entering a capital take it
    ("Taliban fighters entered Kabul on Sunday without meeting resistance.", "2021-08-15", ("AFG", "AFG", "192")),
    # warships surrounding an island in drills show force; they do not blockade it
    ("Taipei put its forces on alert as Chinese warships surrounded the island in large-scale drills on Thursday.",
     "2023-04-13", ("CHN", "TWN", "150")),
    # a bare presidential office is of the main clause's subject told before
    ("Seoul condemned the launch on Friday, hours after the North fired a missile over Japan. The presidential office "
     "said it would hold talks with Washington on further steps.", "2022-10-04", ("KOR", "USA", "036")),
    # a foreign airline barred is sanctioned
    ("London barred Aeroflot from landing in Britain on Thursday.", "2022-02-24", ("GBR", "RUS", "163")),
    # a threat at home stays at home
    ("Kenyan police have been placed on high alert ahead of Tuesday's planned protests. The interior minister warned "
     "that officers would deal firmly with protesters.", "2023-07-10", ("KEN", "KEN", "130")),
    # a ruling or resolution rejected is the court's or the council's
    ("The bloc's top court ruled on Thursday that Warsaw's disciplinary chamber for judges breaks EU law. Poland's "
     "justice minister rejected the ruling.", "2021-07-15", ("POL", "IGOEUR", "120")),
    # the joint liaison office blown up is the other Korea's loss
    ("North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday.", "2020-06-16", ("PRK", "KOR", "1712")),
    # a protest against another side's deed is aimed at that side
    ("Thousands of Palestinians took to the streets of Ramallah on Thursday to protest against Washington's "
     "recognition of Jerusalem as Israel's capital.", "2017-12-07", ("PSE", "USA", "141")),
])
def test_session15_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # what a third party only thinks likely
    "If Pyongyang tests another bomb, Washington would likely push for more UN sanctions, a think tank in Seoul said.",
    # what there is no sign of
    "The alliance said on Wednesday it had seen no sign that Moscow was preparing to attack any of its members.",
    # services and products are not what a measure or a release is of
    "Authorities in Wenzhou suspended ferry services and closed schools as the typhoon approached.",
    "Chinese start-up DeepSeek released a low-cost artificial intelligence model on Monday.",
    # what someone is charged with is the charge's content, not an act
    "Prosecutors charged the firm's finance chief with bank fraud and conspiring to violate sanctions on Iran.",
    # firms' deals are business
    "India's Tata Group and Taiwan's Powerchip agreed on Thursday to build a chip plant in Gujarat.",
])
def test_session15_no_events(code_text, text):
    assert _codes(code_text, text) == []


@pytest.mark.parametrize("text, date, unwanted", [
    # the killing told beside a shelling is the shelling's, not an act on the shellers' own side
    ("Indian troops shelled posts across the Line of Control on Friday, killing three soldiers, the Pakistani army "
     "said.", "2019-10-18", lambda c: c[:2] == ("IND", "IND")),
    # two vetoing states do not veto each other
    ("China and Russia vetoed a US-drafted resolution on Thursday.", "2022-05-26",
     lambda c: {c[0], c[1]} == {"CHN", "RUS"}),
    # what a vetoed text would have done is not done (only the veto is)
    ("Moscow vetoed a draft resolution on Friday that would have imposed new sanctions on Mali's junta.",
     "2023-08-30", lambda c: c[2][:2] != "12"),
    # a leader killed by a strike nobody claims is no act of the place
    ("An air strike on a flat in Damascus killed two Iranian generals on Monday.", "2024-04-01",
     lambda c: c[0] == "SYR"),
    # two visitors travelling together do not visit each other
    ("Japan's prime minister and South Korea's president travelled to Camp David on Friday for a summit.",
     "2023-08-18", lambda c: {c[0], c[1]} == {"JPN", "KOR"}),
])
def test_session15_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


def test_session15_not_read_so_either(code_text):
    # a few of many told as of another country are not the many
    got = _codes(code_text, "Thirty-seven people, including three Americans, were sentenced to death by a military "
                            "court in Kinshasa on Friday.", "2024-09-13")
    assert ("COD", "COD", "116") in got and not any(c[1] == "USA" for c in got), got


def test_session15_what_set_off_a_dated_act_is_dated_with_it(code_text):
    doc = code_text("Riyadh and Tehran agreed on Friday to restore relations. They cut ties in 2016 after protesters "
                    "stormed the Saudi embassy in Tehran.", "2023-03-10")
    stormed = [e for e in doc.events if e.root == "14"]
    assert stormed and all(doc.long_past(e) for e in stormed), doc.events


@pytest.mark.parametrize("text, date, expected", [
    # a country with an apposition naming someone else acts as itself
    ("Iran, Hezbollah's main patron, recalled its ambassador from Bahrain on Sunday.", "2021-06-01",
     ("IRN", "BHR", "161")),
    # a capital naming a body is the country's ("a Minsk court"), not a place beside the verb
    ("A Moscow court sentenced the American journalist to 16 years in prison on Friday.", "2024-07-19",
     ("RUS", "USA", "116")),
    # a bare "Treasury" speaks for the capital that acted before it, not for the country last named
    ("Washington lifted a ban on Syrian banks on Friday, but the Treasury warned that the relief would end if "
     "Damascus broke its promises.", "2025-05-23", ("USA", "SYR", "130")),
    # "they" after a demand are those who demanded, not the side asked to act
    ("The leaders of Canada, Japan and Italy met in Kyiv on Monday and demanded that Moscow withdraw its troops. They "
     "threatened Russia with further sanctions.", "2023-02-20", ("CAN", "RUS", "130")),
    # "the first G7 leader to visit": the subject visits, not the group of seven
    ("Giorgia Meloni on Tuesday became the first G7 leader to visit Kyiv this year.", "2023-02-21",
     ("ITA", "UKR", "042")),
    # a reply a deed prompted is aimed at the deed's doer
    ("Washington approved the sale of fighter jets to Taipei on Friday, prompting Beijing to threaten "
     "countermeasures.", "2024-06-07", ("CHN", "USA", "130")),
    # a threat told to someone is aimed at whom it is told to, whoever its condition names
    ("Blinken told Iraq's prime minister on Tuesday that Washington would retaliate if Iranian-backed militias "
     "attacked its bases again.", "2024-01-09", ("USA", "IRQ", "138")),
    # a town of another state visited is a visit to that state
    ("Erdogan flew to Jeddah on Tuesday for talks with the crown prince.", "2023-07-18", ("TUR", "SAU", "042")),
    # a call to free a prisoner is aimed at whoever jailed them
    ("A court in Shanghai sentenced a citizen journalist to four years in prison on Monday. Britain and Canada "
     "called for her release.", "2020-12-28", ("GBR", "CHN", "0253")),
])
def test_session16_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # deeds inside a work or a war game
    "The festival opened with a thriller about a spy who is arrested by the police in Vienna.",
    "In a simulation run by a think tank, Russian troops invaded Lithuania and NATO lost the Baltic states.",
    # a rocket's lift-off is no criticism
    "The Indian space agency's probe blasted off on a Russian rocket from Baikonur on Friday.",
    # a lawsuit's step is no appeal to another side
    "The Indian government said it would appeal to the Supreme Court against the ruling.",
    # military strikes called off are no labour strike ended, nor a phone call
    "President Trump said he had called off planned strikes on Iran.",
    # a question tells of nothing; what it is too early to say is no charge
    "Will France send fighter jets to Kyiv?",
    "NATO said it was too early to say whether Beijing was responsible for the attack.",
])
def test_session16_no_events(code_text, text):
    assert _codes(code_text, text) == []


@pytest.mark.parametrize("text, date, unwanted", [
    # what someone is held on charges of is the charge's content
    ("Turkish police detained the mayor of Istanbul on Wednesday on charges including corruption and aiding a "
     "terrorist group.", "2025-03-19",
     lambda c: c[2][:2] == "07"),
    # someone flown home is carried, not visiting
    ("Rome released the Libyan commander and flew him back to Tripoli on a government plane.", "2025-01-22",
     lambda c: c[2] == "042"),
    # Northern Ireland is the United Kingdom's
    ("Britain and the EU agreed a new deal on trade rules for Northern Ireland on Monday.", "2023-02-27",
     lambda c: "IRL" in c[:2]),
])
def test_session16_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # condemnation drawn from someone is theirs, aimed at the deed's doer
    ("An Ankara court sentenced a prominent businessman to life in prison on Monday. The verdict drew sharp criticism "
     "from the European Union.", "2022-04-25", ("IGOEUR", "TUR", "111")),
    # a guest welcomed abroad with no host named is visiting
    ("Hungary's prime minister was welcomed at the White House on Friday with a military band.", "2019-05-13",
     ("HUN", "USA", "042")),
    # people arrested in a region, with no one named, are held by the region's state (data/regions.tsv)
    ("Two Chinese citizens were arrested in Bavaria on suspicion of spying, prosecutors said.", "2024-04-23",
     ("DEU", "CHN", "173")),
    # boats handed over, a levy put on goods
    ("Spain handed over four patrol boats to the Mauritanian coast guard on Monday.", "2024-02-12", ("ESP", "MRT", "072")),
    ("India put a 20 percent levy on Chinese steel on Friday.", "2024-08-09", ("IND", "CHN", "163")),
    # air defences and a federal jury are actors of their country
    ("The Libyan army said its air defences shot down a Turkish drone near Sirte.", "2020-06-20", ("LBY", "TUR", "190")),
    ("A federal jury in Miami convicted a Venezuelan businessman of bribery on Thursday.", "2024-03-07",
     ("USA", "VEN", "116")),
    # mayors removed from office
    ("The interior ministry removed four elected mayors from office on Monday over alleged links to militants, the "
     "Turkish government said.", "2024-11-04", ("TUR", "TUR", "172")),
    # investigators examining allegations against someone investigate them
    ("UN investigators began examining allegations of torture by Syrian security forces on Monday.", "2023-05-08",
     ("IGOUNO", "SYR", "090")),
    # "the boats" after "three Ukrainian navy vessels" are those vessels
    ("Russian border guards fired on three Ukrainian navy vessels in the Black Sea on Sunday and then seized the "
     "boats.", "2018-11-25", ("RUS", "UKR", "171")),
])
def test_session16_more_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


def test_denials_are_no_events_unless_the_setting_asks(request, code_text):
    # "Moscow denied the accusations" tells of no act: by default it is not output (and the act denied never is);
    # the `denials` setting outputs it as CAMEO 016 towards the accuser
    text = "Britain accused Russia on Monday of a cyber attack on its election commission. Moscow denied the accusations."
    assert not any(c[2][:3] == "016" for c in _codes(code_text, text, "2024-03-25"))
    got = _codes(request.getfixturevalue("code_text_denials"), text, "2024-03-25")
    assert ("RUS", "GBR", "016") in got, got


@pytest.mark.parametrize("text", [
    # a report dismissed as fabricated is a denial, no event by default
    "Greek officials said no talks had taken place with the Turkish envoy, dismissing as 'fabricated' a newspaper "
    "report that the spy chief had met him in Ankara.",
    # a firm's deal is business
    "Polish refiner Orlen agreed a deal on Monday to buy a stake in a Czech fuel retailer.",
    # an academy praising a laureate is no political actor
    "The Swedish Academy awarded the prize to an American poet on Thursday, praising her voice.",
])
def test_session16_more_no_events(code_text, text):
    assert _codes(code_text, text, "2024-02-03") == []


def test_session16_what_has_gone_on_since_a_past_year_is_background(code_text):
    doc = code_text("The Democratic Unionist Party had boycotted the Stormont assembly since 2022 in protest at trade "
                    "arrangements.", "2024-02-03")
    boycott = [e for e in doc.events if e.root == "14"]
    assert boycott and all(doc.long_past(e) for e in boycott), doc.events


@pytest.mark.parametrize("text, date, expected", [
    # "the country's police" a speaker urges are not the speaker's own
    ("Blinken said on Friday that Washington would send food aid to Haiti, and he urged the country's police to "
     "protect the convoys.", "2024-03-08", ("USA", "HTI", "020")),
    # an attack on a vehicle is on the people it carries
    ("Gunmen ambushed a bus carrying Pakistani pilgrims near Kabul on Monday.", "2024-03-04", ("AFG", "PAK", "190")),
    # a summons the parser joins to what was said is the teller's, not the accused's
    ("Lithuania said Belarusian helicopters had violated its airspace on Monday and summoned the Belarusian envoy.",
     "2024-03-04", ("LTU", "BLR", "114")),
])
def test_session16_sides_read_again(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


def test_session16_go_betweens(code_text):
    # "the two delegations" are the two sides, not the town they meet in nor the go-between's title word
    got = _codes(code_text, "Iranian and US negotiators resumed indirect talks in Vienna on Monday, with EU official "
                            "Enrique Mora shuttling between the two delegations.", "2021-04-06")
    assert ("IGOEUR", "USA", "045") in got and not any(c[1] == "AUT" for c in got), got
    # two go-betweens named together do not mediate between each other
    got = _codes(code_text, "Hundreds of fighters left the besieged town on Thursday under a deal brokered by Qatar "
                            "and Egypt.", "2023-11-23")
    assert not any({c[0], c[1]} == {"QAT", "EGY"} for c in got), got


def test_session16_a_un_recognised_government_is_not_the_un(code_text):
    got = _codes(code_text, "The UN-recognised government in Tripoli announced a ceasefire on Friday.", "2020-08-21")
    assert ("LBY", "LBY", "0871") in got and not any(c[0].startswith("IGO") for c in got), got


def test_session16_waters_are_no_state(code_text):
    # "the Sea of Japan", "Lake Chad", "the Gulf of Oman" name waters, not the state
    got = _codes(code_text, "North Korea fired two ballistic missiles into the Sea of Japan on Tuesday.", "2022-10-04")
    assert not any(c[1] == "JPN" for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # a court acting on a titled person of no stated country acts at home
    ("A Belarusian court sentenced opposition activist Ales Belski to six years in prison on Friday.", "2023-05-05",
     ("BLR", "BLR", "116")),
    # a call received is the caller's
    ("Egypt's president received a phone call from Turkish President Recep Tayyip Erdogan on Monday.", "2023-05-08",
     ("TUR", "EGY", "041")),
    # the teller's "its" is the subject of the report told before, not the last country named in it
    ("Iran will respond if Israel strikes its nuclear sites, its foreign minister said on Sunday.", "2023-05-08",
     ("IRN", "ISR", "138")),
    # "she urged him": the one spoken with, not herself
    ("Italian Prime Minister Giorgia Meloni spoke by telephone with Vladimir Putin on Friday. She urged him to release "
     "the detained journalists.", "2023-05-08", ("ITA", "RUS", "020")),
    # a court in a town is of the town's country, not of the person it sentences
    ("A French teacher was sentenced to five years in prison by a court in Shiraz on Sunday.", "2023-05-08",
     ("IRN", "FRA", "116")),
    # a complaint a passive deed draws is aimed at its agent, not at its patients
    ("Forty Afghan migrants were expelled by Pakistan on Friday, drawing a formal complaint from Kabul.", "2023-05-08",
     ("AFG", "PAK", "114")),
    # "the country's prime minister": the country named as one, not the capital that acted
    ("Washington suspended aid to Mali on Friday, hours after soldiers detained the country's prime minister.",
     "2023-05-08", ("MLI", "MLI", "173")),
    # measures called banditry are condemned; a counter-measure someone "would answer with" is a threat
    ("Brussels imposed new sanctions on Belarusian banks on Monday. Minsk called the measures economic banditry and "
     "said it would answer with counter-sanctions.", "2023-05-08", ("BLR", "IGOEUR", "1312")),
    ("Brussels imposed new sanctions on Belarusian banks on Monday. Minsk called the measures economic banditry and "
     "said it would answer with counter-sanctions.", "2023-05-08", ("BLR", "IGOEUR", "111")),
    # "its neighbour" is the other side, not the town they met in
    ("Kenya's president met his Ugandan counterpart in Kigali on Monday. He later said Nairobi was ready to lend its "
     "neighbour $100 million.", "2023-05-08", ("KEN", "UGA", "033")),
    # co-reactors are not the doer of the deed they condemn
    ("Iran hanged a man convicted of wounding a guard on Monday, the first execution over the protests. Germany and "
     "Amnesty International condemned the hanging, with the rights group saying his trial had been a sham.",
     "2023-01-09", ("NGO", "IRN", "111")),
])
def test_session17_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text, date, unwanted", [
    # a second verb the parser makes a report of its own is still the reported doer's, not the teller's
    ("Manila said on Monday that Chinese coast guard officers had boarded a Philippine supply boat, threatened its "
     "crew and seized their cargo.", "2023-05-08", lambda c: c[0] == "PHL" and c[2][:2] == "17"),
    # "the Jordan Valley" is land, not the state
    ("Netanyahu pledged on Tuesday to annex the Jordan Valley.", "2023-05-08", lambda c: "JOR" in c[:2]),
])
def test_session17_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


def test_session17_a_spokeswoman_speaks_for_her_body(code_text):
    # the teller's "its" and her "she" are the country that warns, not the president whose visit is feared
    got = _codes(code_text, "Russia will not stand aside if the Finnish president visits Kyiv, its foreign ministry "
                            "spokeswoman said on Monday. She said the Russian army would take firm measures.",
                 "2023-05-08")
    assert got and all(c[0] == "RUS" for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # an office holder named by the office alone is the "he" of what he says he did, and an inquiry into abuses by
    # someone is into that side, not the place
    ("The prosecutor of the International Criminal Court said on Monday he had opened an inquiry into alleged abuses "
     "by Sudanese troops in Darfur.", "2023-05-08", ("IGOICC", "SDN", "090")),
    # a leader held by his guard is detained; one held responsible is blamed
    ("Soldiers of the presidential guard held President Ali Bongo at his residence in Libreville on Wednesday.",
     "2023-08-30", ("GAB", "GAB", "173")),
    ("Kyiv held the Russian president responsible for the strike.", "2023-05-08", ("UKR", "RUS", "112")),
    # a warning of a deed by another side is aimed at that side
    ("The juntas of Burkina Faso and Mali warned on Monday that any intervention by ECOWAS in Niger would be treated "
     "as an act of war.", "2023-08-01", ("BFA", "IGOWAS", "130")),
    # a bare refusal answers whoever asked
    ("Modi urged his Nepali counterpart to reopen the border crossings. Prachanda refused.", "2023-05-08",
     ("NPL", "IND", "120")),
    # an offer rejected is the offerer's
    ("Ankara on Monday rejected an offer of mediation that the Swedish prime minister had made a day earlier.",
     "2023-05-08", ("TUR", "SWE", "120")),
    # sanctions lifted fall on whom they were imposed on, not on the town of the summit
    ("The African Union lifted most of the sanctions it had imposed on Gabon at a summit in Addis Ababa on Saturday.",
     "2024-03-02", ("IGOAFU", "GAB", "085")),
    # "accusing them" after "the ministry said" is aimed at those the main verb acted on
    ("Moscow ordered two Latvian diplomats to leave within a week, the foreign ministry said, accusing them of hostile "
     "activity.", "2023-05-08", ("RUS", "LVA", "112")),
    # a complaint lodged with a UN forum is aimed at the side accused
    ("Armenia lodged a formal complaint with the UN Security Council on Monday accusing Azerbaijan of shelling border "
     "villages.", "2023-05-08", ("ARM", "AZE", "114")),
    # the Nobel committee is no government of Norway
    ("The Norwegian Nobel Committee called on Belarus to free the jailed laureate.", "2023-05-08",
     ("NGONOB", "BLR", "020")),
    # a state vowing to respond does not threaten its own air force
    ("Pakistan said on Sunday that its air force had shot down two Indian drones over Kashmir. Islamabad vowed to "
     "respond at a time of its choosing.", "2023-05-08", ("PAK", "IND", "138")),
    # an execution with no victim's country named is at home
    ("Saudi Arabia on Monday carried out its largest mass execution in years, hanging 12 men convicted of drug "
     "smuggling.", "2023-05-08", ("SAU", "SAU", "1823")),
])
def test_session18_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text, date, unwanted", [
    # a state does not threaten itself
    ("Pakistan said on Sunday that its air force had shot down two Indian drones over Kashmir. Islamabad vowed to "
     "respond at a time of its choosing.", "2023-05-08", lambda c: c[2][:2] == "13" and c[1] == "PAK"),
    # a president held responsible is not detained
    ("Kyiv held the Russian president responsible for the strike.", "2023-05-08", lambda c: c[2][:2] == "17"),
    # a fight someone is told to stop is no fight
    ("Beijing has told the Arakan Army to stop fighting near the Chinese border.", "2023-05-08",
     lambda c: c[2][:2] in ("18", "19", "20")),
])
def test_session18_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


def test_session18_a_cricket_assault_is_no_attack(code_text):
    got = _codes(code_text, "Sri Lanka's batsmen launched a fierce assault on India's bowling attack in Colombo on "
                            "Sunday, chasing down 250 for a one-day international win.", "2023-05-08")
    assert got == [], got


@pytest.mark.parametrize("text, date, expected", [
    # a passive verb the parser hangs on a relative clause takes its agent
    ("Two Armenian shepherds who strayed across the border while on patrol were detained by Azerbaijani guards on "
     "Friday and charged with illegal entry.", "2023-05-08", ("AZE", "ARM", "173")),
    # "them" after what is done to people is the people named, not the country that did it
    ("Estonia ordered 12 Russian diplomats to leave the country on Monday, with its foreign minister accusing them of "
     "spying.", "2023-05-08", ("EST", "RUS", "1125")),
    # an office holder of no named country telling what a state does speaks for that state
    ("Lithuania is sending 500 more border guards to its frontier with Belarus, Interior Minister Agne Bilotaite said "
     "on Monday, accusing Minsk of pushing migrants across.", "2023-05-08", ("LTU", "BLR", "112")),
    # one country's word qualifies both nouns it is joined to
    ("Washington lifted sanctions on most Sudanese officials and banks on Monday but imposed new measures on the army "
     "chief Abdel Fattah al-Burhan.", "2025-01-16", ("USA", "SDN", "163")),
    # money "of" something is that thing; funds earmarked for a side are aimed at it
    ("The European Commission froze 2 billion euros of funding earmarked for Poland.", "2023-05-08",
     ("IGOEURCOM", "POL", "162")),
    # sanctions widened are sanctions, also when agreed
    ("EU foreign ministers agreed on Monday to widen the sanctions against Iran.", "2023-05-08", ("IGOEUR", "IRN", "163")),
    # a bare number expelled counts more of whom the last expulsion hit
    ("Britain ordered 23 Russian diplomats out of the country on Wednesday. Canada and Denmark each expelled two.",
     "2018-03-26", ("CAN", "RUS", "174")),
    # a state's threat at itself goes to whom its condition names
    ("Sergei Shoigu, secretary of Russia's Security Council, warned that Moscow would have to use nuclear arms if "
     "Ukraine's offensive succeeded in taking Russian land.", "2023-05-08", ("RUS", "UKR", "130")),
    # an election body is its state's
    ("Opposition leader Raila Odinga accused the electoral commission of rigging the vote.", "2017-08-09",
     ("KEN", "KEN", "112")),
])
def test_session19_readings(code_text, text, date, expected):
    got = _codes(code_text, text, date)
    assert expected in got, got


@pytest.mark.parametrize("text, date, unwanted", [
    # the passive's patient is not its own captor
    ("Two Armenian shepherds who strayed across the border while on patrol were detained by Azerbaijani guards on "
     "Friday and charged with illegal entry.", "2023-05-08", lambda c: c[:2] == ("ARM", "ARM")),
    # a verdict in a participle after a charge is that charge, not a second one
    ("The Kremlin on Tuesday accused Kyiv of staging a drone attack on a Moscow airport, calling it a terrorist act.",
     "2023-05-08", lambda c: c[2] == "111"),
    # the teller of another side's deed who accuses that side is not that side
    ("Israel struck targets in Gaza overnight, the health minister said, accusing Israel of war crimes.", "2023-05-08",
     lambda c: c[:2] == ("ISR", "ISR")),
    # what happened forty years before the news is history, however it is parsed
    ("Forty years after Argentine forces invaded the Falkland Islands, a new film revisits the war.", "2022-04-02",
     lambda c: True),
    # a rider's attack on a climb is a race
    ("Kenyan rider Daniel Kipchoge launched a late attack on the final climb into Nairobi on Sunday to win the stage.",
     "2023-05-08", lambda c: True),
    # reports denied and then called lies are the denial again, not a verdict on the denier's own troops
    ("Moscow denied reports circulating online that its forces had bombed a hospital in Kharkiv, calling them "
     "'fabrications'.", "2023-05-08", lambda c: c[2][:2] == "11"),
    # the purpose of what was not done is not done either
    ("A US judge ordered Syria to pay damages to the families of two journalists. Syria did not send lawyers to "
     "defend the case.", "2023-05-08", lambda c: c[2][:2] == "05"),
    # a place described as occupied is no news of its occupation
    ("Russia vetoed a draft resolution that would have condemned its referendums in four occupied Ukrainian regions "
     "as illegal.", "2022-10-01", lambda c: c[2][:2] == "19"),
    # teams that meet on a sport page hold no talks
    ("Morocco beat Spain 3-0 on penalties in Doha on Tuesday, and the two sides met again in a friendly in June.",
     "2023-05-08", lambda c: c[2][:2] == "04"),
])
def test_session19_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # a compound subject is one event per side, four sides included (no longer cut at two per sentence)
    ("Egypt, Jordan, Bahrain and Kuwait recalled their ambassadors from Qatar on Monday.", "2023-05-08",
     {("EGY", "QAT", "161"), ("JOR", "QAT", "161"), ("BHR", "QAT", "161"), ("KWT", "QAT", "161")}),
    # the move condemned is the first-named vetoer's, not the last-named one's
    ("Russia and China blocked a Security Council resolution on Syria on Tuesday. France condemned the move.",
     "2023-05-08", {("FRA", "RUS", "111")}),
    # a verdict the parser hangs inside the deed's own words is still a verdict on the deed
    ("The Kremlin called Sweden's decision to apply for NATO membership a grave mistake.", "2022-05-16",
     {("RUS", "SWE", "111")}),
    # a quoted name the parser takes for the deed's apposition is a verdict on the deed's doer
    ("Serbian police stormed the Croatian consulate in Novi Sad late on Friday. Croatia's prime minister called the "
     "raid 'a barbaric act' and broke off talks with Belgrade.", "2023-05-08", {("HRV", "SRB", "111")}),
    # "they" after three or more names joined stands for each of them, an organisation included
    ("Sweden, the European Union, Japan and Norway said on Friday that they would freeze the assets of ten Belarusian "
     "officials.", "2023-05-08", {("SWE", "BLR", "163"), ("JPN", "BLR", "163"), ("NOR", "BLR", "163")}),
    # a second condemnation of the same deed falls where the first did, not on the first condemner
    ("Mexico's president unveiled a new national map on Monday that showed the disputed cays as Mexican territory. "
     "Guatemala's foreign ministry called the move 'a provocation', and Honduras and Belize also criticised the "
     "decision.", "2023-05-08", {("HND", "MEX", "111"), ("BLZ", "MEX", "111")}),
    # a bomb no one claims is still coded as the attackers' of the place (PLOVER codes it a fight)
    ("A car bomb exploded outside a police station in Mogadishu on Saturday, killing seven people.", "2023-05-08",
     {("SOM", "SOM", "1832")}),
    # a list whose second name the parser takes for an apposition of the first still names four countries
    ("Kenya, the United Republic of Tanzania, Uganda and Rwanda closed their borders with Burundi on Monday.",
     "2023-05-08", {("KEN", "BDI", "191"), ("TZA", "BDI", "191"), ("UGA", "BDI", "191"), ("RWA", "BDI", "191")}),
    # a raid told as coercion (17) is the raider's when others condemn it, not the last side that acted
    ("Guatemalan police forced their way into Honduras's consulate in Quetzaltenango on Friday and detained a "
     "dissident who had sheltered there. Honduras recalled its ambassador from Guatemala, and Mexico and Chile "
     "condemned the raid.", "2023-05-08", {("MEX", "GTM", "111"), ("CHL", "GTM", "111")}),
])
def test_session20_readings(code_text, text, date, expected):
    got = set(_codes(code_text, text, date))
    assert expected <= got, got


@pytest.mark.parametrize("text, date, unwanted", [
    # a deed called by a name is not its doer telephoned
    ("Serbian police stormed the Croatian consulate in Novi Sad late on Friday. Croatia's prime minister called the "
     "raid 'a barbaric act' and broke off talks with Belgrade.", "2023-05-08", lambda c: c[2][:2] == "04"),
    ("The Kremlin called Sweden's decision to apply for NATO membership a grave mistake.", "2022-05-16",
     lambda c: c[2][:2] == "04"),
    # whoever declared diplomats unwelcome ordered them out, not the diplomats themselves
    ("Latvia declared three Russian diplomats persona non grata on Monday and ordered them to leave the country within "
     "five days.", "2023-05-08", lambda c: c[0] == "RUS"),
    # a fight helped or allowed is a purpose, not news of one
    ("The Security Council voted on Monday to send a multinational force to help Mozambique's army fight the "
     "insurgents in Cabo Delgado.", "2023-05-08", lambda c: c[2][:2] in ("18", "19", "20")),
    ("The Kremlin warned that allowing Kyiv to strike Russian cities with British missiles would mean war with "
     "London.", "2023-05-08", lambda c: c[2][:2] in ("18", "19", "20")),
    # what a signed text commits its parties to is the signing's content, not a second act
    ("Poland and Lithuania signed a declaration on Thursday pledging to build a joint air-defence network.",
     "2023-05-08", lambda c: c[2][:2] == "03"),
    ("Kenya and Ethiopia signed a security agreement in Nairobi on Monday under which Nairobi will train Ethiopian "
     "border police.", "2023-05-08", lambda c: c[2][:2] == "03"),
    # an industrial blast, or one the next sentence tells was an accident, is no one's attack
    ("An explosion at a fireworks factory in Sivakasi killed eleven workers on Monday, police said.", "2023-05-08",
     lambda c: True),
    ("A huge blast tore through a fuel port in Aden on Sunday, killing 14 people. Port officials said the explosion "
     "had been caused by a leak in a storage tank.", "2023-05-08", lambda c: True),
    # an attack in words or prices is no force; a firm's sale is business
    ("Nigerian singer Ada Okafor launched a scathing attack on record labels in an interview on Tuesday, accusing "
     "them of underpaying artists.", "2023-05-08", lambda c: c[2][:2] in ("18", "19", "20")),
    ("Toyota launched a price attack on its rivals in Indonesia on Monday.", "2023-05-08", lambda c: True),
    ("Norway's Orkla said on Monday it had agreed to sell its Polish snacks business for 2 billion zlotys.",
     "2023-05-08", lambda c: True),
    # what a side waits for before it acts has not happened
    ("Khartoum said it would not resume border talks until Ethiopian troops withdrew from the disputed farmland.",
     "2023-05-08", lambda c: c[2][:2] == "08"),
    ("Iran has refused to meet US negotiators face to face until Washington lifts its sanctions.", "2023-05-08",
     lambda c: c[2][:2] == "08"),
    # what a signed treaty brings about is the signing's content, not a second act
    ("Armenia and Azerbaijan signed a peace treaty in Washington on Friday, formally ending three decades of "
     "hostility.", "2023-05-08", lambda c: c[2][:2] == "08"),
])
def test_session20_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


def test_session20_at_most_two_acts_per_sentence(code_text):
    # three acts in one sentence keep two (the PLOVER check counts events per sentence); a compound subject keeps
    # one event per side of each kept act
    doc = code_text("Guinea's military government declared a state of emergency on Saturday, suspending the "
                    "constitution and arresting opposition leaders.", "2023-05-08")
    assert len({e.evidence.trigger for e in doc.events}) <= 2 and len(doc.events) <= 2, doc.events



@pytest.mark.parametrize("text, date, expected", [
    # police or a court placed by the town of the act they are the agent of, or of their own phrase
    ("Foggy Bottom summoned Iran's ambassador on Monday to protest against the treatment of two American journalists, "
     "who were detained by police in Tabriz last week.", "2023-05-08", {("IRN", "USA", "173")}),
    ("A Japanese engineer was sentenced to six years in prison by a court in Sichuan on Friday, Tokyo said.", "2023-05-08",
     {("CHN", "JPN", "116")}),
    # a group of no one home stays an international one wherever it strikes
    ("An army base in northern Niger was attacked by Islamic State fighters on Sunday, the defence ministry said.",
     "2023-05-08", {("INSISL", "NER", "190")}),
    # an apology dated today for deeds of a century ago is today's news
    ("Italy's president apologised to Ethiopia on Tuesday for colonial-era massacres during the occupation more than "
     "eighty years ago.", "2023-05-08", {("ITA", "ETH", "055")}),
    # a finite verb the parser hangs on an infinitive complement is the teller's second act
    ("Kenya's president urged lawmakers in Nairobi to approve the budget and thanked Japan for its loans.",
     "2023-05-08", {("KEN", "JPN", "051")}),
    ("The Vatican urged Sudan's generals to halt the fighting and called on Chad to keep its border open.",
     "2023-05-08", {("VAT", "TCD", "020")}),
    # a call told with "spoke by telephone" is a call (041)
    ("Spain's prime minister spoke by telephone with his Moroccan counterpart on Monday.", "2023-05-08",
     {("ESP", "MAR", "041")}),
    # what a joint statement issued in the passive says is its issuers' act
    ("A joint statement was issued by Spain and Portugal on Monday condemning the coup in Gabon.", "2023-05-08",
     {("ESP", "GAB", "111"), ("PRT", "GAB", "111")}),
    # an envoy summoned in the passive is summoned by the ministry named
    ("The Belarusian ambassador was summoned to the Lithuanian foreign ministry on Tuesday.", "2023-05-08",
     {("LTU", "BLR", "114")}),
    # "the Baltic state" acted on is one of the Baltic states named, not the actor's own
    ("Moscow expelled three Latvian diplomats on Monday, the foreign ministry said. The ministry also accused the "
     "Baltic state of pursuing hostile policies.", "2023-05-08", {("RUS", "LVA", "112")}),
    # the warring parties of a war are its sides, not political parties
    ("The Arab League on Monday called for an immediate ceasefire around Libya's Sirte. The regional body also urged "
     "the warring parties to open safe corridors for civilians.", "2023-05-08", {("IGOARL", "LBY", "020")}),
    # a roadside bomb is a roadside bombing (1833)
    ("Three Malian soldiers were killed when their truck was hit by a roadside bomb near Gao on Sunday.",
     "2023-05-08", {("MLI", "MLI", "1833")}),
    # troops ordered to pull back retreat (0874)
    ("Armenia's defence minister ordered troops to pull back from two villages in Azerbaijan on Friday.",
     "2023-05-08", {("ARM", "AZE", "0874")}),
    # a plan rejected is its author's, not the country it is for
    ("Beijing rejected a British peace plan for Myanmar on Monday.", "2023-05-08", {("CHN", "GBR", "127")}),
    # a protest lodged "over what it called ..." is still made to the side named
    ("Seoul lodged a formal protest with Tokyo on Friday over what it called a distorted textbook.", "2023-05-08",
     {("KOR", "JPN", "114")}),
    # the first person of a quote is its teller's side
    ("'We urge Caracas to release the detained activists,' Brazil's foreign minister told reporters on Monday.",
     "2023-05-08", {("BRA", "VEN", "020")}),
    # the noun a relative clause with no pronoun hangs on is its object
    ("London froze the assets of two Russian bankers it accused of funding the war.", "2023-05-08",
     {("GBR", "RUS", "112")}),
    # force on a town the lexicon does not know falls on its state
    ("Russian artillery pounded Odesa on Sunday.", "2023-05-08", {("RUS", "UKR", "194")}),
    # forces attacked are not the attacker's own
    ("Turkish warplanes began pounding Kurdish-led forces in northeast Syria on Wednesday.", "2023-05-08",
     {("TUR", "SYR", "194")}),
    # a body named after an envoy is not the envoy's
    ("Mali's military rulers ordered the Swedish ambassador to leave the country on Friday. The junta accused him of "
     "insulting the army.", "2023-05-08", {("MLI", "SWE", "112")}),
    # civilians who clash with police riot
    ("French farmers clashed with riot police in Lyon on Monday.", "2023-05-08", {("FRA", "FRA", "145")}),
    # "the watchdog" is the organisation; a subject hung on an emphatic "did" is still the subject
    ("The International Atomic Energy Agency said its inspectors were turned away on Sunday. The watchdog urged "
     "Tehran to restore access.", "2023-05-08", {("IGOIAE", "IRN", "020")}),
    ("Chinese officials denied that Indian troops had entered Tibet. Beijing did, however, lodge a formal protest with "
     "New Delhi over a new border road.", "2023-05-08", {("CHN", "IND", "114")}),
    # fire from a side named after "by shelling" is that side's
    ("Three Syrian soldiers were killed by shelling from Turkish forces near Manbij on Sunday.", "2023-05-08",
     {("TUR", "SYR", "190")}),
    # an attack "claimed by" a group is claimed by it; one claimed by Islamic State is its attack
    ("Three bombs exploded at a market in Mogadishu on Friday, killing 12 people, in an attack claimed by "
     "al-Shabaab.", "2023-05-08", {("SOM", "SOM", "015")}),
    ("Gunmen opened fire on worshippers at a mosque in Kabul on Friday, killing 20 people, in an attack later claimed "
     "by Islamic State.", "2023-05-08", {("INSISL", "AFG", "190"), ("INSISL", "AFG", "015")}),
    # someone extradited goes to the other side the sentence names
    ("A suspected smuggler was extradited by Peru on Monday and handed over to Chilean police.", "2023-05-08",
     {("PER", "CHL", "063")}),
    # a gift received names its giver in its own participle
    ("Laos received 500,000 doses of vaccine donated by China on Tuesday.", "2023-05-08", {("CHN", "LAO", "073")}),
    # a market hit by missiles is a place someone hit, not a market moving
    ("A fish market in Kharkiv was hit by Russian missiles on Friday.", "2023-05-08", {("RUS", "UKR", "190")}),
    # a former leader's condemnation is still coded (only forecasts and warnings out of office are not)
    ("Former Pakistani prime minister Imran Khan condemned India's decision on Monday.", "2023-05-08",
     {("PAK", "IND", "111")}),
    # a roadside bomb no one names, in a place the gazetteer does not know, is of the one country the sentence names
    ("Four soldiers were killed when their truck was hit by a roadside bomb in Lower Dir on Monday, Pakistan's army "
     "said.", "2023-05-08", {("PAK", "PAK", "1833")}),
])
def test_session21_readings(code_text, text, date, expected):
    got = set(_codes(code_text, text, date))
    assert expected <= got, got


@pytest.mark.parametrize("text, date, unwanted", [
    # what traders say a bank could do, in a purpose clause, is speculation
    ("Traders said the central bank in Ankara could step in to defend the lira if the sell-off went on.",
     "2023-05-08", lambda c: True),
    # one out of office speaks for no state
    ("If Greece leaves the euro without a deal, Rome would be forced to impose controls on the Italian coast, a former "
     "Italian diplomat warned on Tuesday.", "2023-05-08", lambda c: True),
    # fans celebrating a win do not protest; a rugby forward line is not besieged
    ("Senegal reached the World Cup quarter-finals on Sunday, beating Japan 2-0 in Doha, and thousands of fans took "
     "to the streets of Dakar to celebrate.", "2023-05-08", lambda c: c[2][:2] == "14"),
    ("Ireland's forwards laid siege to the English line for much of the second half in Dublin on Saturday, and a late "
     "try ended England's hopes of a Six Nations title.", "2023-05-08", lambda c: True),
    # a copy of a holy book burned is a gesture, not property destroyed
    ("Rabat summoned Denmark's envoy after an activist burned a copy of the Koran outside the Moroccan embassy in "
     "Copenhagen.", "2023-05-08", lambda c: c[2][:2] == "17"),
    # a firm's talks on a venture somewhere are not with the place
    ("Nissan and a Chinese battery maker ended talks on a joint venture in Wuhan on Monday after failing to agree on "
     "pricing.", "2023-05-08", lambda c: True),
    # "him" is not the subject of its own clause, named in full before
    ("The President of Ghana telephoned Spain's King Felipe on Monday. The king congratulated him on his "
     "re-election.", "2023-05-08", lambda c: c[:2] == ("ESP", "ESP")),
    # two sides that fail to agree reject no one
    ("Egypt and Ethiopia failed to agree on Monday on the filling of the Nile dam.", "2023-05-08",
     lambda c: c[2][:2] == "12"),
    # footage or remarks dismissed as fabricated are denied, and a denial is no event by default
    ("Serbian troops have not crossed into Kosovo, the army said, dismissing social media footage of tanks at the "
     "border as fabricated.", "2023-05-08", lambda c: True),
    # a government's advice to its own people is no threat
    ("The storm is expected to hit Myanmar on Sunday, and the junta warned fishermen to stay in port.", "2023-05-08",
     lambda c: c[2][:2] == "13"),
    # "tanks supplied by Germany" received are no visit
    ("Kyiv received tanks supplied by Germany on Monday.", "2023-05-08", lambda c: c[2][:3] in ("042", "043")),
    # a currency pressured by prices is no one's demand
    ("Kazakhstan's tenge weakened past 500 per dollar on Thursday, pressured by lower oil prices.", "2023-05-08",
     lambda c: True),
    # a guess told with "possibly" is no act; locusts are no army; drones shot down over one's own city hit no one named
    ("Analysts in Taipei said China could stage a show of force near the Matsu islands ahead of the election, possibly "
     "firing missiles near the outlying islands as it did in 1996.", "2023-05-08", lambda c: True),
    ("A fresh invasion of desert locusts swept into northern Uganda from South Sudan this week, attacking crops.",
     "2023-05-08", lambda c: True),
    ("Air defences shot down several small drones near the Syrian city of Homs early on Friday, officials said.",
     "2023-05-08", lambda c: True),
    # the teller of a missile test is no side of it
    ("North Korea fired two ballistic missiles into the sea off its east coast on Thursday, Japan's defence ministry "
     "said.", "2023-05-08", lambda c: c[:2] == ("PRK", "JPN")),
    # "the Minsk truce" names no Belarusian side
    ("Rebels shelled army positions near Donetsk overnight in breach of the Minsk truce, the military in Kyiv said, "
     "adding that its troops had returned fire.", "2023-05-08", lambda c: "BLR" in c[:2]),
])
def test_session21_not_read_so(code_text, text, date, unwanted):
    got = _codes(code_text, text, date)
    assert not any(unwanted(c) for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # a protest is lodged with whom it is lodged, not whom it is about; a complaint filed with a trade body is
    # against the side it is over; "called in" hung as a preposition is still a summons
    ("Argentina lodged a formal protest with Britain's ambassador on Monday over the arrest of an Argentine fisherman.",
     "2023-05-08", {("ARG", "GBR", "114")}),
    ("Chile filed a complaint with the World Trade Organization on Tuesday over Peru's import curbs on fruit.",
     "2023-05-08", {("CHL", "PER", "114")}),
    ("Norway called in the Russian ambassador on Friday.", "2023-05-08", {("NOR", "RUS", "114")}),
    # one side does not accuse its own, nor summon its own country's envoy ("them", "it", "diplomats there")
    ("Two staff members of Iran's embassy in Baku were ordered to leave Azerbaijan, the Azerbaijani foreign ministry "
     "said, accusing them of espionage.", "2023-05-08", {("AZE", "IRN", "112")}),
    ("'This is an attack on our sovereignty,' the foreign ministry in Baghdad said after Iranian drones struck a camp "
     "in Erbil on Monday. It also summoned Tehran's envoy.", "2023-05-08", {("IRQ", "IRN", "114")}),
    ("Canberra ordered Beijing to close its consulate in Perth within 72 hours, accusing diplomats there of espionage.",
     "2023-05-08", {("AUS", "CHN", "112")}),
    # people taken off a coast are abducted (no show of force at sea)
    ("Seven Vietnamese fishermen were abducted by Abu Sayyaf gunmen off the coast of Malaysia's Sabah state on Sunday, "
     "Malaysian police said.", "2023-05-08", {("PHL", "VNM", "181")}),
    # security forces take the town of their own phrase
    ("A Burmese photographer working for a Japanese news agency was detained by security forces in Mandalay on "
     "Monday, his employer said in a statement.", "2023-05-08", {("MMR", "MMR", "173")}),
    # agreeing to halt all firing is a ceasefire
    ("Armenia and Azerbaijan agreed on Friday to halt all firing along the border.", "2023-05-08",
     {("ARM", "AZE", "0871")}),
    # foreign troops given a month to leave are sent away (166), not given an ultimatum
    ("Chad has given French troops two months to leave the country, state radio said on Friday.", "2023-05-08",
     {("TCD", "FRA", "166")}),
    # a river's bank is no bank
    ("Moscow's defence ministry said its troops had completed their withdrawal from the eastern bank of the Oskil "
     "river near Kupiansk.", "2023-05-08", {("RUS", "UKR", "0874")}),
    # "his host" is whom the visitor went to see
    ("The Greek prime minister flew to Ankara on Thursday. There he signed four accords on trade with his host.",
     "2023-05-08", {("GRC", "TUR", "057")}),
    # rebels named by an adjective are the rebels told of before, not a country beside the attackers
    ("Yemen's Houthis said they had fired drones at a cargo ship in the Red Sea. On Friday, US warplanes struck rebel "
     "radar sites along the coast.", "2023-05-08", {("USA", "YEM", "190")}),
    # a condition's subject is not the topic "it" goes back to
    ("North Korea warned it would respond with force if South Korean ships entered its waters. It also fired three "
     "cruise missiles into the sea.", "2023-05-08", {("PRK", "", "150")}),
    # "they" are the people who marched, not a country named in passing
    ("Hundreds of fishermen marched on parliament in Warsaw on Monday to protest against cheap fish imports from "
     "Norway. They blocked a bridge before riot police dispersed them with water cannon.", "2023-05-08",
     {("POL", "POL", "175")}),
    # mediation turned down is the offering side's
    ("Pakistan's foreign minister said on Friday that Islamabad would not accept any outside mediation over the canal "
     "dispute, a day after Beijing offered to help.", "2023-05-08", {("PAK", "CHN", "120")}),
    # letting inspectors or aid in
    ("Hungary allowed UN inspectors to visit two detention centres on Monday.", "2023-05-08",
     {("HUN", "IGOUNO", "0862")}),
    ("Egypt let 40 aid trucks cross into Gaza through Rafah on Sunday.", "2023-05-08", {("EGY", "PSE", "0863")}),
    # migrants intercepted are detained; a passive's agent shared by a joined participle; police acting on their own
    # people in the passive; "after ... last week" dates the act, it is not "a week after"
    ("Forty migrants were intercepted by the Tunisian coast guard off Sfax on Sunday.", "2023-05-08",
     {("TUN", "TUN", "173")}),
    ("A Vietnamese fishing boat was rammed and damaged by a Chinese coast guard vessel near the Paracels on Friday.",
     "2023-05-08", {("CHN", "VNM", "171")}),
    ("Thousands of protesters marched through Harare on Sunday to demand new elections. They were dispersed with tear "
     "gas by security forces near the parliament.", "2023-05-08", {("ZWE", "ZWE", "175")}),
    ("Sweden summoned Iran's ambassador on Tuesday after two Swedish citizens were detained in Tehran last week.",
     "2023-05-08", {("IRN", "SWE", "173")}),
    # two titled names the parser hangs on one head are two actors; a deal agreed is a deal made
    ("US President Donald Trump and Russian President Vladimir Putin met in Hamburg on Friday.", "2017-07-08",
     {("USA", "RUS", "040"), ("RUS", "USA", "040")}),
    ("US President Donald Trump and Chinese President Xi Jinping met in Osaka on Saturday.", "2019-06-29",
     {("USA", "CHN", "040"), ("CHN", "USA", "040")}),
    ("Canada agreed a new trade deal with Ecuador on Tuesday.", "2023-05-08", {("CAN", "ECU", "057")}),
    # people released with no one named as freeing them are freed by whoever took them, else where they were held
    ("Three Kenyan aid workers who were kidnapped by al-Shabaab in Mandera last year were released on Monday.",
     "2023-05-08", {("SOM", "KEN", "0841")}),
    ("Two opposition activists were detained by police in Tbilisi on Friday. They were released on Sunday.",
     "2023-05-08", {("GEO", "GEO", "0841")}),
    # a threat "to protect its firms" is aimed at whoever acted on the speaker
    ("The European Union imposed new tariffs on Chinese steel on Monday. Beijing vowed to take 'all necessary "
     "measures' to protect its companies.", "2024-07-04", {("CHN", "IGOEUR", "13")}),
    # a measure held out on a condition is a threat ("if the junta did not end the violence", "any official found to
    # be involved")
    ("The European Union on Monday added nine Guinean army officers to its sanctions list. The bloc's foreign policy "
     "chief said it was ready to impose further sanctions if the junta did not end the violence.", "2023-05-08",
     {("IGOEUR", "GIN", "1312")}),
    ("Japan's foreign minister summoned Russia's ambassador on Monday over the arrest of a Japanese diplomat. She told "
     "him that Tokyo would expel any Russian official found to be involved.", "2023-05-08", {("JPN", "RUS", "13")}),
    # "his host" after a visit told as the host receiving the guest
    ("French President Emmanuel Macron received Indian Prime Minister Narendra Modi in Paris on Friday. The prime "
     "minister later invited his host to visit New Delhi next year.", "2023-07-14", {("IND", "FRA", "036")}),
    # people detained "after blocking a motorway" are who blocked it
    ("Dozens of climate activists were detained by police in Oslo on Friday after blocking a motorway to protest "
     "against oil drilling.", "2023-05-08", {("NOR", "NOR", "144")}),
])
def test_session22_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


@pytest.mark.parametrize("text, date, unwanted", [
    # a denial of speculation; a draw; a guess told with "most likely"; what a cyclone threatens
    ("Moscow has not sent troops to Niger, a Russian foreign ministry spokeswoman said on Monday, dismissing what she "
     "called \"groundless speculation\".", "2023-05-08", ""),
    ("Ghana held Nigeria to a 1-1 draw in Accra on Saturday, a late strike from their captain rescuing a point in front "
     "of a sell-out crowd. The visitors had threatened to run away with the game.", "2023-05-08", ""),
    ("A drone that crashed in eastern Romania on Tuesday was most likely launched by Russian forces, the Romanian "
     "president said, adding there was no sign of an attack.", "2023-05-08", ""),
    ("A strong cyclone will hit the coast of Odisha on Friday, Indian forecasters said, threatening floods and "
     "landslides.", "2023-05-08", ""),
    # a reason given is no threat; someone flown away after an extradition pays no visit; power seized is no attack
    ("Sweden expelled three Russian diplomats on Tuesday, declaring them a threat to national security.", "2023-05-08",
     "13"),
    ("A suspected drug trafficker wanted in Spain was extradited by Brazil on Monday and flown to Madrid under police "
     "escort, Spain's interior ministry said.", "2023-05-08", "04"),
    ("The Taliban on Monday urged Washington to release central bank reserves that were frozen after the group seized "
     "power in Kabul last August.", "2023-05-08", "19"),
    # a summit where another kind of act was done; a lawyer's appeal; a place "called" by someone
    ("Germany vetoed a new EU fishing quota at a summit in Brussels on Friday.", "2023-05-08", "04"),
    ("A blogger was sentenced to five years in prison by a court in Tashkent on Friday. His lawyer said he would "
     "appeal.", "2023-05-08", "03"),
    ("Pakistan said on Thursday its air force had shot down two Indian jets inside its airspace, a day after Indian "
     "aircraft struck what New Delhi called a militant training camp in Bahawalpur.", "2023-05-08", "11"),
    # the purpose of a summons, the reason for an expulsion, what was agreed before
    ("The Sudanese foreign ministry on Monday summoned a senior Kenyan diplomat to protest remarks by Nairobi on the "
     "war.", "2023-05-08", "14"),
    ("Prague ordered five Russian diplomats to leave within a week, retaliating for a similar move by Moscow.",
     "2023-05-08", "19"),
    ("'This is a betrayal of everything we agreed,' Colombia's president said of the ELN rebels' attack on an army "
     "base in Arauca, which killed four soldiers.", "2023-05-08", "13"),
    # what one is unable to do; the words said with an accusation are the accusation
    ("Britain halted 50 million pounds in aid to Mali on Friday, saying it was 'unable to continue' cooperation with "
     "the junta.", "2023-05-08", "06"),
    ("Denmark accused Moscow of trying to meddle in its election, saying Russian funding for fringe parties amounted "
     "to interference.", "2023-05-08", "111"),
    # a team threatening a goal; talk dismissed as invention is a denial; a joke
    ("Japan's attack finally broke through in the 70th minute, and the striker sealed a 2-0 win over Iran with a "
     "volley. Iran, who had defended deep for an hour, rarely threatened the Japanese goal.", "2020-05-01", ""),
    ("Israel's military dismissed talk of a rift with Washington as \"pure invention\".", "2020-05-01", ""),
    ("The Berlin Film Festival opened on Thursday with a comedy in which a rogue admiral plots a missile strike on "
     "Moscow. Critics praised the cast, while the director joked that he had 'declared war' on Hollywood cliches.",
     "2023-05-08", ""),
    # doctors advising their own town's residents
    ("A heatwave pushed temperatures in Karachi above 45C for a second day, and doctors urged residents to stay "
     "indoors in the afternoon.", "2020-05-01", ""),
])
def test_session22_not_read_so(code_text, text, date, unwanted):
    _assert_not_read_as(code_text, text, date, unwanted)


def test_session22_a_war_fought_between_bare_years_is_background(code_text):
    # "from 1941 to 1942": years the tagger takes for numbers still date the war
    doc = code_text("Peru and Ecuador fought a border war from 1941 to 1942 that killed hundreds of soldiers.",
                    "2020-05-01")
    wars = [e for e in doc.events if e.root == "19"]
    assert wars and all(doc.long_past(e) for e in wars), [(e.cameo, doc.long_past(e)) for e in wars]


def test_session22_a_deed_dated_by_its_name_is_background(code_text):
    # "the 1999 bombing, in which NATO aircraft killed hundreds": dated 1999, so not today's news
    doc = code_text("Serbia's parliament adopted a resolution on Thursday marking the 1999 bombing, in which NATO "
                    "aircraft killed hundreds of civilians.", "2023-05-08")
    assert doc.error is None, doc.error
    killings = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert killings and all(doc.long_past(e) for e in killings), [(e.cameo, doc.long_past(e)) for e in killings]


def test_session22_two_acts_of_four_sides_are_eight_events(code_text):
    # each of the two acts keeps one event per side it names (max_events_per_sentence is 8)
    got = _codes(code_text, "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar "
                            "on Monday, accusing Doha of backing terrorism.", "2023-05-08")
    for src in ("SAU", "ARE", "BHR", "EGY"):
        assert (src, "QAT", "161") in got and any(c[:2] == (src, "QAT") and c[2][:2] == "11" for c in got), got


# session 23: rules read on the development sets Z108 to Z115
@pytest.mark.parametrize("text, date, expected", [
    # arms sent or approved ("air defence systems", "a security package"); an intent of three named sides
    ("Denmark, Estonia and Latvia said on Tuesday they would send more air defence systems to Ukraine before winter.",
     "2023-10-10", {("DNK", "UKR", "03"), ("EST", "UKR", "03"), ("LVA", "UKR", "03")}),
    ("Washington approved a $300 million security package for Kyiv on Thursday, the Pentagon said.", "2023-10-10",
     {("USA", "UKR", "072")}),
    # a court placed by the town near it, in the passive
    ("A Canadian engineer was sentenced to six years in prison by a court near Beijing on Monday.", "2023-10-10",
     {("CHN", "CAN", "116")}),
    # "It" at the head of a new sentence is who told the last one, not whom it told of
    ("The WHO said on Monday that Syria had expelled two of its staff. It called the move regrettable and urged "
     "Damascus to reconsider.", "2023-10-10", {("IGOWHO", "SYR", "02")}),
    # extradited from one state to another; to one, by the person's own (the second a guard: right at the start)
    ("A wanted arms dealer was extradited from Thailand to the United States on Friday.", "2023-10-10",
     {("THA", "USA", "063")}),
    ("A Mexican drug lord was extradited to the United States on Friday.", "2023-10-10", {("MEX", "USA", "063")}),
    # tear gas fired at protesters in the passive: by the police there
    ("Tear gas was fired at hundreds of protesters in Dakar on Friday.", "2023-10-10", {("SEN", "SEN", "175")}),
    # own forces put on alert: a show of force aimed at the other state named, else at no one
    ("Estonia put its border guard on heightened alert on Friday after a surge of migrants crossing from Russia.",
     "2023-10-10", {("EST", "RUS", "152")}),
    # a barrage denounced is its firer's; a deed named by a reduced relative clause
    ("Russia fired dozens of missiles at Lviv overnight. Ukraine's president denounced the barrage as terror.",
     "2023-10-10", {("UKR", "RUS", "111")}),
    ("London said it would send 1,000 more troops to Latvia, a move Moscow called provocative.", "2023-10-10",
     {("RUS", "GBR", "111")}),
    ("Serbia's president met Xi Jinping in Beijing on Tuesday, a trip criticised by the European Union's foreign "
     "policy chief.", "2023-10-10", {("IGOEUR", "SRB", "111")}),
    ("Vanuatu signed a policing pact with China on Monday, a move quickly criticised by Canberra and Wellington.",
     "2023-10-10", {("AUS", "VUT", "111"), ("NZL", "VUT", "111")}),
    # force promised in quoted words: at the condition's side, the ones warned, the words' aim, the one side named
    ("'Any attack on our ships will be met with a crushing response,' Venezuela's navy commander said on Monday, in "
     "remarks aimed at Guyana.", "2023-10-10", {("VEN", "GUY", "13")}),
    ("'Any foreign troops sent to Moldova will become legitimate targets for our army,' the Kremlin spokesman told "
     "reporters on Monday.", "2023-10-10", {("RUS", "MDA", "13")}),
    ("Ankara will use force if necessary to stop Greek survey ships from entering its waters, the defence minister said "
     "on Saturday.", "2023-10-10", {("TUR", "GRC", "13")}),
    ("'Any vessel that enters our waters without permission will be treated as hostile,' the commander of China's navy "
     "said on Sunday, in a warning aimed at Philippine ships.", "2023-10-10", {("CHN", "PHL", "13")}),
    ("The US president said on Tuesday that Washington would \"totally destroy\" Iran if forced to defend itself or "
     "its allies.", "2023-10-10", {("USA", "IRN", "13")}),
    # the parser may join the teller's verb to the quoted one; a breach told is a charge; accused in the passive by
    # those who acted on them
    ("'If Azerbaijani troops fire on our border villages again, we will respond with full force,' Armenia's defence "
     "minister said on Monday.", "2023-10-10", {("ARM", "AZE", "13")}),
    ("North Korea fired a ballistic missile on Thursday. Japan said the launch violated several UN Security Council "
     "resolutions.", "2023-10-10", {("JPN", "PRK", "112")}),
    ("Two Chinese diplomats were expelled by Estonia and Latvia on Friday, accused of working for Beijing's "
     "intelligence services.", "2023-10-10", {("EST", "CHN", "11"), ("LVA", "CHN", "11")}),
    # "the North" before the sentence names a Korea
    ("The North blew up the inter-Korean liaison office in Kaesong on Tuesday, Seoul's unification ministry said.",
     "2023-10-10", {("PRK", "KOR", "17")}),
])
def test_session23_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


@pytest.mark.parametrize("text, date, unwanted", [
    # talks denied; claims rejected (the parser may take "claims" for a verb)
    ("Islamabad denied on Friday that any talks had taken place between Pakistani and Afghan security officials in "
     "Doha.", "2023-10-10", ""),
    ("Pakistan's military said on Wednesday its aircraft had not entered Afghan airspace, rejecting Taliban claims "
     "that Pakistani jets had bombed villages in Khost province.", "2023-10-10", "19"),
    # protesters defying a curfew are protesting; "provided" told as a condition
    ("Thousands of protesters defied a curfew and marched on the presidential palace in Dhaka on Monday.", "2023-10-10",
     "128"),
    ("Tehran said on Monday it was ready to resume indirect talks with Washington, provided the lifting of sanctions "
     "was on the table.", "2023-10-10", "07"),
    # attending a summit is no meeting (and here the meeting is negated)
    ("The presidents of Kazakhstan and Kyrgyzstan both attended the Eurasian Economic Union summit in Minsk on Friday "
     "but did not hold a bilateral meeting, officials said.", "2023-10-10", "04"),
    # missiles intercepted are a defence, no show of force; a novel praised is a review
    ("Iran fired missiles at a US base in Qatar on Monday, but Qatari air defences intercepted most of them.",
     "2023-10-10", "15"),
    ("A Kenyan novel won a leading literary prize in London on Tuesday, with judges praising its portrayal of a family "
     "torn apart by war.", "2023-10-10", ""),
])
def test_session23_not_read_so(code_text, text, date, unwanted):
    _assert_not_read_as(code_text, text, date, unwanted)


def test_session23_sides_named_together_do_not_act_on_each_other(code_text):
    got = _codes(code_text, "The United States, Britain and Canada imposed sanctions on senior Myanmar officials on "
                            "Monday, freezing their assets.", "2023-10-10")
    assert ("GBR", "MMR", "163") in got and not any(c[:2] in (("GBR", "USA"), ("CAN", "USA")) for c in got), got
    # a shared act still is: blame traded
    got = _codes(code_text, "Russia and Ukraine traded blame on Tuesday for the attack on the dam.", "2023-10-10")
    assert any(c[:2] == ("RUS", "UKR") for c in got) and any(c[:2] == ("UKR", "RUS") for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # the doer of what a threatened force answers; force vowed by not hesitating
    ("The Serbian president warned on Monday that his army would respond with force to any provocation by Kosovo "
     "along the boundary.", "2023-10-10", {("SRB", "XKX", "13")}),
    ("Beijing will not hesitate to use force if anyone tries to separate Taiwan from China, the defence minister told "
     "a forum in Singapore on Saturday.", "2023-10-10", {("CHN", "TWN", "13")}),
    # a sum "in aid for" a country; doses of vaccine sent
    ("The Pentagon on Friday approved $250 million in military aid for Ukraine, including air defence interceptors.",
     "2023-10-10", {("USA", "UKR", "07")}),
    ("Japan said on Tuesday it would send 2 million doses of vaccine to Indonesia next month.", "2023-10-10",
     {("JPN", "IDN", "03")}),
    # a country's name is not a town's other name (Serbia's Indjija is also written "India")
    ("Islamabad on Wednesday decided to suspend bilateral trade with India.", "2023-10-10", {("PAK", "IND", "16")}),
    # talks with the host during a visit are the host's reception of the guest
    ("The Kenyan president arrived in Kampala on Monday for talks with President Yoweri Museveni.", "2023-10-10",
     {("KEN", "UGA", "042"), ("UGA", "KEN", "043")}),
    ("Japan's prime minister arrived in Hanoi on Saturday and met his Vietnamese counterpart.", "2023-10-10",
     {("JPN", "VNM", "042"), ("VNM", "JPN", "043")}),
    # an arms sale approved; a threat aimed at whoever the condition of the threatened act names
    ("The State Department approved a possible $300 million sale of anti-tank missiles to Taiwan on Friday.",
     "2023-10-10", {("USA", "TWN", "06")}),
    ("The Turkish president threatened on Thursday to send millions of migrants to Europe if European Union "
     "governments kept criticising his policy in Syria.", "2023-10-10", {("TUR", "IGOEUR", "13")}),
    # a described territory is the place named before ("the enclave")
    ("The Egyptian president received the Palestinian president in Cairo on Sunday for talks on Gaza. He pledged to "
     "send more medical supplies to the enclave's hospitals.", "2023-10-10", {("EGY", "PSE", "03")}),
])
def test_session24_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


@pytest.mark.parametrize("text, date, unwanted", [
    # talks with no interest in them, talks pulled out of, an agreement the teller failed to reach with others
    ("Pyongyang said on Tuesday it had no interest in any talks with Tokyo.", "2023-10-10", "04"),
    ("The Armenian and Azerbaijani foreign ministers did not meet in Moscow on Friday after Baku pulled out of the "
     "talks at the last minute.", "2023-10-10", "08"),
    ("Egypt, Ethiopia and Sudan failed to reach an agreement on the dam after three days of talks, Egypt's foreign "
     "ministry said on Tuesday.", "2023-10-10", "11"),
    # a quiet night given is no concession; a title defended in the ring, a weak market blamed
    ("Kyiv's air force said no Russian drones had been launched overnight, giving the capital its first quiet night "
     "in more than two weeks.", "2023-10-10", "08"),
    ("Britain's Daniel Dubois defended his heavyweight titles against Ukraine's Oleksandr Usyk in Wembley on "
     "Saturday.", "2023-10-10", "05"),
    ("Apple reported a drop in quarterly revenue on Tuesday, blaming weak demand in China.", "2023-10-10", "11"),
    # what a rejected request asks for, what other governments are urged to follow, protests since when arrests began
    ("Brazil's president said on Monday he had turned down a German request to supply tank ammunition to Ukraine, "
     "adding that Brazil wanted no part in the war.", "2023-10-10", "07"),
    ("More than 500 people have been arrested in Iran since protests over fuel prices erupted last week, the judiciary "
     "said on Tuesday.", "2023-10-10", "14"),
    # a disaster kills no one by anyone's deed; the help pledged is the pledge, not a show of force
    ("Landslides set off by heavy monsoon rains buried villages in Nepal's Gorkha district on Monday, killing at "
     "least 40 people, as soldiers searched the mud for survivors.", "2023-10-10", ""),
    ("The Peruvian president visited Quito on Tuesday for talks with his Ecuadorean counterpart. He pledged to help "
     "his neighbour tighten border security against drug-trafficking gangs.", "2023-10-10", "15"),
])
def test_session24_not_read_so(code_text, text, date, unwanted):
    _assert_not_read_as(code_text, text, date, unwanted)


def test_session24_following_suit_when_urged_is_only_urged(code_text):
    got = _codes(code_text, "The Irish prime minister said Dublin would recognise a Palestinian state next week. He "
                            "urged other European Union governments to follow suit.", "2023-10-10")
    assert [c for c in got if c[2].startswith("02")] == [("IRL", "IGOEUR", "020")], got


def test_session24_a_year_told_of_the_act_forced_dates_the_forcing(code_text):
    doc = code_text("Zimbabwe's president, who came to power after the army forced Robert Mugabe to resign in 2017, "
                    "pardoned 3,000 prisoners on Wednesday.", "2018-03-22")
    forced = [e for e in doc.events if e.cameo.startswith("17")]
    assert forced and all(doc.long_past(e) for e in forced), [(e.cameo, e.date) for e in doc.events]


def test_session24_truce_between_two_sides_and_a_government_pulling_out(code_text):
    # a truce between two sides agreed or brokered is their act, both ways, beside the broker's mediation
    got = _codes(code_text, "Qatar brokered a ceasefire between Rwanda and Congo on Tuesday, under which neither "
                            "side would attack the other.", "2023-10-10")
    assert ("RWA", "COD", "0871") in got and ("COD", "RWA", "0871") in got, got
    got = _codes(code_text, "A truce between Armenia and Azerbaijan was agreed late on Tuesday after a week of "
                            "fighting, Russia's foreign ministry said.", "2023-10-10")
    assert ("ARM", "AZE", "0871") in got, got
    # (a truce still to be mediated is not one)
    got = _codes(code_text, "Egypt said on Thursday it was ready to mediate a longer truce between Israel and Hamas.",
                 "2023-10-10")
    assert not any(c[2].startswith("087") for c in got), got
    # a government pulling out, with no troops and no place left, leaves talks, not a battlefield
    got = _codes(code_text, "No talks were held between the two delegations in Geneva on Thursday after Baku pulled "
                            "out at the last minute.", "2023-10-10")
    assert not any(c[2].startswith("087") for c in got), got
    got = _codes(code_text, "Russian troops pulled out of the town of Lyman on Saturday.", "2023-10-10")
    assert any(c[2] == "0874" for c in got), got


def test_session24_a_title_placed_by_its_adjective_is_the_person_he_refers_to(code_text):
    got = _codes(code_text, "'If Washington sends long-range missiles to Kyiv, we will respond with all the means at "
                            "our disposal,' Russian Deputy Foreign Minister Sergei Ryabkov told reporters on Thursday. "
                            "He also criticised the European Union for what he called reckless arms deliveries.",
                 "2023-10-10")
    assert any(c[0] == "RUS" and c[2].startswith("11") for c in got), got
    assert not any(c[0] == "USA" and c[2].startswith("11") for c in got), got


def test_session24_a_deed_named_with_its_doer_after_by_and_a_vow_drawn(code_text):
    # "the expulsion of X by Poland": the doer named by "by", even when the parser hangs it on the "of" noun
    got = _codes(code_text, "The expulsion of four Russian diplomats by Estonia, announced on Monday, drew sharp "
                            "criticism in Moscow.", "2023-10-10")
    assert any(c[:2] == ("EST", "RUS") and c[2][:2] in ("16", "17") for c in got), got
    # a vow of retaliation drawn from someone is that one's threat
    got = _codes(code_text, "Washington approved a $500 million arms package for Taipei on Friday, drawing a vow of "
                            "'resolute countermeasures' from Beijing.", "2023-10-10")
    assert ("CHN", "USA", "130") in got, got


def test_session24_a_firm_pulling_out_of_talks_is_business(code_text):
    got = _codes(code_text, "Volkswagen has pulled out of talks with Renault on jointly developing a low-cost electric "
                            "car, the German carmaker said on Friday.", "2023-10-10")
    assert got == [], got


@pytest.mark.parametrize("text, date, expected", [
    # a third side's verdict in a free relative stays its statement (a guard: so it was before session 25); a
    # condemnation aimed by "what X called ... by Y"
    ("Ethiopian soldiers burned villages across Tigray, in what the UN human rights chief called a campaign of "
     "terror.", "2024-05-06", {("IGOUNO", "ETH", "11")}),
    ("The Vietnamese foreign ministry condemned what it called aggressive manoeuvres by Chinese survey ships near "
     "the Spratly Islands.", "2024-05-06", {("VNM", "CHN", "111")}),
    # force on, or aid sent to, no actor named falls on the people of the place
    ("Ankara sent three planes loaded with tents and blankets to Benghazi on Tuesday.", "2024-05-06",
     {("TUR", "LBY", "07")}),
    # each side a threat's condition names
    ("Pyongyang warned on Monday that it would take strong countermeasures if Washington and Tokyo went ahead with "
     "their naval drills.", "2024-05-06", {("PRK", "USA", "13"), ("PRK", "JPN", "13")}),
    # a call the parser reads as a name given; a visit told as "on his visit", "wrapping up a visit"
    ("The Japanese prime minister called Indian Prime Minister Narendra Modi on Tuesday.", "2024-05-06",
     {("JPN", "IND", "041"), ("IND", "JPN", "041")}),
    ("The Brazilian president was on his first visit to Angola in a decade.", "2024-05-06", {("BRA", "AGO", "042")}),
    ("The German chancellor, wrapping up a visit to Nigeria on Friday, said Berlin would fund new power plants.",
     "2024-05-06", {("DEU", "NGA", "042")}),
    # a national's detention in a foreign place is that state's deed
    ("Canberra on Monday condemned the detention of an Australian writer in Beijing.", "2024-05-06",
     {("AUS", "CHN", "111")}),
    # military aircraft sent into another state's air defence zone
    ("Russia sent 20 military aircraft into Japan's air defence zone on Tuesday, Tokyo said.", "2024-05-06",
     {("RUS", "JPN", "15")}),
    # the decision told as the news is the act decided
    ("Oslo's decision to expel fifteen Russian diplomats drew an angry response from Moscow on Wednesday.",
     "2024-05-06", {("NOR", "RUS", "17")}),
])
def test_session25_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


@pytest.mark.parametrize("text, date, unwanted", [
    # naming by the acting side itself is no statement
    ("The UN chief urged restraint after Indian strikes on what New Delhi called terrorist camps in Pakistan.",
     "2024-05-06", "11"),
    ("Algeria's president warned on Sunday that his army would intervene directly in Mali if Russian-backed "
     "government forces advanced on the northern town of Kidal, which he called a red line for Algerian security.",
     "2024-05-06", "02"),
    # rumours, the means of a guessed act, trips not made
    ("Rumours spread through Moscow that the defence minister had been arrested, but officials gave no confirmation.",
     "2024-05-06", ""),
    ("The Indian prime minister will not travel to Beijing for the summit, his office said on Monday.", "2024-05-06",
     "12"),
    # stock indexes, a pop star's tour, tennis and chess
    ("Seoul's Kospi retreated on Tuesday while shares in Hong Kong were battered by property worries.", "2024-05-06",
     ""),
    ("The British rock band's tour stormed into Munich on Saturday.", "2024-05-06", ""),
    ("Spain's Carlos Alcaraz crushed Germany's Alexander Zverev in straight sets on Sunday, breaking serve five "
     "times.", "2024-05-06", ""),
    ("India's Gukesh attacked on the queenside for hours before China's Ding Liren offered a draw in Singapore.",
     "2024-05-06", ""),
    # a condition insisted on is not done; an act told as alleged is a charge, not news
    ("Pyongyang rejected the proposal on Sunday, insisting that Washington first lift all sanctions.", "2024-05-06",
     "08"),
    ("A Syrian drone was shot down by Israeli jets on Tuesday after it allegedly entered Israeli airspace.",
     "2024-05-06", "15"),
])
def test_session25_not_read_so(code_text, text, date, unwanted):
    _assert_not_read_as(code_text, text, date, unwanted)


def test_session25_a_junta_is_the_military_told_of_not_the_summit_host(code_text):
    got = _codes(code_text, "ASEAN leaders meeting in Jakarta on Tuesday called on Myanmar's military to end air "
                            "strikes. The bloc also urged the junta to free political prisoners.", "2024-05-06")
    appeals = [c for c in got if c[2].startswith("02")]
    assert len(appeals) == 2 and all(c[1] == "MMR" for c in appeals), got


def test_session25_the_harm_a_told_attack_did_is_the_attackers(code_text):
    # not the teller's: "Lebanese state media said ..., killing three people"
    got = _codes(code_text, "Lebanese state media said Israeli drones struck a house near Tyre on Monday, killing three "
                            "people.", "2024-05-06")
    assert got and all(c[0] == "ISR" for c in got), got
    # the means of an act analysts guess at are guessed too
    got = _codes(code_text, "Kenyan troops killed 20 al-Shabaab fighters near Lamu on Sunday. Analysts warned the "
                            "militants might try to hit back by attacking border villages.", "2024-05-06")
    assert got and all(c[0] == "KEN" for c in got), got


def test_session25_freezing_participation_in_a_bloc_reduces_relations(code_text):
    got = _codes(code_text, "Mali has frozen its participation in the Economic Community of West African States, the "
                            "junta said on Thursday.", "2024-05-06")
    assert any(c[0] == "MLI" and (c[1] or "").startswith("IGO") and c[2].startswith("16") for c in got), got


@pytest.mark.parametrize("text, date, expected", [
    # the condition the parser hangs on the telling still names each side of the threat
    ("Iran will respond with 'crushing force' if the United States and Israel go ahead with their planned strikes, a "
     "defence ministry spokesman in Tehran was quoted as saying by the state news agency IRNA.", "2024-05-06",
     {("IRN", "USA", "13"), ("IRN", "ISR", "13")}),
    # a strike named as the subject falls on the state of the place it hit; an arrest with no doer named is the
    # state's of the place it was made in
    ("Monday's Ukrainian drone strike on an oil depot in Russia's Bryansk region caused a large fire, the governor "
     "said.", "2024-05-06", {("UKR", "RUS", "19")}),
    ("The arrest of a French aid worker in Tehran last month was described by her family as arbitrary.", "2024-05-06",
     {("IRN", "FRA", "17")}),
    # a promise to reply in kind to an expulsion is a threat
    ("Moscow promised to reply in kind after Latvia expelled three Russian diplomats on Friday.", "2024-05-06",
     {("RUS", "LVA", "13")}),
    # an organisation's envoy named in apposition is the organisation's
    ("The UN special envoy for Yemen, Hans Grundberg, who arrived in Riyadh on Sunday, was received by Saudi Foreign "
     "Minister Faisal bin Farhan.", "2024-05-06", {("IGOUNO", "SAU", "042")}),
    # each go-between named mediates
    ("Armenia and Azerbaijan agreed on Sunday to a prisoner exchange after talks mediated by Russia and Iran.",
     "2024-05-06", {("RUS", "ARM", "045"), ("IRN", "ARM", "045"), ("IRN", "AZE", "045")}),
    # whoever hosts talks between two sides mediates
    ("Sudan's army and the Rapid Support Forces agreed to a week-long truce at talks in Jeddah on Saturday hosted by "
     "Saudi Arabia's foreign minister.", "2024-05-06", {("SAU", "SDN", "045")}),
    # a region's ministers are its bloc; leaders "meeting in" a place are still the subject
    ("Southeast Asian foreign ministers urged Beijing on Friday to speed up talks on a code of conduct.",
     "2024-05-06", {("IGOSEA", "CHN", "02")}),
    ("African Union leaders meeting in Addis Ababa urged Sudan's army on Sunday to accept a ceasefire.", "2024-05-06",
     {("IGOAFU", "SDN", "02")}),
    # a guest received beside another act still visits
    ("The Egyptian president received his Kenyan counterpart in Cairo on Monday and praised Nairobi's role in "
     "Somalia.", "2024-05-06", {("EGY", "KEN", "043"), ("KEN", "EGY", "042")}),
    # a call beside another act is still both sides'
    ("The Indian prime minister spoke by telephone with the Sri Lankan president on Thursday and pledged support for "
     "the island's economic recovery.", "2024-05-06", {("IND", "LKA", "041"), ("LKA", "IND", "041")}),
])
def test_session25_second_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


def test_session25_signings_are_both_sides_but_the_deals_stay_the_signers(code_text):
    got = _codes(code_text, "Morocco and Sudan signed agreements restoring ties with Israel on Monday. Algeria "
                            "denounced the deals as a betrayal.", "2024-05-06")
    assert {("ISR", "MAR", "057"), ("MAR", "ISR", "057"), ("ISR", "SDN", "057"), ("SDN", "ISR", "057")} <= set(got)
    assert {c[1] for c in got if c[0] == "DZA"} == {"MAR", "SDN"}, got


@pytest.mark.parametrize("text, date, expected", [
    # the act "a day after" which the news came is news too
    ("Ankara summoned the Greek ambassador on Tuesday, a day after Athens expelled a Turkish diplomat.", "2024-05-07",
     {("TUR", "GRC", "114"), ("GRC", "TUR", "17")}),
    # "its neighbour" named only after it
    ("Armenia accused its neighbour on Monday of shelling border villages, saying Baku was trying to wreck the peace "
     "talks.", "2024-05-06", {("ARM", "AZE", "112")}),
    # verdicts the tokenizer splits or idioms tell
    ("Italy and Spain expelled several Russian diplomats this week. The Russian foreign ministry called the "
     "expulsions a short-sighted step.", "2024-05-06", {("RUS", "ITA", "111")}),
    ("Berlin said on Thursday it would send more tanks to Kyiv. The Kremlin called the decision 'adding fuel to the "
     "fire'.", "2024-05-06", {("RUS", "DEU", "111")}),
])
def test_session25_third_readings(code_text, text, date, expected):
    _assert_read_as(code_text, text, date, expected)


def test_session25_an_act_a_day_before_the_news_is_dated_so(code_text):
    doc = code_text("Ankara summoned the Greek ambassador on Tuesday, a day after Athens expelled a Turkish diplomat.",
                    "2024-05-07")
    expelled = [e for e in doc.events if e.source.country == "GRC"]
    assert expelled and expelled[0].date == "2024-05-06", [(e.cameo, e.date) for e in doc.events]
    # an anniversary's act stays history
    got = _codes(code_text, "Ten years after Russia annexed Crimea, the anniversary passed quietly in Kyiv on "
                            "Monday.", "2024-03-18")
    assert not any(c[2].startswith("19") for c in got), got
