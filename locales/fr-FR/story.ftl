### Spearhead: story.ftl in fr-FR, translated from en-US.
### Each message not translated yet is a comment block ending in `# untranslated: ID`:
### replace that line with `ID = your translation` and keep the comments above it
### (`# source:` is the text you translate, `# source-hash:` tells `spearhead locale
### status` which version of it you translated). `spearhead locale update fr-FR`
### brings in the story's changes.

## Characters

# character `anju`
# source-hash: cbbfd24e
# source: Anju
character-anju = Anju

# character `annette`
# source-hash: e2655040
# source: Annette
character-annette = Annette

# character `battery`
# source-hash: 0e80cfb4
# source: Battery Four
character-battery = Batterie Quatre

# character `board`
# source-hash: 53db6a29
# source: The Board
character-board = Le Conseil

# character `broadcast`
# source-hash: 4dd30264
# source: Broadcast
character-broadcast = Radio

# character `clerk`
# source-hash: cc2dd686
# source: Records Clerk
character-clerk = Archiviste

# character `duval`
# source-hash: be0fa638
# source: Captain Duval
character-duval = Capitaine Duval

# character `ezra`
# source-hash: 7cf7d80e
# source: Ezra
character-ezra = Ezra

# character `hq`
# source-hash: c7a9cbe7
# source: HQ Control
character-hq = Contrôle QG

# character `kaie`
# source-hash: ab6a071e
# source: Kaie
character-kaie = Kaie

# character `karlstahl`
# source-hash: d6a84430
# source: Karlstahl
character-karlstahl = Karlstahl

# character `kurena`
# source-hash: ef784da6
# source: Kurena
character-kurena = Kurena

# character `lena`
# source-hash: a7b065d6
# source: Lena
character-lena = Lena

# character `mattie`
# source-hash: d895b546
# source: Mattie
character-mattie = Mattie

# character `noor`
# source-hash: c906d4f2
# source: Noor
character-noor = Noor

# character `pim`
# source-hash: 73ff6a6c
# source: Pim
character-pim = Pim

# character `raiden`
# source-hash: d6dceccc
# source: Raiden
character-raiden = Raiden

# character `sasha`
# source-hash: ae2b30a4
# source: Sasha
character-sasha = Sasha

# character `shin`
# source-hash: b0ee15c2
# source: Shin
character-shin = Shin

# character `theo`
# source-hash: b76601aa
# source: Theo
character-theo = Theo

# character `tobiah`
# source-hash: 5329889c
# source: Tobiah
character-tobiah = Tobiah

# character `yuna`
# source-hash: 08bebfc0
# source: Yuna
character-yuna = Yuna

## Chapters

# ch01_handler.vn:68 · chapter `ch1`
# source-hash: 45ab9c7d
# source: The Handler
chapter-ch1 = Le Handler

# ch02_names.vn:5 · chapter `ch2`
# source-hash: 8ff7d483
# source: Names
# untranslated: chapter-ch2

# ch03_kirschbluete.vn:5 · chapter `ch3`
# source-hash: 26d07d30
# source: Kirschblüte
# untranslated: chapter-ch3

# ch04_walls.vn:5 · chapter `ch4`
# source-hash: b3257bff
# source: The Walls
# untranslated: chapter-ch4

# ch05_festival.vn:6 · chapter `ch5`
# source-hash: afffabbe
# source: Festival Night
# untranslated: chapter-ch5

# ch06_order.vn:17 · chapter `ch6`
# source-hash: 630f2262
# source: The Order
# untranslated: chapter-ch6

# ch07_standing.vn:15 · chapter `ch7`
# source-hash: 210f4eba
# source: Standing
# untranslated: chapter-ch7

# ch08_last_week.vn:13 · chapter `ch8`
# source-hash: ea6b1dd4
# source: The Last Week
# untranslated: chapter-ch8

# ch09_east.vn:11 · chapter `ch9`
# source-hash: 5f5ee69b
# source: East
# untranslated: chapter-ch9

# ch10_endings.vn:4 · chapter `ch10`
# source-hash: 30b60e46
# source: Endings
# untranslated: chapter-ch10

## Endings

# ending `past_the_walls`
# source-hash: f32fe46c
# source: Past the Walls
# untranslated: ending-past_the_walls

# ending `past_the_walls`, description
# source-hash: 8db771fe
# source: She promised to come and find them, past the walls. She keeps her promises.
# untranslated: ending-past_the_walls-description

# ending `voice_inside`
# source-hash: 4bb978dc
# source: A Voice Inside the Walls
# untranslated: ending-voice_inside

# ending `voice_inside`, description
# source-hash: 282c1c9c
# source: Spearhead went beyond her reach. She stayed, and made the Republic say their names.
# untranslated: ending-voice_inside-description

# ending `twelve_names`
# source-hash: db72c23d
# source: Twelve Names
# untranslated: ending-twelve_names

# ending `twelve_names`, description
# source-hash: aea24848
# source: The march ended in the east. She cut their names herself, because nobody else would.
# untranslated: ending-twelve_names-description

# ending `static`
# source-hash: 8671fc2c
# source: Static
# untranslated: ending-static

# ending `static`, description
# source-hash: c16f7522
# source: The link thinned at the edge of its range, and then there was only static.
# untranslated: ending-static-description

# ending `out_of_uniform`
# source-hash: 133d8e48
# source: Out of Uniform
# untranslated: ending-out_of_uniform

# ending `out_of_uniform`, description
# source-hash: 81559cdb
# source: The Republic took her post before the end. It could not take the names.
# untranslated: ending-out_of_uniform-description

# ending `warm_snow`
# source-hash: 3a0bf2c1
# source: Warm Snow
# untranslated: ending-warm_snow

# ending `warm_snow`, description
# source-hash: bc346ff3
# source: She heard the one voice in the east that remembered her, and answered it.
# untranslated: ending-warm_snow-description

## Music

# music track `battle`, as the music room names it
# source-hash: 612a616a
track-battle = Combat

# music track `front_theme`, as the music room names it
# source-hash: 6a0b037d
track-front_theme = Thème du front

# music track `night`, as the music room names it
# source-hash: d68c21e8
track-night = Nuit

# music track `republic_theme`, as the music room names it
# source-hash: 26df1adb
track-republic_theme = Thème de la République

# music track `sorrow`, as the music room names it
# source-hash: 334b870e
track-sorrow = Chagrin

# music track `tension`, as the music room names it
# source-hash: d8a68288
track-tension = Tension

# music track `title`, as the music room names it
# source-hash: b5987d98
track-title = Titre

## Scene republic.first_day

# ch01_handler.vn:70 · scene `republic.first_day` title
# source-hash: 6ec83f0f
# source: Zero Casualties
scene-republic-first_day = Zéro victime

# ch01_handler.vn:74 · republic.first_day · narration
# source-hash: b6a4582e
# source: Morning in the First Sector came in through tall windows and landed on clean things.
ch1_first_day_1 = Le matin, dans le Premier Secteur, entrait par de hautes fenêtres et se posait sur des choses propres.

# ch01_handler.vn:75 · republic.first_day · narration
# source-hash: 94c981a7
# source: A kettle. A pressed uniform over the back of a chair. A newspaper folded so that its headline faced up: NINTH YEAR OF DEFENCE, AND NOT ONE CITIZEN LOST.
ch1_first_day_2 = Une bouilloire. Un uniforme repassé sur le dossier d’une chaise. Un journal plié de sorte que son gros titre soit visible : NEUVIÈME ANNÉE DE DÉFENSE, ET PAS UN SEUL CITOYEN PERDU.

# ch01_handler.vn:76 · republic.first_day · broadcast
# source-hash: 9b759815
# source: ...and on the eastern line, the autonomous Juggernaut units repelled another Legion advance overnight.
ch1_first_day_3 = … et sur la ligne est, les unités autonomes Juggernaut ont repoussé cette nuit une nouvelle avancée de la Légion.

# ch01_handler.vn:77 · republic.first_day · broadcast
# source-hash: d71badb1
# source: The Ministry of Defence reminds citizens that, thanks to the Republic's unmanned doctrine, the war continues to cost no human lives.
ch1_first_day_4 = Le ministère de la Défense rappelle aux citoyens que, grâce à la doctrine sans pilote de la République, la guerre ne continue de coûter aucune vie humaine.

# ch01_handler.vn:79 · republic.first_day · narration
# source-hash: addee787
# source: Vladilena Mirize, major, nineteen years old, turned the radio off before the weather.
ch1_first_day_5 = Vladilena Mirize, commandante, dix-neuf ans, éteignit la radio avant la météo.

# ch01_handler.vn:80 · republic.first_day · lena
# source-hash: ea38c968
# source: No human lives.
ch1_first_day_6 = Aucune vie humaine.

# ch01_handler.vn:81 · republic.first_day · narration
# source-hash: 04e69d1f
# source: She said it to the empty kitchen the way you test a floorboard.
ch1_first_day_7 = Elle le dit à la cuisine vide, comme on éprouve une latte de plancher.

# ch01_handler.vn:82 · republic.first_day · lena (worried)
# source-hash: d524faec
# source: Then who presses the triggers?
ch1_first_day_8 = Alors qui appuie sur les détentes ?

# ch01_handler.vn:83 · republic.first_day · narration
# source-hash: cbddb703
# source: The kettle began to whistle. She let it, for a moment longer than she needed to.
ch1_first_day_24 = La bouilloire se mit à siffler. Elle la laissa faire, un peu plus longtemps que nécessaire.

# ch01_handler.vn:85 · republic.first_day · narration
# source-hash: c3b5343b
# source: The telephone rang before the tea was poured. There was only one person who telephoned at seven in the morning.
ch1_first_day_25 = Le téléphone sonna avant que le thé soit servi. Une seule personne téléphonait à sept heures du matin.

# ch01_handler.vn:86 · republic.first_day · lena
# source-hash: 290f01c9
# source: Good morning, Mother.
ch1_first_day_26 = Bonjour, maman.

# ch01_handler.vn:87 · republic.first_day · narration
# source-hash: cfdd6e3a
# source: Her mother had heard about the posting. Her mother heard about everything, usually before Lena did, usually from the wife of someone on the General Staff.
ch1_first_day_27 = Sa mère avait entendu parler de l’affectation. Sa mère entendait parler de tout, le plus souvent avant Lena, le plus souvent par l’épouse de quelqu’un de l’état-major.

# ch01_handler.vn:88 · republic.first_day · narration
# source-hash: ce1be3c6
# source: Was it true she had asked for a field command? Was it true it was the eastern front? Did she understand what people would say? There was a young man at the Ministry of Finance, a very good family, who had asked after her twice.
ch1_first_day_28 = Était-il vrai qu’elle avait demandé un commandement sur le terrain ? Était-il vrai que c’était le front est ? Se rendait-elle compte de ce que les gens allaient dire ? Il y avait un jeune homme au ministère des Finances, d’excellente famille, qui avait demandé deux fois de ses nouvelles.

# ch01_handler.vn:89 · republic.first_day · lena
# source-hash: 9b8da218
# source: It's a Handler posting, Mother. I'll be in an office in the First Sector. I'll be home for dinner every night.
ch1_first_day_29 = C’est un poste de Handler, maman. Je serai dans un bureau du Premier Secteur. Je rentrerai dîner tous les soirs.

# ch01_handler.vn:90 · republic.first_day · narration
# source-hash: 0572debd
# source: That was true, and it made her mother happy, and she hung up feeling as though she had told a lie.
ch1_first_day_9 = C’était vrai, cela rendit sa mère heureuse, et elle raccrocha avec le sentiment d’avoir menti.

# ch01_handler.vn:95 · republic.first_day · narration
# source-hash: d50bf466
# source: Army Headquarters smelled of floor polish and warm paper. Officers moved along the corridor in twos and threes, laughing about the festival preparations, about a restaurant on Rue Sainte-Lune, about nothing.
ch1_first_day_10 = Le quartier général de l’armée sentait l’encaustique et le papier tiède. Des officiers remontaient le couloir par deux ou par trois, riant des préparatifs de la fête, d’un restaurant de la rue Sainte-Lune, de rien du tout.

# ch01_handler.vn:97 · republic.first_day · duval
# source-hash: 5a1ba5fc
# source: Major Mirize. Congratulations, or condolences. I haven't decided which.
ch1_first_day_11 = Commandante Mirize. Félicitations, ou condoléances. Je n’ai pas encore décidé.

# ch01_handler.vn:99 · republic.first_day · lena
# source-hash: 5f32b0ca
# source: Good morning, Captain Duval. Which is it?
ch1_first_day_12 = Bonjour, capitaine Duval. Alors, lesquelles ?

# ch01_handler.vn:100 · republic.first_day · duval
# source-hash: df44bb23
# source: Your new posting came down. Spearhead Squadron, eastern front, first ward.
ch1_first_day_13 = Votre nouvelle affectation est tombée. Escadron Spearhead, front est, premier district.

# ch01_handler.vn:101 · republic.first_day · duval (smile)
# source-hash: 501117a2
# source: They've gone through four Handlers since spring. One asked for a transfer to the postal service. Said the radio kept him up at night.
ch1_first_day_14 = Ils ont usé quatre Handlers depuis le printemps. L’un d’eux a demandé sa mutation aux Postes. Il disait que la radio l’empêchait de dormir.

# ch01_handler.vn:102 · republic.first_day · lena
# source-hash: bce00aef
# source: The radio.
ch1_first_day_15 = La radio.

# ch01_handler.vn:103 · republic.first_day · duval
# source-hash: b15b720b
# source: The Para-RAID. Their captain's a Nouzen. The Processors call him the Reaper, if you can believe it. They give each other names like fighter pilots. It's almost sweet.
ch1_first_day_16 = Le Para-RAID. Leur capitaine est un Nouzen. Les Processeurs l’appellent le Faucheur, figurez-vous. Ils se donnent des surnoms comme des pilotes de chasse. C’en serait presque touchant.

# ch01_handler.vn:104 · republic.first_day · lena (angry)
# source-hash: 9c275ca1
# source: They are soldiers under our command. They can call each other what they like.
ch1_first_day_17 = Ce sont des soldats sous nos ordres. Ils peuvent s’appeler comme ils veulent.

# ch01_handler.vn:105 · republic.first_day · duval (surprised)
# source-hash: 1f4c115e
# source: Easy. I'm on your side. I'm just telling you what everyone knows.
ch1_first_day_18 = Doucement. Je suis de votre côté. Je vous dis seulement ce que tout le monde sait.

# ch01_handler.vn:106 · republic.first_day · duval
# source-hash: a1e66d8f
# source: Do your twenty minutes a day, log the sortie, go home. Nobody's going to ask for more than that.
ch1_first_day_19 = Faites vos vingt minutes par jour, consignez la sortie, rentrez chez vous. Personne ne vous en demandera davantage.

# ch01_handler.vn:107 · republic.first_day · lena
# source-hash: 453612a0
# source: Somebody should.
ch1_first_day_20 = Quelqu’un devrait.

# ch01_handler.vn:108 · republic.first_day · narration
# source-hash: 29914a4d
# source: Duval laughed, not unkindly, the way you laugh at a child who says she wants to be a lighthouse.
ch1_first_day_21 = Duval rit, sans méchanceté, comme on rit d’une enfant qui dit qu’elle veut devenir phare.

# ch01_handler.vn:109 · republic.first_day · duval
# source-hash: 3bf322ac
# source: Eighteen hundred hours, control room three. Good luck, Major.
ch1_first_day_22 = Dix-huit heures, salle de contrôle numéro 3. Bonne chance, commandante.

# ch01_handler.vn:111 · republic.first_day · narration
# source-hash: e16cf343
# source: Lena stood in the corridor a while after he had gone. Then she went down to the research wing, because the Para-RAID would need fitting, and because Annette would be there.
ch1_first_day_23 = Lena resta un moment dans le couloir après son départ. Puis elle descendit à l’aile de recherche, parce que le Para-RAID devait être ajusté, et parce qu’Annette y serait.

## Scene front.hangar

# ch01_handler.vn:115 · scene `front.hangar` title
# source-hash: a76cf97b
# source: Spearhead
scene-front-hangar = Spearhead

# ch01_handler.vn:118 · front.hangar · narration
# source-hash: 3406f0d6
# source: Two hundred kilometres east, behind a wall that appeared on no tourist map, fourteen Juggernauts sat in a hangar that had once been a grain store.
ch1_hangar_1 = Deux cents kilomètres plus à l’est, derrière un mur qui ne figurait sur aucune carte touristique, quatorze Juggernauts attendaient dans un hangar qui avait jadis servi de grenier à grain.

# ch01_handler.vn:121 · front.hangar · narration
# source-hash: 2185a54e
# source: The roof leaked over bay six. Nobody had been assigned bay six for a month.
ch1_hangar_2 = Le toit fuyait au-dessus de l’emplacement 6. Personne n’y avait été affecté depuis un mois.

# ch01_handler.vn:123 · front.hangar · theo
# source-hash: c5440546
# source: Quiet, everyone. The new Handler's file came in. I have read it. I have thoughts.
ch1_hangar_3 = Silence, tout le monde. Le dossier de la nouvelle Handler est arrivé. Je l’ai lu. J’ai des idées.

# ch01_handler.vn:125 · front.hangar · raiden
# source-hash: 8bda317e
# source: You read the name and the rank. That's all they send.
ch1_hangar_4 = Tu as lu le nom et le grade. C’est tout ce qu’ils envoient.

# ch01_handler.vn:126 · front.hangar · theo
# source-hash: 607da2c3
# source: And from those I have built a complete person. Major. So: old. Vladilena. So: very old, and rich, and owns a small dog that wears a coat.
ch1_hangar_5 = Et à partir de ça, j’ai reconstitué une personne entière. Commandante : donc vieille. Vladilena : donc très vieille, riche, avec un petit chien qui porte un manteau.

# ch01_handler.vn:128 · front.hangar · kaie
# source-hash: cc00cf39
# source: I'm opening the book. How long before this one quits? Three days pays two to one.
ch1_hangar_6 = J’ouvre les paris. Combien de temps avant que celle-là abandonne ? Trois jours, c’est coté deux contre un.

# ch01_handler.vn:129 · front.hangar · raiden (smile)
# source-hash: be9f5cb5
# source: Put me down for a week. The last one made it a week.
ch1_hangar_7 = Mets-moi une semaine. Le dernier a tenu une semaine.

# ch01_handler.vn:130 · front.hangar · kaie
# source-hash: 51963844
# source: The last one made it six days. I was there. I kept the book.
ch1_hangar_8 = Le dernier a tenu six jours. J’y étais. C’est moi qui tenais le carnet.

# ch01_handler.vn:131 · front.hangar · theo
# source-hash: d416d89e
# source: One day. She'll hear the first one and go home to her dog.
ch1_hangar_9 = Un jour. Elle entendra le premier et rentrera retrouver son chien.

# ch01_handler.vn:132 · front.hangar · raiden
# source-hash: f032bf17
# source: You said that about the last one.
ch1_hangar_23 = Tu as dit ça du dernier.

# ch01_handler.vn:133 · front.hangar · theo
# source-hash: 955a8e05
# source: And I was nearly right. I'm always nearly right. It's my gift.
ch1_hangar_24 = Et j’avais presque raison. J’ai toujours presque raison. C’est mon don.

# ch01_handler.vn:134 · front.hangar · kaie
# source-hash: 24e1f78a
# source: Theo's gift is being nearly right. Raiden's gift is being tall. Anju's gift is being nice to people who don't deserve it.
ch1_hangar_25 = Le don de Theo, c’est d’avoir presque raison. Celui de Raiden, c’est d’être grand. Celui d’Anju, c’est d’être gentille avec des gens qui ne le méritent pas.

# ch01_handler.vn:135 · front.hangar · anju
# source-hash: 44883090
# source: That's not a gift. That's a habit.
ch1_hangar_26 = Ce n’est pas un don. C’est une habitude.

# ch01_handler.vn:136 · front.hangar · kaie
# source-hash: b5328867
# source: And mine is keeping the book. Pay up in advance, please. Bullets, cigarettes or chocolate. No promises. I don't take promises.
ch1_hangar_27 = Et le mien, c’est de tenir le carnet. On paie d’avance, s’il vous plaît. Balles, cigarettes ou chocolat. Pas de promesses. Je ne prends pas les promesses.

# ch01_handler.vn:139 · front.hangar · kurena
# source-hash: 6ff87285
# source: I don't care how long she lasts. As long as she doesn't get in Shin's way.
ch1_hangar_10 = Je me fiche de combien de temps elle tiendra. Du moment qu’elle ne gêne pas Shin.

# ch01_handler.vn:140 · front.hangar · theo
# source-hash: 4b0c5c4d
# source: Kurena would like it recorded that she does not care, loudly.
ch1_hangar_11 = Kurena tient à ce qu’on note qu’elle s’en fiche. Bruyamment.

# ch01_handler.vn:141 · front.hangar · kurena (angry)
# source-hash: 154e45e2
# source: Theo.
ch1_hangar_12 = Theo.

# ch01_handler.vn:142 · front.hangar · narration
# source-hash: 5687b848
# source: Anju looked up from the engine housing she was cleaning, smiled at nobody in particular, and went back to it.
ch1_hangar_13 = Anju leva les yeux du carter qu’elle nettoyait, sourit à personne en particulier et s’y remit.

# ch01_handler.vn:145 · front.hangar · narration
# source-hash: 5788454f
# source: At the far end of the hangar, Shinei Nouzen was sitting on the step of his Juggernaut with a manual open on his knee. He had not turned a page in twenty minutes.
ch1_hangar_14 = Au fond du hangar, Shinei Nouzen était assis sur le marchepied de son Juggernaut, un manuel ouvert sur le genou. Il n’avait pas tourné une page en vingt minutes.

# ch01_handler.vn:147 · front.hangar · raiden
# source-hash: 909a30fb
# source: Shin. You putting money in?
ch1_hangar_15 = Shin. Tu mises ?

# ch01_handler.vn:148 · front.hangar · shin
# source-hash: 1c1b70c1
# source: No.
ch1_hangar_16 = Non.

# ch01_handler.vn:149 · front.hangar · raiden
# source-hash: ddba354c
# source: Any predictions?
ch1_hangar_17 = Un pronostic ?

# ch01_handler.vn:150 · front.hangar · shin
# source-hash: 28cc3a9c
# source: She'll connect at eighteen hundred. She'll ask for our positions. Then she'll stop connecting.
ch1_hangar_18 = Elle se connectera à dix-huit heures. Elle demandera nos positions. Puis elle cessera de se connecter.

# ch01_handler.vn:151 · front.hangar · narration
# source-hash: d43151e8
# source: Kaie wrote it in the book under SHIN, with no odds beside it.
ch1_hangar_19 = Kaie l’inscrivit dans le carnet, sous SHIN, sans cote à côté.

# ch01_handler.vn:152 · front.hangar · raiden
# source-hash: 61f8543a
# source: And if she doesn't stop?
ch1_hangar_20 = Et si elle ne cesse pas ?

# ch01_handler.vn:153 · front.hangar · narration
# source-hash: 83068dd3
# source: Shin closed the manual.
ch1_hangar_21 = Shin referma le manuel.

# ch01_handler.vn:154 · front.hangar · shin
# source-hash: d56a20a9
# source: Then we'll find out what she's like.
ch1_hangar_22 = Alors on verra comment elle est.

## Scene republic.fitting

# ch01_handler.vn:159 · scene `republic.fitting` title
# source-hash: 48a0bd02
# source: The Research Wing
scene-republic-fitting = L’aile de recherche

# ch01_handler.vn:163 · republic.fitting · annette
# source-hash: 45431edc
# source: Ah. The hero of the corridor. I heard you told Duval off. Half the building heard.
ch1_fitting_1 = Ah ! L’héroïne du couloir. Il paraît que tu as remis Duval à sa place. La moitié du bâtiment l’a entendu.

# ch01_handler.vn:165 · republic.fitting · lena
# source-hash: f1bf9eee
# source: I didn't tell him off. I corrected him.
ch1_fitting_2 = Je ne l’ai pas remis à sa place. Je l’ai corrigé.

# ch01_handler.vn:166 · republic.fitting · annette
# source-hash: edbaa015
# source: That's worse, for Duval. Sit. Chin up.
ch1_fitting_3 = C’est pire, pour Duval. Assieds-toi. Menton levé.

# ch01_handler.vn:167 · republic.fitting · narration
# source-hash: 6d9cd33e
# source: Henrietta Penrose, Annette to the four people allowed to call her that, fitted the silver band of the Para-RAID around Lena's neck the way a jeweller fits a necklace she does not approve of.
ch1_fitting_4 = Henrietta Penrose, Annette pour les quatre personnes autorisées à l’appeler ainsi, ajusta la bande argentée du Para-RAID autour du cou de Lena comme une bijoutière ajuste un collier qu’elle désapprouve.

# ch01_handler.vn:168 · republic.fitting · annette
# source-hash: ec63afcb
# source: It links your hearing to theirs through the pseudo-neural crystal. You'll hear them as if they're standing next to you. They hear you the same.
ch1_fitting_5 = Il relie ton ouïe à la leur par le cristal pseudo-neural. Tu les entendras comme s’ils étaient à côté de toi. Et eux t’entendront de même.

# ch01_handler.vn:169 · republic.fitting · lena
# source-hash: 3a954ae4
# source: I know how it works. I read your paper.
ch1_fitting_6 = Je sais comment ça marche. J’ai lu ton article.

# ch01_handler.vn:170 · republic.fitting · annette (surprised)
# source-hash: 4dcd9136
# source: Nobody reads my paper.
ch1_fitting_7 = Personne ne lit mon article.

# ch01_handler.vn:171 · republic.fitting · lena (smile)
# source-hash: 2e300585
# source: I read it twice. The second time I understood the footnotes.
ch1_fitting_8 = Je l’ai lu deux fois. La deuxième, j’ai compris les notes de bas de page.

# ch01_handler.vn:172 · republic.fitting · narration
# source-hash: 76244361
# source: Annette adjusted a dial that did not, as far as Lena could tell, need adjusting.
ch1_fitting_9 = Annette régla un cadran qui, pour autant que Lena pouvait en juger, n’avait besoin d’aucun réglage.

# ch01_handler.vn:173 · republic.fitting · annette (worried)
# source-hash: 0a0bf711
# source: Lena. Keep your sync rate low with that unit. Low, and short.
ch1_fitting_10 = Lena. Garde un taux de synchronisation bas avec cette unité. Bas, et bref.

# ch01_handler.vn:174 · republic.fitting · annette
# source-hash: 28d0d2f8
# source: The Handlers who had Spearhead before you. Some of them said they heard things through the link. Things that weren't the squadron.
ch1_fitting_11 = Les Handlers qui ont eu Spearhead avant toi… Certains disaient entendre des choses par la liaison. Des choses qui n’étaient pas l’escadron.

# ch01_handler.vn:175 · republic.fitting · choice
# source-hash: 4173d279
# source: Annette is not joking.
ch1_fitting_q1 = Annette ne plaisante pas.

# ch01_handler.vn:176 · republic.fitting · option
# source-hash: 3dc67a6d
# source: "I'll keep it low. I promise."
ch1_fitting_o1 = « Je le garderai bas. Promis. »

# ch01_handler.vn:180 · republic.fitting · annette
# source-hash: 8fda2d60
# source: Good. I'd hate to have to find a new friend. It took me years to train this one.
ch1_fitting_12 = Bien. Ça m’ennuierait de devoir me trouver une nouvelle amie. Il m’a fallu des années pour dresser celle-ci.

# ch01_handler.vn:181 · republic.fitting · lena (smile)
# source-hash: 2d698288
# source: You didn't train me.
ch1_fitting_13 = Tu ne m’as pas dressée.

# ch01_handler.vn:182 · republic.fitting · annette
# source-hash: 36a16604
# source: I let you think that. It's part of the training.
ch1_fitting_14 = Je te le laisse croire. Ça fait partie du dressage.

# ch01_handler.vn:183 · republic.fitting · option
# source-hash: 53239775
# source: "What did they say they heard?"
ch1_fitting_o2 = « Qu’est-ce qu’ils disaient entendre ? »

# ch01_handler.vn:185 · republic.fitting · annette (sad)
# source-hash: daf1ee33
# source: Voices. Crying. People calling for their mothers, over and over, under the radio noise.
ch1_fitting_15 = Des voix. Des pleurs. Des gens qui appelaient leur mère, encore et encore, sous le bruit de la radio.

# ch01_handler.vn:186 · republic.fitting · annette
# source-hash: 95fa5095
# source: They said the Legion sounded like that. Then they stopped saying anything and put in for transfers.
ch1_fitting_16 = Ils disaient que la Légion sonnait comme ça. Puis ils ont cessé de dire quoi que ce soit et ils ont demandé leur mutation.

# ch01_handler.vn:187 · republic.fitting · lena (worried)
# source-hash: ae4e420e
# source: That isn't possible.
ch1_fitting_17 = C’est impossible.

# ch01_handler.vn:188 · republic.fitting · annette
# source-hash: 7721e854
# source: No. It isn't. So keep your sync rate low, and it'll stay not possible.
ch1_fitting_18 = Non. C’est impossible. Alors garde ton taux de synchronisation bas, et ça restera impossible.

# ch01_handler.vn:189 · republic.fitting · option
# source-hash: b7f96a94
# source: "Ghosts aren't in the regulations, Annette."
ch1_fitting_o3 = « Les fantômes ne figurent pas dans le règlement, Annette. »

# ch01_handler.vn:192 · republic.fitting · annette
# source-hash: aa7db9fd
# source: Neither is a nineteen-year-old major. And yet.
ch1_fitting_19 = Une commandante de dix-neuf ans non plus. Et pourtant.

# ch01_handler.vn:193 · republic.fitting · annette
# source-hash: da8e6f38
# source: Fine. Be brave. Just don't come to me at three in the morning asking why you can't sleep.
ch1_fitting_20 = Très bien. Sois courageuse. Mais ne viens pas me voir à trois heures du matin pour me demander pourquoi tu n’arrives pas à dormir.

# ch01_handler.vn:194 · republic.fitting · lena (sad)
# source-hash: fb05e4b4
# source: ...I'm sorry. That was flippant.
ch1_fitting_21 = … Pardon. C’était désinvolte.

# ch01_handler.vn:195 · republic.fitting · annette
# source-hash: b9d0cdcf
# source: It was. Go on. You'll be late for your ghosts.
ch1_fitting_22 = Oui. Allez, file. Tu vas être en retard pour tes fantômes.

## Scene republic.first_contact

# ch01_handler.vn:200 · scene `republic.first_contact` title
# source-hash: 3092fe88
# source: Eighteen Hundred
scene-republic-first_contact = Dix-huit heures

# ch01_handler.vn:203 · republic.first_contact · narration
# source-hash: 15a4831c
# source: Control room three was a dim room with a good chair and a bad map. The map showed the eastern front as a clean green line. The line had not moved in four years, according to the map.
ch1_first_contact_1 = La salle de contrôle numéro 3 était une pièce sombre avec un bon fauteuil et une mauvaise carte. La carte montrait le front est comme une nette ligne verte. D’après la carte, la ligne n’avait pas bougé depuis quatre ans.

# ch01_handler.vn:205 · republic.first_contact · narration
# source-hash: 867d5c65
# source: She had prepared. Of course she had. There were index cards on the desk in front of her, in her neat hand: terrain notes for the first ward, the Legion types by silhouette, the names of the previous Handlers, and one card that said only, in capitals, LISTEN FIRST.
ch1_first_contact_41 = Elle s’était préparée. Bien sûr. Il y avait des fiches sur le bureau devant elle, de sa petite écriture soignée : notes sur le terrain du premier district, types de la Légion par silhouette, noms des Handlers précédents, et une fiche qui disait seulement, en capitales, D’ABORD ÉCOUTER.

# ch01_handler.vn:206 · republic.first_contact · narration
# source-hash: 944fa7a9
# source: She turned that one face down. Then she turned it face up again.
ch1_first_contact_42 = Elle la retourna face contre le bureau. Puis elle la retourna de nouveau.

# ch01_handler.vn:207 · republic.first_contact · narration
# source-hash: f5b4b643
# source: At seventeen fifty-nine, Lena sat up straight. At eighteen hundred, she touched the band at her throat.
ch1_first_contact_2 = À dix-sept heures cinquante-neuf, Lena se redressa. À dix-huit heures, elle toucha la bande à son cou.

# ch01_handler.vn:210 · republic.first_contact · narration
# source-hash: 1aef3a46
# source: For a moment there was nothing. Then there was wind. Wind, and the creak of metal cooling, and somebody, very close, breathing.
ch1_first_contact_3 = Un instant, il n’y eut rien. Puis il y eut du vent. Du vent, le craquement du métal qui refroidit, et quelqu’un, tout près, qui respirait.

# ch01_handler.vn:211 · republic.first_contact · lena
# source-hash: 1bba76a8
# source: Handler One to Spearhead Squadron. Can you hear me?
ch1_first_contact_4 = Handler One à escadron Spearhead. Vous m’entendez ?

# ch01_handler.vn:212 · republic.first_contact · shin
# source-hash: b384e332
# source: Undertaker. We hear you, Handler One.
ch1_first_contact_5 = Undertaker. On vous entend, Handler One.

# ch01_handler.vn:213 · republic.first_contact · narration
# source-hash: dc60dba3
# source: His voice was young. That was the first thing. Younger than hers, maybe. Level, and tired in a way that had nothing to do with the hour.
ch1_first_contact_6 = Sa voix était jeune. Ce fut la première chose. Plus jeune que la sienne, peut-être. Égale, et fatiguée d’une manière qui n’avait rien à voir avec l’heure.

# ch01_handler.vn:214 · republic.first_contact · choice
# source-hash: 2a4adb30
# source: The whole squadron is listening. What does she say first?
ch1_first_contact_first_words = Tout l’escadron écoute. Que dit-elle en premier ?

# ch01_handler.vn:215 · republic.first_contact · option
# source-hash: 30f5314f
# source: "It's an honour to command you. Please tell me your names, not just your call signs."
ch1_first_contact_o1 = « C’est un honneur de vous commander. Dites-moi vos noms, s’il vous plaît, pas seulement vos indicatifs. »

# ch01_handler.vn:219 · republic.first_contact · narration
# source-hash: 573efe8c
# source: Silence on the line. Not the empty kind.
ch1_first_contact_7 = Silence sur la ligne. Pas le silence vide.

# ch01_handler.vn:220 · republic.first_contact · raiden
# source-hash: 05eed2af
# source: ...Raiden Shuga. Werewolf.
ch1_first_contact_8 = … Raiden Shuga. Werewolf.

# ch01_handler.vn:221 · republic.first_contact · theo
# source-hash: f8b92701
# source: Theo Rikka. Laughing Fox. Sorry, is this a test?
ch1_first_contact_9 = Theo Rikka. Laughing Fox. Pardon, c’est un test ?

# ch01_handler.vn:222 · republic.first_contact · kurena
# source-hash: 97a406e3
# source: Kurena Kukumila.
ch1_first_contact_10 = Kurena Kukumila.

# ch01_handler.vn:223 · republic.first_contact · anju
# source-hash: 4fd1e72e
# source: Anju Emma. Snow Witch. It's nice to meet you, Handler One.
ch1_first_contact_11 = Anju Emma. Snow Witch. Enchantée, Handler One.

# ch01_handler.vn:224 · republic.first_contact · kaie
# source-hash: 87a8549d
# source: Kaie Taniya! Kirschblüte. Oh, this is strange. Hello!
ch1_first_contact_12 = Kaie Taniya ! Kirschblüte. Oh, c’est étrange. Bonjour !

# ch01_handler.vn:225 · republic.first_contact · shin
# source-hash: 45437412
# source: Shinei Nouzen.
ch1_first_contact_13 = Shinei Nouzen.

# ch01_handler.vn:226 · republic.first_contact · lena (smile)
# source-hash: 60913796
# source: Thank you. I'm Vladilena Mirize. I'll try to deserve this.
ch1_first_contact_14 = Merci. Je suis Vladilena Mirize. J’essaierai d’en être digne.

# ch01_handler.vn:227 · republic.first_contact · theo
# source-hash: c949694c
# source: Did... did she just introduce herself?
ch1_first_contact_15 = Elle… elle vient de se présenter, là ?

# ch01_handler.vn:228 · republic.first_contact · kurena
# source-hash: 2c8308aa
# source: Don't get excited. It's manners. They have manners in there.
ch1_first_contact_16 = T’emballe pas. C’est de la politesse. Ils ont de la politesse, là-dedans.

# ch01_handler.vn:229 · republic.first_contact · option
# source-hash: da212fd3
# source: "Handler One assuming command. I'll do my best for all of you."
ch1_first_contact_o2 = « Handler One prend le commandement. Je ferai de mon mieux pour vous tous. »

# ch01_handler.vn:231 · republic.first_contact · narration
# source-hash: 10685b49
# source: A pause, then a polite chorus of acknowledgements, the kind you give a new teacher.
ch1_first_contact_17 = Un temps, puis un chœur poli d’accusés de réception, de ceux qu’on adresse à un nouveau professeur.

# ch01_handler.vn:232 · republic.first_contact · kaie
# source-hash: 9cd2becd
# source: Welcome aboard, Handler One.
ch1_first_contact_18 = Bienvenue à bord, Handler One.

# ch01_handler.vn:233 · republic.first_contact · theo
# source-hash: e4dcb1f8
# source: Best of luck in there.
ch1_first_contact_19 = Bon courage, là-dedans.

# ch01_handler.vn:234 · republic.first_contact · lena
# source-hash: 335106c9
# source: Thank you. I mean it.
ch1_first_contact_20 = Merci. Je le pense.

# ch01_handler.vn:235 · republic.first_contact · option
# source-hash: 11d6a8a7
# source: "Report your positions and status, Undertaker. Briefly, please."
ch1_first_contact_o3 = « Donnez vos positions et votre état, Undertaker. Brièvement, s’il vous plaît. »

# ch01_handler.vn:238 · republic.first_contact · shin
# source-hash: dc8b1a12
# source: All units in the first ward hangar. Fourteen Juggernauts, eleven serviceable. Nothing to report.
ch1_first_contact_21 = Toutes les unités au hangar du premier district. Quatorze Juggernauts, onze en état. Rien à signaler.

# ch01_handler.vn:239 · republic.first_contact · lena
# source-hash: 85508178
# source: Thank you, Undertaker. That's all for now.
ch1_first_contact_22 = Merci, Undertaker. Ce sera tout pour l’instant.

# ch01_handler.vn:240 · republic.first_contact · narration
# source-hash: 0edafab0
# source: Someone on the line snorted and covered it with a cough.
ch1_first_contact_23 = Quelqu’un sur la ligne pouffa et le couvrit d’une toux.

# ch01_handler.vn:243 · republic.first_contact · narration
# source-hash: 8212b580
# source: She was about to close the link when Shin spoke again, quieter.
ch1_first_contact_24 = Elle allait fermer la liaison quand Shin reprit la parole, plus bas.

# ch01_handler.vn:244 · republic.first_contact · shin
# source-hash: db7c1638
# source: Handler One. They're moving.
ch1_first_contact_25 = Handler One. Ils bougent.

# ch01_handler.vn:245 · republic.first_contact · lena
# source-hash: 4bb5acb0
# source: Who is moving?
ch1_first_contact_26 = Qui bouge ?

# ch01_handler.vn:246 · republic.first_contact · shin
# source-hash: bdaa6975
# source: The Legion. A company, maybe more, from the north-east, out of the old rail yard. They'll reach the ward in about forty minutes.
ch1_first_contact_27 = La Légion. Une compagnie, peut-être plus, venant du nord-est, de l’ancienne gare de triage. Ils atteindront le district dans une quarantaine de minutes.

# ch01_handler.vn:247 · republic.first_contact · narration
# source-hash: 3d546afb
# source: Lena looked at the map. The green line was green. The radar panel beside it was clean.
ch1_first_contact_28 = Lena regarda la carte. La ligne verte était verte. Le radar, à côté, était vierge.

# ch01_handler.vn:248 · republic.first_contact · lena
# source-hash: dd096a94
# source: Radar shows nothing in that sector, Undertaker.
ch1_first_contact_29 = Le radar ne montre rien dans ce secteur, Undertaker.

# ch01_handler.vn:249 · republic.first_contact · shin
# source-hash: cd4e24f3
# source: It will.
ch1_first_contact_30 = Il le montrera.

# ch01_handler.vn:250 · republic.first_contact · choice
# source-hash: d40cff4f
# source: The radar is empty. Shin is certain.
ch1_first_contact_radar = Le radar est vide. Shin est sûr de lui.

# ch01_handler.vn:251 · republic.first_contact · option
# source-hash: f8db3185
# source: "Understood. Spearhead, deploy to intercept. I'll log it on your word."
ch1_first_contact_o4 = « Compris. Spearhead, déployez-vous pour intercepter. Je le consigne sur votre parole. »

# ch01_handler.vn:255 · republic.first_contact · shin
# source-hash: 523a55d7
# source: Copy. Spearhead, move out. Ambush line at the pylons.
ch1_first_contact_31 = Reçu. Spearhead, on y va. Ligne d’embuscade aux pylônes.

# ch01_handler.vn:256 · republic.first_contact · raiden
# source-hash: 5057e010
# source: Copy that. Well, she didn't argue.
ch1_first_contact_32 = Bien reçu. Tiens, elle n’a pas discuté.

# ch01_handler.vn:257 · republic.first_contact · option
# source-hash: f8b0920e
# source: "I can't authorise a sortie on a feeling. Hold until radar confirms."
ch1_first_contact_o5 = « Je ne peux pas autoriser une sortie sur une impression. Attendez la confirmation du radar. »

# ch01_handler.vn:260 · republic.first_contact · shin
# source-hash: 1e651c6a
# source: Understood.
ch1_first_contact_33 = Compris.

# ch01_handler.vn:261 · republic.first_contact · narration
# source-hash: cfbfb839
# source: The line went on breathing. Somewhere behind his voice, an engine started. Then another one.
ch1_first_contact_34 = La ligne continuait de respirer. Quelque part derrière sa voix, un moteur démarra. Puis un autre.

# ch01_handler.vn:262 · republic.first_contact · lena (angry)
# source-hash: b06835c5
# source: Undertaker, I said hold.
ch1_first_contact_35 = Undertaker, j’ai dit d’attendre.

# ch01_handler.vn:263 · republic.first_contact · shin
# source-hash: 8288e154
# source: You did.
ch1_first_contact_36 = Vous l’avez dit.

# ch01_handler.vn:264 · republic.first_contact · option
# source-hash: 5699e5e6
# source: "Is it a feeling, or do you know? Tell me how you know."
ch1_first_contact_o6 = « C’est une impression, ou vous le savez ? Dites-moi comment vous le savez. »

# ch01_handler.vn:266 · republic.first_contact · shin
# source-hash: a53e8189
# source: I know.
ch1_first_contact_37 = Je le sais.

# ch01_handler.vn:267 · republic.first_contact · narration
# source-hash: 63d86bad
# source: He did not explain. She found that she had not really expected him to.
ch1_first_contact_38 = Il n’expliqua pas. Elle s’aperçut qu’elle ne s’y attendait pas vraiment.

# ch01_handler.vn:268 · republic.first_contact · lena
# source-hash: b0618995
# source: ...Then go. I'll answer for it if you're wrong.
ch1_first_contact_39 = … Alors allez-y. J’en répondrai si vous vous trompez.

# ch01_handler.vn:270 · republic.first_contact · shin
# source-hash: c446ff40
# source: Copy. Spearhead, move out.
ch1_first_contact_40 = Reçu. Spearhead, on y va.

## Scene front.first_sortie

# ch01_handler.vn:274 · scene `front.first_sortie` title
# source-hash: 21d759c1
# source: The Rail Yard
scene-front-first_sortie = La gare de triage

# ch01_handler.vn:277 · front.first_sortie · narration
# source-hash: 03e97d9e
# source: The pylons stood in a row across the old farmland, stripped of cable long ago, like the ribs of something large that had lain down to die.
ch1_first_sortie_1 = Les pylônes s’alignaient à travers les anciennes terres agricoles, dépouillés de leurs câbles depuis longtemps, comme les côtes d’une grande bête qui se serait couchée pour mourir.

# ch01_handler.vn:278 · front.first_sortie · narration
# source-hash: 1660759c
# source: The Juggernauts crouched behind them. Four legs, one gun, a cockpit the Republic's engineers had, on paper, never needed to make comfortable.
ch1_first_sortie_2 = Les Juggernauts étaient tapis derrière. Quatre pattes, un canon, un cockpit que les ingénieurs de la République n’avaient, sur le papier, jamais eu besoin de rendre confortable.

# ch01_handler.vn:281 · front.first_sortie · shin
# source-hash: 19b5a9a9
# source: Thirty seconds. Ground-type Grauwolf in front, Löwe behind. Let the first line pass the second pylon.
ch1_first_sortie_3 = Trente secondes. Grauwolf terrestres devant, Löwe derrière. Laissez la première ligne dépasser le deuxième pylône.

# ch01_handler.vn:282 · front.first_sortie · lena
# source-hash: 6f39904b
# source: Radar has them now. You were right, to the minute.
ch1_first_sortie_4 = Le radar les voit, maintenant. Vous aviez raison, à la minute près.

# ch01_handler.vn:283 · front.first_sortie · shin
# source-hash: 6826fcef
# source: Keep the channel open, Handler One. Call their spacing for us if you can.
ch1_first_sortie_5 = Gardez le canal ouvert, Handler One. Annoncez-nous leurs écarts si vous pouvez.

# ch01_handler.vn:284 · front.first_sortie · lena
# source-hash: 309342a4
# source: I can.
ch1_first_sortie_6 = Je peux.

# ch01_handler.vn:287 · front.first_sortie · raiden
# source-hash: 5d25169a
# source: She's still telling us to hold. Shin?
ch1_first_sortie_7 = Elle nous dit encore d’attendre. Shin ?

# ch01_handler.vn:288 · front.first_sortie · shin
# source-hash: 9bd3c3be
# source: Keep going. She'll see them in a minute.
ch1_first_sortie_8 = Continue. Elle va les voir dans une minute.

# ch01_handler.vn:289 · front.first_sortie · lena
# source-hash: 1cdd0c4a
# source: Radar contact, north-east. A company. ...Oh.
ch1_first_sortie_9 = Contact radar, nord-est. Une compagnie. … Oh.

# ch01_handler.vn:290 · front.first_sortie · shin
# source-hash: 20538b09
# source: Yes.
ch1_first_sortie_10 = Oui.

# ch01_handler.vn:291 · front.first_sortie · lena
# source-hash: 716ce006
# source: All units, engage at will. I'm sorry. Engage.
ch1_first_sortie_11 = Toutes les unités, feu à volonté. Je suis désolée. Engagez.

# ch01_handler.vn:296 · front.first_sortie · narration
# source-hash: 3ae54d4b
# source: The first shot was Shin's. The rest followed it like a conversation.
ch1_first_sortie_12 = Le premier tir fut celui de Shin. Les autres suivirent comme une conversation.

# ch01_handler.vn:300 · front.first_sortie · theo
# source-hash: 8746b22f
# source: One down at the second pylon! Kaie, your left, your left!
ch1_first_sortie_13 = Un de moins au deuxième pylône ! Kaie, ta gauche, ta gauche !

# ch01_handler.vn:301 · front.first_sortie · kaie
# source-hash: c5d9be75
# source: I see it, I see it. Thank you, Theo. Yes, I see it.
ch1_first_sortie_14 = Je le vois, je le vois. Merci, Theo. Oui, je le vois.

# ch01_handler.vn:303 · front.first_sortie · kurena
# source-hash: 9b361403
# source: Got him. Shin, three more behind the water tower.
ch1_first_sortie_15 = Je l’ai eu. Shin, trois autres derrière le château d’eau.

# ch01_handler.vn:304 · front.first_sortie · shin
# source-hash: 92419986
# source: Raiden, take the tower. Anju, fire on the hill when they break.
ch1_first_sortie_16 = Raiden, prends le château d’eau. Anju, tir sur la colline quand ils décrochent.

# ch01_handler.vn:305 · front.first_sortie · anju
# source-hash: e97fc61d
# source: On the hill. Understood.
ch1_first_sortie_17 = Sur la colline. Compris.

# ch01_handler.vn:307 · front.first_sortie · lena
# source-hash: 41dc913d
# source: Second group turning south, Undertaker. They're trying to get round Werewolf.
ch1_first_sortie_18 = Le second groupe vire au sud, Undertaker. Ils essaient de contourner Werewolf.

# ch01_handler.vn:308 · front.first_sortie · raiden
# source-hash: 56f6834c
# source: Ha. She can read a map. Thanks, Handler One.
ch1_first_sortie_19 = Ha ! Elle sait lire une carte. Merci, Handler One.

# ch01_handler.vn:309 · front.first_sortie · narration
# source-hash: 92bdd3e5
# source: It went the way ambushes go when they are set early. Quickly, and then all at once, and then not at all.
ch1_first_sortie_20 = Cela se passa comme se passent les embuscades tendues à temps. Vite, puis d’un seul coup, puis plus du tout.

# ch01_handler.vn:314 · front.first_sortie · theo
# source-hash: c2cdb229
# source: I'm hit! It's fine. It's the leg. I'm fine, it's only the leg.
ch1_first_sortie_21 = Je suis touché ! Ça va. C’est la patte. Ça va, c’est juste la patte.

# ch01_handler.vn:315 · front.first_sortie · lena (worried)
# source-hash: 86ba655a
# source: Laughing Fox, report!
ch1_first_sortie_22 = Laughing Fox, au rapport !

# ch01_handler.vn:316 · front.first_sortie · theo
# source-hash: 5a5c6412
# source: Still laughing. Walking a bit funny.
ch1_first_sortie_23 = Toujours en train de rire. Je boite un peu.

# ch01_handler.vn:317 · front.first_sortie · narration
# source-hash: 3fe8cfeb
# source: They had set up late, in the open, because they had spent four minutes waiting for a radar panel. It went the way fights go when they start late: long, ugly, in pieces.
ch1_first_sortie_24 = Ils s’étaient mis en place tard, à découvert, parce qu’ils avaient passé quatre minutes à attendre un écran radar. Cela se passa comme se passent les combats qui commencent tard : long, laid, en morceaux.

# ch01_handler.vn:321 · front.first_sortie · narration
# source-hash: ea044de7
# source: Then the field was quiet, except for the ticking of hot metal and the wind in the pylons.
ch1_first_sortie_25 = Puis le champ se tut, hormis le cliquetis du métal brûlant et le vent dans les pylônes.

# ch01_handler.vn:326 · front.first_sortie · kaie
# source-hash: 2b7ef39b
# source: So. The book. Does anybody want to change their bet?
ch1_first_sortie_26 = Bon. Le carnet. Quelqu’un veut changer son pari ?

# ch01_handler.vn:329 · front.first_sortie · theo
# source-hash: b45e3428
# source: She listened to him. Nobody listens to him the first day. They always want the radar.
ch1_first_sortie_27 = Elle l’a écouté. Personne ne l’écoute le premier jour. Ils veulent toujours le radar.

# ch01_handler.vn:330 · front.first_sortie · kaie
# source-hash: 4ac59bcb
# source: So you're changing your bet.
ch1_first_sortie_28 = Donc tu changes ton pari.

# ch01_handler.vn:331 · front.first_sortie · theo
# source-hash: 4f119d14
# source: I'm changing it to a week. I'm not stupid.
ch1_first_sortie_29 = Je passe à une semaine. Je ne suis pas bête.

# ch01_handler.vn:333 · front.first_sortie · theo (angry)
# source-hash: 6db6c0ec
# source: She made us sit there. Four minutes.
ch1_first_sortie_30 = Elle nous a fait attendre. Quatre minutes.

# ch01_handler.vn:334 · front.first_sortie · kaie
# source-hash: 01b310c7
# source: She also said sorry. Out loud. To us.
ch1_first_sortie_31 = Elle a aussi dit pardon. À voix haute. À nous.

# ch01_handler.vn:335 · front.first_sortie · theo
# source-hash: 9e0b6c0e
# source: ...Put me down for two days, then.
ch1_first_sortie_32 = … Mets-moi deux jours, alors.

# ch01_handler.vn:337 · front.first_sortie · kaie
# source-hash: f6236e82
# source: She asked our names. Did you hear? She said hers back.
ch1_first_sortie_33 = Elle a demandé nos noms. Vous avez entendu ? Elle a donné le sien en retour.

# ch01_handler.vn:338 · front.first_sortie · theo
# source-hash: 6df28421
# source: Vladilena. I was right about that part, anyway. Very old. Very rich.
ch1_first_sortie_34 = Vladilena. J’avais raison sur ce point-là, en tout cas. Très vieille. Très riche.

# ch01_handler.vn:339 · front.first_sortie · kaie
# source-hash: 28651caa
# source: Hm. She didn't sound old.
ch1_first_sortie_35 = Hum. Elle n’avait pas l’air vieille.

# ch01_handler.vn:341 · front.first_sortie · kaie
# source-hash: 1dd2b31f
# source: Shin? Verdict?
ch1_first_sortie_36 = Shin ? Ton verdict ?

# ch01_handler.vn:342 · front.first_sortie · shin
# source-hash: 5669e8da
# source: She connected at eighteen hundred.
ch1_first_sortie_37 = Elle s’est connectée à dix-huit heures.

# ch01_handler.vn:343 · front.first_sortie · narration
# source-hash: 245f1ce6
# source: He went past them to his Juggernaut and began checking the joints of its legs, one by one, as if nothing else had been said.
ch1_first_sortie_38 = Il passa devant eux pour rejoindre son Juggernaut et se mit à vérifier les articulations de ses pattes, une par une, comme si rien d’autre n’avait été dit.

# ch01_handler.vn:344 · front.first_sortie · kaie
# source-hash: 74995f2d
# source: That's not a verdict.
ch1_first_sortie_39 = Ce n’est pas un verdict.

# ch01_handler.vn:345 · front.first_sortie · raiden
# source-hash: eb9d04c5
# source: For him it is.
ch1_first_sortie_40 = Pour lui, si.

## Scene republic.log

# ch01_handler.vn:351 · scene `republic.log` title
# source-hash: 98873357
# source: The Log
scene-republic-log = Le rapport

# ch01_handler.vn:356 · republic.log · narration
# source-hash: 6c573595
# source: The link closed with a small click. The room was very quiet after it. Too quiet. She had not known the control room was this quiet.
ch1_log_1 = La liaison se ferma sur un petit déclic. La pièce fut très silencieuse ensuite. Trop silencieuse. Elle ne savait pas que la salle de contrôle était si silencieuse.

# ch01_handler.vn:357 · republic.log · narration
# source-hash: 1a5911a8
# source: On the screen, a form. ENGAGEMENT SUMMARY. UNITS DEPLOYED. UNITS LOST. There was no box for names.
ch1_log_2 = À l’écran, un formulaire. RÉSUMÉ DE L’ENGAGEMENT. UNITÉS DÉPLOYÉES. UNITÉS PERDUES. Il n’y avait pas de case pour les noms.

# ch01_handler.vn:359 · republic.log · narration
# source-hash: c1b1f62c
# source: She typed: eleven deployed. None lost. Early warning provided by the squadron leader.
ch1_log_3 = Elle tapa : onze déployées. Aucune perdue. Alerte précoce donnée par le chef d’escadron.

# ch01_handler.vn:360 · republic.log · narration
# source-hash: b63bf870
# source: She read the last line back and left it in.
ch1_log_4 = Elle relut la dernière ligne et la laissa.

# ch01_handler.vn:362 · republic.log · narration
# source-hash: 79b84b63
# source: She typed: eleven deployed. One damaged. Engagement delayed by Handler.
ch1_log_5 = Elle tapa : onze déployées. Une endommagée. Engagement retardé par le Handler.

# ch01_handler.vn:363 · republic.log · narration
# source-hash: 2bc5d9ae
# source: She looked at the word delayed until it stopped meaning anything. She left that in too.
ch1_log_6 = Elle fixa le mot « retardé » jusqu’à ce qu’il ne veuille plus rien dire. Elle le laissa aussi.

# ch01_handler.vn:366 · republic.log · duval
# source-hash: 9386ee5d
# source: Still here? The first one's always the worst. It gets boring, I promise.
ch1_log_7 = Encore là ? La première fois, c’est toujours la pire. Après, ça devient ennuyeux, promis.

# ch01_handler.vn:367 · republic.log · lena
# source-hash: 30c4a3cc
# source: Captain. Did you ever ask them their names?
ch1_log_8 = Capitaine. Leur avez-vous jamais demandé leurs noms ?

# ch01_handler.vn:368 · republic.log · duval
# source-hash: 7a472b3a
# source: Whose?
ch1_log_9 = À qui ?

# ch01_handler.vn:369 · republic.log · narration
# source-hash: 2ab25f0f
# source: She did not answer, and after a moment he understood, and laughed, and went to get his coat.
ch1_log_10 = Elle ne répondit pas ; au bout d’un moment, il comprit, il rit, et il alla chercher son manteau.

# ch01_handler.vn:370 · republic.log · narration
# source-hash: 5da7c0a4
# source: She switched off the screen. In the dark glass she could see herself: the uniform, the silver band at her throat, the pale hair pinned up the way regulations preferred.
ch1_log_13 = Elle éteignit l’écran. Dans le verre sombre, elle se voyait : l’uniforme, la bande argentée à son cou, les cheveux pâles relevés comme le règlement les préférait.

# ch01_handler.vn:371 · republic.log · narration
# source-hash: fb4ce942
# source: Somewhere east, six people whose voices she now knew were taking off their harnesses, and eating whatever there was to eat, and not thinking about her at all. She hoped. She found that she hoped they were not thinking about her at all.
ch1_log_14 = Quelque part à l’est, six personnes dont elle connaissait désormais la voix enlevaient leur harnais, mangeaient ce qu’il y avait à manger et ne pensaient pas du tout à elle. Elle l’espérait. Elle s’aperçut qu’elle espérait qu’ils ne pensaient pas du tout à elle.

# ch01_handler.vn:373 · republic.log · lena (sad)
# source-hash: d324ee96
# source: Good night, Spearhead.
ch1_log_11 = Bonne nuit, Spearhead.

# ch01_handler.vn:374 · republic.log · narration
# source-hash: 3b8e6cd6
# source: She said it to the dead link. It was an odd thing to do. She did it anyway.
ch1_log_12 = Elle le dit à la liaison morte. C’était une drôle de chose à faire. Elle le fit quand même.

## Scene front.night_one

# ch01_handler.vn:379 · scene `front.night_one` title
# source-hash: dacd2a05
# source: What Shin Hears
scene-front-night_one = Ce que Shin entend

# ch01_handler.vn:383 · front.night_one · narration
# source-hash: 36df06cf
# source: The Juggernaut's cockpit was a coffin with a view. Shin sat in his with the canopy up and the screens dark, because it was the quietest place on the ward, and because nobody came to find him there except one person.
ch1_night_one_1 = Le cockpit du Juggernaut était un cercueil avec vue. Shin était assis dans le sien, verrière levée et écrans éteints, parce que c’était l’endroit le plus calme du district, et parce que personne ne venait l’y chercher, sauf une personne.

# ch01_handler.vn:386 · front.night_one · anju
# source-hash: 6f29d5a9
# source: I brought tea. It's the bad tea. The good tea is a rumour.
ch1_night_one_2 = Je t’ai apporté du thé. C’est le mauvais thé. Le bon thé est une rumeur.

# ch01_handler.vn:388 · front.night_one · shin
# source-hash: 549126ed
# source: Thank you.
ch1_night_one_3 = Merci.

# ch01_handler.vn:389 · front.night_one · narration
# source-hash: fc2fe0d0
# source: She handed it up. He held it and didn't drink it. It was something to hold.
ch1_night_one_4 = Elle le lui tendit. Il le tint sans le boire. C’était quelque chose à tenir.

# ch01_handler.vn:390 · front.night_one · anju
# source-hash: ba3debb8
# source: Are they loud tonight?
ch1_night_one_5 = Ils sont bruyants, ce soir ?

# ch01_handler.vn:391 · front.night_one · shin
# source-hash: 227ea4ce
# source: Not very. The ones at the rail yard are gone. The rest are where they were.
ch1_night_one_6 = Pas très. Ceux de la gare de triage sont partis. Les autres sont là où ils étaient.

# ch01_handler.vn:392 · front.night_one · anju
# source-hash: 6e1ec87d
# source: And the new one? The Handler. Is she loud?
ch1_night_one_7 = Et la nouvelle ? La Handler. Elle est bruyante ?

# ch01_handler.vn:393 · front.night_one · narration
# source-hash: 23c14a16
# source: Shin thought about it, the way he thought about everything, as if the question had weight and needed to be set down carefully.
ch1_night_one_8 = Shin y réfléchit, comme il réfléchissait à tout, comme si la question avait un poids et devait être posée avec soin.

# ch01_handler.vn:395 · front.night_one · shin
# source-hash: b3fc417d
# source: She asked, and then she listened to the answer. Both times.
ch1_night_one_9 = Elle a demandé, et puis elle a écouté la réponse. Les deux fois.

# ch01_handler.vn:396 · front.night_one · anju (smile)
# source-hash: 2fdf21fc
# source: Kaie is going to lose her bet.
ch1_night_one_10 = Kaie va perdre son pari.

# ch01_handler.vn:397 · front.night_one · shin
# source-hash: 99eff9d5
# source: Kaie will be pleased to lose it.
ch1_night_one_11 = Kaie sera contente de le perdre.

# ch01_handler.vn:399 · front.night_one · shin
# source-hash: bfff088a
# source: She didn't ask for the radar. She asked for me.
ch1_night_one_12 = Elle n’a pas demandé le radar. Elle m’a demandé à moi.

# ch01_handler.vn:400 · front.night_one · anju
# source-hash: ecae80ca
# source: That's rare.
ch1_night_one_13 = C’est rare.

# ch01_handler.vn:401 · front.night_one · shin
# source-hash: 75bb29a5
# source: It was once. We'll see.
ch1_night_one_14 = C’est arrivé une fois. On verra.

# ch01_handler.vn:403 · front.night_one · shin
# source-hash: 5518e59e
# source: She asked our names. She didn't trust the warning.
ch1_night_one_15 = Elle a demandé nos noms. Elle ne s’est pas fiée à l’alerte.

# ch01_handler.vn:404 · front.night_one · anju
# source-hash: d362a39f
# source: One out of two.
ch1_night_one_16 = Un sur deux.

# ch01_handler.vn:405 · front.night_one · shin
# source-hash: e1d0f40b
# source: It's a better start than most.
ch1_night_one_17 = C’est un meilleur début que la plupart.

# ch01_handler.vn:407 · front.night_one · shin
# source-hash: 045b1bf1
# source: She sounded like all of them. Careful. Sure she was right.
ch1_night_one_18 = Elle parlait comme tous les autres. Prudente. Sûre d’avoir raison.

# ch01_handler.vn:408 · front.night_one · anju (sad)
# source-hash: ed2b1bf9
# source: She said sorry, though. I heard her. After the fight.
ch1_night_one_19 = Elle a dit pardon, pourtant. Je l’ai entendue. Après le combat.

# ch01_handler.vn:409 · front.night_one · shin
# source-hash: e7f1d54b
# source: They all say sorry. Once.
ch1_night_one_20 = Ils disent tous pardon. Une fois.

# ch01_handler.vn:411 · front.night_one · anju
# source-hash: 8428f3cb
# source: Do you remember the Handler I had, in the southern ward? Before I came here.
ch1_night_one_21 = Tu te souviens du Handler que j’avais, dans le district sud ? Avant que j’arrive ici.

# ch01_handler.vn:412 · front.night_one · shin
# source-hash: b32fe0d7
# source: You've never said.
ch1_night_one_22 = Tu ne l’as jamais dit.

# ch01_handler.vn:413 · front.night_one · anju
# source-hash: 76814b1d
# source: He used to read the weather forecast to us. Every morning. For the capital. Sunny in the First Sector, light winds. He thought we'd like to know.
ch1_night_one_23 = Il nous lisait la météo. Tous les matins. Celle de la capitale. Ensoleillé sur le Premier Secteur, vents faibles. Il pensait que ça nous ferait plaisir de savoir.

# ch01_handler.vn:414 · front.night_one · anju
# source-hash: 8e7be1f4
# source: I hated him for it, at first. Then one morning he didn't connect, and nobody told us why, and I found that I missed the weather.
ch1_night_one_24 = Je l’ai détesté pour ça, au début. Et puis un matin, il ne s’est pas connecté, personne ne nous a dit pourquoi, et je me suis aperçue que la météo me manquait.

# ch01_handler.vn:415 · front.night_one · narration
# source-hash: 4e75ddd1
# source: She took the cup back, still full, and looked at it, and looked at him.
ch1_night_one_25 = Elle reprit la tasse, toujours pleine, la regarda, puis le regarda, lui.

# ch01_handler.vn:416 · front.night_one · anju
# source-hash: 45c738a8
# source: I'm only saying. Sometimes it takes a while to find out what someone's voice was for.
ch1_night_one_26 = Je dis ça comme ça. Parfois, il faut du temps pour découvrir à quoi servait la voix de quelqu’un.

# ch01_handler.vn:418 · front.night_one · narration
# source-hash: 66a2ee09
# source: After she had gone, Shin sat a long time with the canopy up. Somewhere to the east, at the very edge of what he could hear, a voice he knew better than his own was saying the same few words it always said.
ch1_night_one_27 = Après son départ, Shin resta longtemps assis, verrière levée. Quelque part à l’est, à l’extrême limite de ce qu’il pouvait entendre, une voix qu’il connaissait mieux que la sienne répétait les quelques mots qu’elle répétait toujours.

# ch01_handler.vn:419 · front.night_one · narration
# source-hash: 6f0157d6
# source: He did not listen to it tonight. He thought instead, for no reason he could name, about a voice inside the walls, and what it might turn out to be for.
ch1_night_one_28 = Il ne l’écouta pas, ce soir-là. Il pensa plutôt, sans raison qu’il aurait su nommer, à une voix à l’intérieur des murs, et à ce à quoi elle pourrait bien servir.

## Scene republic.report

# ch02_names.vn:7 · scene `republic.report` title
# source-hash: 82c53ef7
# source: The Form
# untranslated: scene-republic-report

# ch02_names.vn:11 · republic.report · narration
# source-hash: f9f697d3
# source: The summary went to Operations by ten each morning. Operations read it by eleven. By noon it had become a number in a larger number, and by evening a sentence on the radio.
# untranslated: ch2_report_1

# ch02_names.vn:14 · republic.report · narration
# source-hash: 01a6bede
# source: Lena had the form open again. Yesterday's engagement, last night's patrol, this morning's quiet. UNITS DEPLOYED. UNITS DAMAGED. UNITS LOST.
# untranslated: ch2_report_2

# ch02_names.vn:16 · republic.report · duval
# source-hash: 50a1ff53
# source: You're doing it the long way. There's a template. You copy yesterday's, change the date.
# untranslated: ch2_report_3

# ch02_names.vn:17 · republic.report · lena
# source-hash: d5b403dc
# source: There's a field here for remarks.
# untranslated: ch2_report_4

# ch02_names.vn:18 · republic.report · duval
# source-hash: 30b839f2
# source: There's a field for remarks on the coffee machine, too. Nobody reads that either.
# untranslated: ch2_report_5

# ch02_names.vn:19 · republic.report · lena
# source-hash: 01ee4dbd
# source: Then nobody will mind what I put in it.
# untranslated: ch2_report_6

# ch02_names.vn:20 · republic.report · duval (worried)
# source-hash: 1aa6f900
# source: Mirize. Listen to me for a second, as a colleague.
# untranslated: ch2_report_7

# ch02_names.vn:21 · republic.report · duval
# source-hash: c05143dd
# source: Some people upstairs like a Handler with feelings. It looks good in the photographs. Some people upstairs don't. You can't tell which is which until it's too late.
# untranslated: ch2_report_8

# ch02_names.vn:23 · republic.report · narration
# source-hash: 91ee2bf4
# source: He left a cup of coffee by her elbow on his way out. It was the nicest thing he had ever done for her, and she suspected he knew it.
# untranslated: ch2_report_9

# ch02_names.vn:24 · republic.report · choice
# source-hash: 55624821
# source: The remarks field is empty.
# untranslated: ch2_report_remarks

# ch02_names.vn:25 · republic.report · option
# source-hash: a03b66e7
# source: List the Processors by name, as the pilots of their units.
# untranslated: ch2_report_o1

# ch02_names.vn:29 · republic.report · narration
# source-hash: c1c7012e
# source: Raiden Shuga, Werewolf. Theo Rikka, Laughing Fox. She went down the roster and did not skip anyone.
# untranslated: ch2_report_10

# ch02_names.vn:31 · republic.report · narration
# source-hash: f2dc8da8
# source: She did not need the roster for most of them.
# untranslated: ch2_report_11

# ch02_names.vn:33 · republic.report · narration
# source-hash: e71a3fee
# source: She had to look the names up. That was its own small lesson.
# untranslated: ch2_report_12

# ch02_names.vn:34 · republic.report · narration
# source-hash: 5bc5deea
# source: At the bottom she typed: The units listed above are crewed. Recommend the summary reflect this.
# untranslated: ch2_report_13

# ch02_names.vn:35 · republic.report · lena
# source-hash: b1df31fc
# source: There.
# untranslated: ch2_report_14

# ch02_names.vn:36 · republic.report · narration
# source-hash: c29d4e08
# source: She sent it before she could improve it into something safer.
# untranslated: ch2_report_15

# ch02_names.vn:37 · republic.report · option
# source-hash: 62b22598
# source: Use the template. Change the date. Send it.
# untranslated: ch2_report_o2

# ch02_names.vn:39 · republic.report · narration
# source-hash: b4b29298
# source: It took eleven seconds. She timed it without meaning to.
# untranslated: ch2_report_16

# ch02_names.vn:40 · republic.report · lena (sad)
# source-hash: eb5ed9dd
# source: Eleven seconds.
# untranslated: ch2_report_17

# ch02_names.vn:41 · republic.report · narration
# source-hash: 8e5bf024
# source: She sat with her hands in her lap afterwards and felt nothing much, which was worse than feeling something.
# untranslated: ch2_report_18

# ch02_names.vn:42 · republic.report · option
# source-hash: 708fcc69
# source: Leave the remarks empty, but write the names in her own notebook.
# untranslated: ch2_report_o3

# ch02_names.vn:44 · republic.report · narration
# source-hash: 555f5b32
# source: Not for Operations. For herself. A small, private ledger nobody would ask to see.
# untranslated: ch2_report_19

# ch02_names.vn:45 · republic.report · narration
# source-hash: b3ded739
# source: The first page, in her careful school handwriting: Spearhead Squadron. Then a list. Then, after some thought, room for more.
# untranslated: ch2_report_20

## Scene front.barracks

# ch02_names.vn:49 · scene `front.barracks` title
# source-hash: 749c0cc1
# source: After Hours
# untranslated: scene-front-barracks

# ch02_names.vn:52 · front.barracks · narration
# source-hash: 87b8bd8e
# source: The barracks had been a school once. The blackboard was still on the wall of the common room. Someone had written the week's cooking rota on it, and someone else had corrected the spelling of everyone's names but their own.
# untranslated: ch2_barracks_1

# ch02_names.vn:54 · front.barracks · anju
# source-hash: df09c5ca
# source: Kaie, the pot is boiling over.
# untranslated: ch2_barracks_2

# ch02_names.vn:56 · front.barracks · kaie
# source-hash: 01ee9e59
# source: It's not boiling over, it's expressing itself.
# untranslated: ch2_barracks_3

# ch02_names.vn:57 · front.barracks · anju
# source-hash: 1c10f27c
# source: It's expressing itself onto the stove.
# untranslated: ch2_barracks_4

# ch02_names.vn:58 · front.barracks · kaie (smile)
# source-hash: c2d57805
# source: Fine. Fine. Nobody appreciates an artist.
# untranslated: ch2_barracks_5

# ch02_names.vn:60 · front.barracks · theo
# source-hash: a61700c5
# source: I appreciate artists. I'm one. That's not art, that's soup.
# untranslated: ch2_barracks_6

# ch02_names.vn:61 · front.barracks · narration
# source-hash: e93f3160
# source: Kurena leaned over the pot, sniffed, and made a face she would later deny making.
# untranslated: ch2_barracks_60

# ch02_names.vn:62 · front.barracks · kurena
# source-hash: a51232fe
# source: What's in it?
# untranslated: ch2_barracks_61

# ch02_names.vn:63 · front.barracks · kaie
# source-hash: d9ebb57a
# source: Love. Also the tinned meat. Also a potato, I think, unless it's a stone.
# untranslated: ch2_barracks_62

# ch02_names.vn:64 · front.barracks · anju
# source-hash: 55d45993
# source: It was a potato. I checked.
# untranslated: ch2_barracks_63

# ch02_names.vn:65 · front.barracks · theo
# source-hash: 49cae34a
# source: She checked. That's the level we're at. We check whether it's a potato.
# untranslated: ch2_barracks_64

# ch02_names.vn:66 · front.barracks · narration
# source-hash: 227bf839
# source: Raiden sat at the end of the long table with a radio in pieces and a screwdriver in his teeth. Kurena was oiling her rifle. Shin was on the windowsill, reading, or pretending to.
# untranslated: ch2_barracks_7

# ch02_names.vn:68 · front.barracks · narration
# source-hash: 34ff3cb0
# source: At nine, the silver band at the back of each of their necks gave a small cold tingle.
# untranslated: ch2_barracks_8

# ch02_names.vn:70 · front.barracks · lena
# source-hash: e18fb599
# source: Handler One. Um. Good evening, Spearhead.
# untranslated: ch2_barracks_9

# ch02_names.vn:71 · front.barracks · theo (surprised)
# source-hash: aee0ba7c
# source: It's nine o'clock.
# untranslated: ch2_barracks_10

# ch02_names.vn:72 · front.barracks · lena
# source-hash: 6143e726
# source: I know what time it is, Laughing Fox.
# untranslated: ch2_barracks_11

# ch02_names.vn:73 · front.barracks · kaie
# source-hash: 9e5783be
# source: Handlers don't connect at nine o'clock. It's not in the rules. I've read the rules. Well. Anju read them to me.
# untranslated: ch2_barracks_12

# ch02_names.vn:74 · front.barracks · lena
# source-hash: 7f3c8de4
# source: There's no rule against it, either. I checked.
# untranslated: ch2_barracks_13

# ch02_names.vn:75 · front.barracks · shin
# source-hash: d41d5527
# source: Is something wrong, Handler One?
# untranslated: ch2_barracks_14

# ch02_names.vn:76 · front.barracks · lena
# source-hash: a9daba58
# source: No. Nothing's wrong. I wanted... I thought I'd see how you all were. Off duty.
# untranslated: ch2_barracks_15

# ch02_names.vn:77 · front.barracks · narration
# source-hash: 64bb0325
# source: Silence. Kurena's cloth stopped on the barrel of the rifle.
# untranslated: ch2_barracks_16

# ch02_names.vn:78 · front.barracks · choice
# source-hash: 0c1021c6
# source: A room full of people she has never seen is waiting for her to explain herself.
# untranslated: ch2_barracks_talk

# ch02_names.vn:79 · front.barracks · option
# source-hash: 4adbdaae
# source: "What do you do in the evenings? If you don't mind me asking."
# untranslated: ch2_barracks_o1

# ch02_names.vn:83 · front.barracks · kaie
# source-hash: 58f0d90d
# source: Tonight? Soup.
# untranslated: ch2_barracks_17

# ch02_names.vn:84 · front.barracks · anju
# source-hash: 84d3b1f9
# source: Cautiously.
# untranslated: ch2_barracks_18

# ch02_names.vn:85 · front.barracks · theo
# source-hash: 70ba332f
# source: Raiden takes radios apart and puts them back with more pieces left over. Kurena polishes things that can kill people. Shin reads the same book.
# untranslated: ch2_barracks_19

# ch02_names.vn:86 · front.barracks · shin
# source-hash: 3fa5ead0
# source: It's a different book.
# untranslated: ch2_barracks_20

# ch02_names.vn:87 · front.barracks · theo
# source-hash: dfe9012a
# source: It's the same book. He has three and reads them in rotation.
# untranslated: ch2_barracks_21

# ch02_names.vn:88 · front.barracks · narration
# source-hash: 7b2dd8ba
# source: Lena laughed. It came out of her before she could decide whether it was allowed, and she heard them hear it.
# untranslated: ch2_barracks_22

# ch02_names.vn:89 · front.barracks · option
# source-hash: f9f479de
# source: "What do you need that you're not getting? Tell me and I'll ask for it."
# untranslated: ch2_barracks_o2

# ch02_names.vn:93 · front.barracks · raiden
# source-hash: 4c8b6a9e
# source: Spare actuators. Filters for the cockpit air. Antibiotics that aren't three years past the date.
# untranslated: ch2_barracks_23

# ch02_names.vn:94 · front.barracks · lena
# source-hash: be91c311
# source: I'll write that down. All of it.
# untranslated: ch2_barracks_24

# ch02_names.vn:95 · front.barracks · theo
# source-hash: 6c6f3da1
# source: Paint.
# untranslated: ch2_barracks_25

# ch02_names.vn:96 · front.barracks · lena
# source-hash: 2be28ffd
# source: Paint?
# untranslated: ch2_barracks_26

# ch02_names.vn:97 · front.barracks · theo
# source-hash: df486065
# source: For the units. And. Not for the units. Paint.
# untranslated: ch2_barracks_27

# ch02_names.vn:98 · front.barracks · lena
# source-hash: 0409aaf1
# source: I'll find some paint, Laughing Fox.
# untranslated: ch2_barracks_28

# ch02_names.vn:99 · front.barracks · raiden
# source-hash: 29072707
# source: She's writing it down. I can hear the pen.
# untranslated: ch2_barracks_29

# ch02_names.vn:100 · front.barracks · option
# source-hash: e81a5c7f
# source: "We're hanging the festival lights tonight. I thought you'd like to hear about it."
# untranslated: ch2_barracks_o3

# ch02_names.vn:103 · front.barracks · lena
# source-hash: aaeef23a
# source: The whole of Liberty Avenue is blue and white. There's a band practising on the steps of the...
# untranslated: ch2_barracks_30

# ch02_names.vn:104 · front.barracks · narration
# source-hash: 61df00f7
# source: She heard the quiet, and stopped.
# untranslated: ch2_barracks_31

# ch02_names.vn:105 · front.barracks · kurena (angry)
# source-hash: a0977e76
# source: That's nice. We have lights here too. They come on when the Legion hits the generator.
# untranslated: ch2_barracks_32

# ch02_names.vn:106 · front.barracks · lena (sad)
# source-hash: 9f68f772
# source: I'm sorry. That was thoughtless.
# untranslated: ch2_barracks_33

# ch02_names.vn:107 · front.barracks · anju
# source-hash: 7455c6dd
# source: It's all right. You didn't know what to say. Nobody ever does.
# untranslated: ch2_barracks_34

# ch02_names.vn:110 · front.barracks · kurena
# source-hash: b9fbdb01
# source: Can I ask something, Handler One?
# untranslated: ch2_barracks_35

# ch02_names.vn:111 · front.barracks · lena
# source-hash: bcaae8d7
# source: Of course.
# untranslated: ch2_barracks_36

# ch02_names.vn:112 · front.barracks · kurena
# source-hash: 9041b20f
# source: Why do you care? Really. You're inside. You sleep in a bed that nobody shoots at. In a month you'll get a medal and a new posting and we'll be a story you tell at dinner. Why pretend?
# untranslated: ch2_barracks_37

# ch02_names.vn:113 · front.barracks · narration
# source-hash: 619a3a61
# source: Theo murmured something that might have been her name, as a warning. She didn't look at him.
# untranslated: ch2_barracks_38

# ch02_names.vn:114 · front.barracks · choice
# source-hash: fef09797
# source: Kurena is waiting. So is everyone else.
# untranslated: ch2_barracks_why

# ch02_names.vn:115 · front.barracks · option
# source-hash: 3f1e8dbc
# source: "Because you're people. Because someone should have said so years ago."
# untranslated: ch2_barracks_o4

# ch02_names.vn:117 · front.barracks · kurena
# source-hash: c5d60d2f
# source: Words are cheap in there. Everything is, I hear.
# untranslated: ch2_barracks_39

# ch02_names.vn:118 · front.barracks · lena
# source-hash: 76a43961
# source: Then I'll have to say them for a long time, until they cost me something.
# untranslated: ch2_barracks_40

# ch02_names.vn:119 · front.barracks · narration
# source-hash: 0503e129
# source: Kurena did not answer, which from Kurena was nearly a concession.
# untranslated: ch2_barracks_41

# ch02_names.vn:120 · front.barracks · option
# source-hash: 4c16ad90
# source: "Because it's my job, and I intend to do it properly."
# untranslated: ch2_barracks_o5

# ch02_names.vn:122 · front.barracks · kurena
# source-hash: dffd18f2
# source: Your job.
# untranslated: ch2_barracks_42

# ch02_names.vn:123 · front.barracks · lena
# source-hash: 286d9dc5
# source: My job is to bring you home from every sortie. I haven't done it yet. I'd like to start.
# untranslated: ch2_barracks_43

# ch02_names.vn:124 · front.barracks · shin
# source-hash: d5c7f2ce
# source: That's a reasonable answer.
# untranslated: ch2_barracks_44

# ch02_names.vn:125 · front.barracks · kurena (surprised)
# source-hash: 2e574b12
# source: Shin!
# untranslated: ch2_barracks_45

# ch02_names.vn:126 · front.barracks · option
# source-hash: d94d3dcd
# source: Say nothing. Let the question stand; it deserves to.
# untranslated: ch2_barracks_o6

# ch02_names.vn:129 · front.barracks · narration
# source-hash: 62279f17
# source: The silence went on a long time. Lena did not fill it.
# untranslated: ch2_barracks_46

# ch02_names.vn:130 · front.barracks · kurena
# source-hash: 2515be0a
# source: ...That's it? Nothing?
# untranslated: ch2_barracks_47

# ch02_names.vn:131 · front.barracks · lena
# source-hash: 68178455
# source: I don't have an answer that's good enough yet. I'd rather not give you a bad one.
# untranslated: ch2_barracks_48

# ch02_names.vn:132 · front.barracks · narration
# source-hash: ad6956da
# source: On the windowsill, Shin turned a page, the first in an hour.
# untranslated: ch2_barracks_49

# ch02_names.vn:135 · front.barracks · kaie
# source-hash: b46bd345
# source: Will you call tomorrow? At nine? I'm only asking so we know whether to be decent.
# untranslated: ch2_barracks_50

# ch02_names.vn:136 · front.barracks · lena (smile)
# source-hash: 08b25de9
# source: I'll call tomorrow.
# untranslated: ch2_barracks_51

# ch02_names.vn:138 · front.barracks · theo
# source-hash: 9aa437c8
# source: If the paint comes, I'll paint something for you. Not on a unit. Somewhere you can't see it, obviously.
# untranslated: ch2_barracks_52

# ch02_names.vn:139 · front.barracks · lena (smile)
# source-hash: ae4d9d99
# source: I'll take it on faith.
# untranslated: ch2_barracks_53

# ch02_names.vn:141 · front.barracks · anju
# source-hash: dad1982a
# source: Good night, Handler One. Thank you for calling.
# untranslated: ch2_barracks_54

# ch02_names.vn:143 · front.barracks · narration
# source-hash: c1ed52d6
# source: The link closed. For a while nobody said anything.
# untranslated: ch2_barracks_55

# ch02_names.vn:145 · front.barracks · raiden
# source-hash: 641f3795
# source: Well.
# untranslated: ch2_barracks_56

# ch02_names.vn:146 · front.barracks · theo
# source-hash: b085ff5b
# source: Well what?
# untranslated: ch2_barracks_57

# ch02_names.vn:147 · front.barracks · raiden
# source-hash: fbb4229c
# source: Well, she called.
# untranslated: ch2_barracks_58

# ch02_names.vn:148 · front.barracks · narration
# source-hash: 196cfc8d
# source: Kaie went back to the soup, which had, in everyone's absence, expressed itself fully onto the stove.
# untranslated: ch2_barracks_59

## Scene republic.cafe

# ch02_names.vn:154 · scene `republic.cafe` title
# source-hash: ba8bf630
# source: Liberty Avenue
# untranslated: scene-republic-cafe

# ch02_names.vn:158 · republic.cafe · narration
# source-hash: 5d9af393
# source: The café on Liberty Avenue had put out the festival bunting a week early. Blue and white triangles, the colours of the flag, snapping over tables where people ate little cakes in the sun.
# untranslated: ch2_cafe_1

# ch02_names.vn:160 · republic.cafe · annette
# source-hash: c7549d61
# source: You look terrible. Have a pastry.
# untranslated: ch2_cafe_2

# ch02_names.vn:162 · republic.cafe · lena
# source-hash: a1982d83
# source: I look fine.
# untranslated: ch2_cafe_3

# ch02_names.vn:163 · republic.cafe · annette
# source-hash: 2394854f
# source: You look like a woman who's been connecting to an eastern front squadron at nine at night. Don't ask how I know. I built the thing. It keeps a log.
# untranslated: ch2_cafe_4

# ch02_names.vn:165 · republic.cafe · annette (worried)
# source-hash: a73f02b6
# source: You promised me low and short.
# untranslated: ch2_cafe_5

# ch02_names.vn:166 · republic.cafe · lena
# source-hash: 90ce4073
# source: It's low. It's just not short.
# untranslated: ch2_cafe_6

# ch02_names.vn:167 · republic.cafe · annette
# source-hash: 4440147f
# source: That's a lawyer's answer.
# untranslated: ch2_cafe_7

# ch02_names.vn:169 · republic.cafe · annette
# source-hash: 83854511
# source: Heard any ghosts yet?
# untranslated: ch2_cafe_8

# ch02_names.vn:170 · republic.cafe · lena
# source-hash: 9d15563d
# source: No. I've heard a boy complain about soup.
# untranslated: ch2_cafe_9

# ch02_names.vn:171 · republic.cafe · annette
# source-hash: 06c24589
# source: That's worse, in a way.
# untranslated: ch2_cafe_10

# ch02_names.vn:173 · republic.cafe · annette
# source-hash: 756dc3c5
# source: So. Any ghosts? Or are they still not in the regulations?
# untranslated: ch2_cafe_11

# ch02_names.vn:174 · republic.cafe · lena (sad)
# source-hash: 9306ee4e
# source: You're still cross with me.
# untranslated: ch2_cafe_12

# ch02_names.vn:175 · republic.cafe · annette
# source-hash: 72a33e29
# source: I'm always cross with you. It's how you know I like you.
# untranslated: ch2_cafe_13

# ch02_names.vn:176 · republic.cafe · narration
# source-hash: b8ef8b06
# source: Outside, a man on a ladder was hanging a banner across the avenue. NINE YEARS OF PEACE THROUGH DEFENCE. He had it upside down, and a small crowd was enjoying telling him so.
# untranslated: ch2_cafe_37

# ch02_names.vn:177 · republic.cafe · annette
# source-hash: a55c9c06
# source: Look at that. Nine years of peace. I was ten when it started. I've had peace for very nearly half my life and I've spent all of it in a laboratory building the things that make it possible.
# untranslated: ch2_cafe_38

# ch02_names.vn:178 · republic.cafe · lena
# source-hash: 8ac51037
# source: Do you ever think about who's on the other end of it?
# untranslated: ch2_cafe_39

# ch02_names.vn:179 · republic.cafe · annette
# source-hash: 04f153ea
# source: Every day, Lena. Every single day. That's why I build it properly.
# untranslated: ch2_cafe_40

# ch02_names.vn:180 · republic.cafe · narration
# source-hash: d5526eab
# source: Annette turned her cup on its saucer a quarter turn, and another quarter, the way she did when a calculation wasn't coming out.
# untranslated: ch2_cafe_14

# ch02_names.vn:181 · republic.cafe · annette
# source-hash: 57d1f93d
# source: Lena. Can I tell you something I don't tell people?
# untranslated: ch2_cafe_15

# ch02_names.vn:182 · republic.cafe · lena
# source-hash: d7e2cf94
# source: You know you can.
# untranslated: ch2_cafe_16

# ch02_names.vn:183 · republic.cafe · annette (sad)
# source-hash: 2d2062aa
# source: Before the walls. Before the Eighty-Six were... the Eighty-Six. I had a friend who lived on our street. His family were Colorata. His mother gave me sweets. He and I built a radio together out of a biscuit tin.
# untranslated: ch2_cafe_17

# ch02_names.vn:184 · republic.cafe · annette
# source-hash: 75711b99
# source: When they came to move the Colorata out, I was ten. I did something I've never... I did something. And then they were gone.
# untranslated: ch2_cafe_18

# ch02_names.vn:185 · republic.cafe · narration
# source-hash: 6bb9b17c
# source: She put the cup down.
# untranslated: ch2_cafe_19

# ch02_names.vn:186 · republic.cafe · annette
# source-hash: fb54afa7
# source: That's all. I don't know why I said it. Eat your pastry.
# untranslated: ch2_cafe_20

# ch02_names.vn:187 · republic.cafe · choice
# source-hash: 792c3424
# source: Annette has never said this much about anything.
# untranslated: ch2_cafe_friend

# ch02_names.vn:188 · republic.cafe · option
# source-hash: 0ecf4f38
# source: Let it go. Ask about her weekend instead; she'll come back to it when she's ready.
# untranslated: ch2_cafe_o1

# ch02_names.vn:190 · republic.cafe · lena
# source-hash: b19803e5
# source: Tell me about your weekend. Properly. Every boring detail.
# untranslated: ch2_cafe_21

# ch02_names.vn:191 · republic.cafe · annette (smile)
# source-hash: 43d2bf14
# source: I recalibrated a crystal lattice and baked a pear tart. Both came out slightly wrong. I ate the tart anyway.
# untranslated: ch2_cafe_22

# ch02_names.vn:192 · republic.cafe · lena
# source-hash: 74b10e60
# source: And the lattice?
# untranslated: ch2_cafe_23

# ch02_names.vn:193 · republic.cafe · annette
# source-hash: 5e6e776f
# source: I'm not a monster.
# untranslated: ch2_cafe_24

# ch02_names.vn:194 · republic.cafe · option
# source-hash: 07988ac5
# source: Ask her what his name was.
# untranslated: ch2_cafe_o2

# ch02_names.vn:196 · republic.cafe · annette (angry)
# source-hash: d4491baf
# source: It doesn't matter what his name was.
# untranslated: ch2_cafe_25

# ch02_names.vn:197 · republic.cafe · lena
# source-hash: 6ee26691
# source: It matters to you.
# untranslated: ch2_cafe_26

# ch02_names.vn:198 · republic.cafe · annette (sad)
# source-hash: fff553df
# source: ...It was a long name. An old family. The kind that doesn't exist in there anymore. Don't ask me again, Lena. Please.
# untranslated: ch2_cafe_27

# ch02_names.vn:200 · republic.cafe · option
# source-hash: 19d585b4
# source: Tell her that the captain of Spearhead is called Nouzen.
# untranslated: ch2_cafe_o3

# ch02_names.vn:203 · republic.cafe · narration
# source-hash: b612e732
# source: Annette's cup went over. Coffee ran across the little table, into the sugar, off the edge.
# untranslated: ch2_cafe_28

# ch02_names.vn:204 · republic.cafe · annette (surprised)
# source-hash: 57c27b8f
# source: What did you say?
# untranslated: ch2_cafe_29

# ch02_names.vn:205 · republic.cafe · lena
# source-hash: 041e5c0c
# source: Shinei Nouzen. Why? Annette, what's wrong?
# untranslated: ch2_cafe_30

# ch02_names.vn:206 · republic.cafe · annette
# source-hash: d9b0c919
# source: Nothing. It's a common enough name. It's nothing.
# untranslated: ch2_cafe_31

# ch02_names.vn:207 · republic.cafe · narration
# source-hash: 8801dec8
# source: It was not a common name at all, and they both knew it. Annette mopped the table with her napkin for a long time after it was dry.
# untranslated: ch2_cafe_32

# ch02_names.vn:208 · republic.cafe · annette
# source-hash: 16adccb3
# source: Friday. You're coming to dinner. I'm making the tart again, and this time it'll be right.
# untranslated: ch2_cafe_33

# ch02_names.vn:209 · republic.cafe · lena (smile)
# source-hash: fe8d25f4
# source: Friday.
# untranslated: ch2_cafe_34

# ch02_names.vn:210 · republic.cafe · annette
# source-hash: 8d924586
# source: Not "if nothing comes up." Friday.
# untranslated: ch2_cafe_35

# ch02_names.vn:211 · republic.cafe · lena
# source-hash: 09527b35
# source: Friday, Annette. I promise.
# untranslated: ch2_cafe_36

## Scene republic.plaza

# ch02_names.vn:216 · scene `republic.plaza` title
# source-hash: e9d5aa46
# source: The Guardian
# untranslated: scene-republic-plaza

# ch02_names.vn:219 · republic.plaza · narration
# source-hash: f4829e82
# source: Revolution Plaza was being dressed for the festival. Workmen on ladders were hanging flags from the lamp posts. A stage was going up in front of the Assembly steps, a plank at a time.
# untranslated: ch2_plaza_1

# ch02_names.vn:220 · republic.plaza · narration
# source-hash: 2b428590
# source: In the middle of the plaza, on a plinth of white stone, stood a Juggernaut.
# untranslated: ch2_plaza_2

# ch02_names.vn:222 · republic.plaza · narration
# source-hash: 75ea2906
# source: Lena had walked past it a hundred times. It had been there since she was a girl. A brass plate on the plinth read: THE REPUBLIC'S UNMANNED GUARDIAN. NO CITIZEN NEED FALL.
# untranslated: ch2_plaza_3

# ch02_names.vn:223 · republic.plaza · narration
# source-hash: b27c5639
# source: Children climbed on its legs at weekends. There was a photograph of her, somewhere, at seven, sitting on its foot with an ice cream.
# untranslated: ch2_plaza_4

# ch02_names.vn:224 · republic.plaza · narration
# source-hash: 416248d7
# source: Today she looked at it properly for the first time.
# untranslated: ch2_plaza_5

# ch02_names.vn:225 · republic.plaza · narration
# source-hash: 5bafcf27
# source: The cockpit hatch was welded shut, for safety, but there was a gap at the seam. She stood on tiptoe and looked in. A seat. A harness. Pedals, set close to the seat, close enough for short legs. A cushion, worn thin, that someone had put there and no one had thought to take out.
# untranslated: ch2_plaza_6

# ch02_names.vn:226 · republic.plaza · lena
# source-hash: 5d703268
# source: Unmanned.
# untranslated: ch2_plaza_7

# ch02_names.vn:227 · republic.plaza · narration
# source-hash: 6dfe369d
# source: A little boy was watching her from the foot of the plinth, holding his mother's hand, with the seriousness of the very small.
# untranslated: ch2_plaza_8

# ch02_names.vn:228 · republic.plaza · narration
# source-hash: 318d66f4
# source: He pointed at the Juggernaut and asked his mother whether it was sad, all by itself. His mother laughed and said machines can't be sad, darling, that's the whole point of them, and pulled him on towards the flag stalls.
# untranslated: ch2_plaza_9

# ch02_names.vn:230 · republic.plaza · narration
# source-hash: f6da96a8
# source: Lena stood there a while longer. Then she took out her notebook, and under the list of names, or the place where the names would go, she wrote: There is a cushion in the one on the plaza.
# untranslated: ch2_plaza_10

# ch02_names.vn:231 · republic.plaza · narration
# source-hash: 18265ba7
# source: She did not know why it mattered. She knew that it did.
# untranslated: ch2_plaza_11

# ch02_names.vn:234 · republic.plaza · narration
# source-hash: e198a7ae
# source: That night, on the link, she almost told Theo about it. Then she thought about the cushion, and about who might have sat on it, and she asked him what he would paint, if he ever had paint, instead.
# untranslated: ch2_plaza_12

# ch02_names.vn:236 · republic.plaza · narration
# source-hash: 0a9a6dbe
# source: That night, at eighteen hundred, she connected, and said "Handler One," and for the first time the words felt like a uniform that did not fit.
# untranslated: ch2_plaza_13

## Scene front.patrol

# ch02_names.vn:240 · scene `front.patrol` title
# source-hash: 936b096b
# source: Night Patrol
# untranslated: scene-front-patrol

# ch02_names.vn:243 · front.patrol · narration
# source-hash: d7717d9b
# source: Night on the eastern front was darker than night anywhere inside. No streetlights. No windows. The only lights were stars, and the occasional slow red blink of something that was not a star.
# untranslated: ch2_patrol_1

# ch02_names.vn:247 · front.patrol · raiden
# source-hash: c9597a17
# source: You've gone quiet. Quieter. Which ones?
# untranslated: ch2_patrol_2

# ch02_names.vn:248 · front.patrol · shin
# source-hash: f07956d1
# source: Two Ameise, west, in the old orchard. A Löwe further back. They're not coming tonight.
# untranslated: ch2_patrol_3

# ch02_names.vn:249 · front.patrol · raiden
# source-hash: 6212e29c
# source: You sure?
# untranslated: ch2_patrol_4

# ch02_names.vn:250 · front.patrol · shin
# source-hash: 10c9a210
# source: They're talking about other things.
# untranslated: ch2_patrol_5

# ch02_names.vn:251 · front.patrol · narration
# source-hash: 13e6038b
# source: Raiden did not ask what the Legion talked about. He had asked once, years ago, and had not slept properly for a week after the answer.
# untranslated: ch2_patrol_6

# ch02_names.vn:252 · front.patrol · narration
# source-hash: 62f2709e
# source: They walked on. Their Juggernauts' feet made a soft, ticking crunch in the frost, four legs each, in a rhythm Raiden could have fallen asleep to, and sometimes nearly did.
# untranslated: ch2_patrol_37

# ch02_names.vn:253 · front.patrol · raiden
# source-hash: ad6b578c
# source: Theo's drawing the hangar again. Third time this month.
# untranslated: ch2_patrol_38

# ch02_names.vn:254 · front.patrol · shin
# source-hash: 3c6f88ed
# source: It hasn't changed.
# untranslated: ch2_patrol_39

# ch02_names.vn:255 · front.patrol · raiden
# source-hash: f3db6764
# source: He says that's the point. He says if he draws it enough times, he'll notice the day it does.
# untranslated: ch2_patrol_40

# ch02_names.vn:256 · front.patrol · narration
# source-hash: 005d39d4
# source: Shin did not answer that. Raiden had not expected him to. It was the kind of thing that went into Shin and stayed there, and came out a month later in a sentence you had forgotten was connected.
# untranslated: ch2_patrol_41

# ch02_names.vn:258 · front.patrol · raiden
# source-hash: e84dd789
# source: So. The Handler.
# untranslated: ch2_patrol_7

# ch02_names.vn:259 · front.patrol · shin
# source-hash: df441ab5
# source: What about her.
# untranslated: ch2_patrol_8

# ch02_names.vn:261 · front.patrol · raiden
# source-hash: 4d252e19
# source: You keep the link open longer than you need to, when she's on. I've noticed.
# untranslated: ch2_patrol_9

# ch02_names.vn:262 · front.patrol · shin
# source-hash: 16b9d012
# source: She calls the spacing well. It's useful.
# untranslated: ch2_patrol_10

# ch02_names.vn:263 · front.patrol · raiden (smile)
# source-hash: 936c6a85
# source: It's useful. Sure.
# untranslated: ch2_patrol_11

# ch02_names.vn:264 · front.patrol · shin
# source-hash: d33b7dc2
# source: ...She listens before she talks. Most of them do it the other way round.
# untranslated: ch2_patrol_12

# ch02_names.vn:266 · front.patrol · raiden
# source-hash: 0c813164
# source: She's still here. That's something.
# untranslated: ch2_patrol_13

# ch02_names.vn:267 · front.patrol · shin
# source-hash: 977b9cf6
# source: It's two weeks.
# untranslated: ch2_patrol_14

# ch02_names.vn:268 · front.patrol · raiden
# source-hash: 6846096a
# source: The last one didn't make one.
# untranslated: ch2_patrol_15

# ch02_names.vn:269 · front.patrol · shin
# source-hash: 045093ce
# source: Then it's something.
# untranslated: ch2_patrol_16

# ch02_names.vn:271 · front.patrol · raiden
# source-hash: e7052549
# source: She's trying. You could tell her she's trying.
# untranslated: ch2_patrol_17

# ch02_names.vn:272 · front.patrol · shin
# source-hash: 9c3132e6
# source: She'll either keep going or she won't. Nothing I say changes which.
# untranslated: ch2_patrol_18

# ch02_names.vn:273 · front.patrol · raiden
# source-hash: ea1f7516
# source: That's a lonely way to live, you know that?
# untranslated: ch2_patrol_19

# ch02_names.vn:274 · front.patrol · shin
# source-hash: 2a21f510
# source: It's a way.
# untranslated: ch2_patrol_20

# ch02_names.vn:276 · front.patrol · raiden
# source-hash: 1d395ecc
# source: Kaie's teaching her to say things in her grandmother's language over the link. Badly. The Handler, I mean. Kaie's fine.
# untranslated: ch2_patrol_21

# ch02_names.vn:277 · front.patrol · shin
# source-hash: b16115ec
# source: I heard.
# untranslated: ch2_patrol_22

# ch02_names.vn:279 · front.patrol · raiden
# source-hash: d3535f3c
# source: Theo's asked three times if the paint's come. I think he'll cry if it does.
# untranslated: ch2_patrol_23

# ch02_names.vn:280 · front.patrol · shin
# source-hash: ec85f711
# source: It won't.
# untranslated: ch2_patrol_24

# ch02_names.vn:281 · front.patrol · raiden
# source-hash: 3d7ff6cd
# source: Maybe it will.
# untranslated: ch2_patrol_25

# ch02_names.vn:283 · front.patrol · raiden
# source-hash: f0653f13
# source: Also, supply says Operations sent our roster back with a note. Somebody up there read our names. Out loud, in a meeting, I heard. Didn't go down well.
# untranslated: ch2_patrol_26

# ch02_names.vn:284 · front.patrol · shin
# source-hash: 194d2435
# source: Hers?
# untranslated: ch2_patrol_27

# ch02_names.vn:285 · front.patrol · raiden
# source-hash: 4cfc9c07
# source: Hers.
# untranslated: ch2_patrol_28

# ch02_names.vn:286 · front.patrol · shin
# source-hash: 90f36ed3
# source: ...Hm.
# untranslated: ch2_patrol_29

# ch02_names.vn:287 · front.patrol · narration
# source-hash: 7f726f7e
# source: A long way off, something moved in the dark and then didn't.
# untranslated: ch2_patrol_30

# ch02_names.vn:288 · front.patrol · shin
# source-hash: dbdc34a1
# source: We should head back.
# untranslated: ch2_patrol_31

# ch02_names.vn:289 · front.patrol · raiden
# source-hash: 200ae976
# source: Shin.
# untranslated: ch2_patrol_32

# ch02_names.vn:290 · front.patrol · shin
# source-hash: 69f30401
# source: What.
# untranslated: ch2_patrol_33

# ch02_names.vn:291 · front.patrol · raiden
# source-hash: dc35f16d
# source: If she lasts, you'll have to talk to her properly eventually. She's going to ask. That kind always asks.
# untranslated: ch2_patrol_34

# ch02_names.vn:292 · front.patrol · shin
# source-hash: aa35a140
# source: Ask what.
# untranslated: ch2_patrol_35

# ch02_names.vn:293 · front.patrol · raiden
# source-hash: 5568d637
# source: Everything.
# untranslated: ch2_patrol_36

## Scene republic.archives

# ch03_kirschbluete.vn:7 · scene `republic.archives` title
# source-hash: 7dcfa3ce
# source: Basement Level
# untranslated: scene-republic-archives

# ch03_kirschbluete.vn:12 · republic.archives · narration
# source-hash: 81cb7b2f
# source: The records office was three floors under the festival. You could hear the band through the ceiling, faintly, practising the anthem for the hundredth time.
# untranslated: ch3_archives_1

# ch03_kirschbluete.vn:14 · republic.archives · clerk
# source-hash: bce139cb
# source: Major. Nobody comes down here who isn't lost.
# untranslated: ch3_archives_2

# ch03_kirschbluete.vn:15 · republic.archives · lena
# source-hash: b934481b
# source: I'm not lost. I'm looking for the records of the Eighty-Sixth Sector units. Spearhead Squadron, first ward, eastern front.
# untranslated: ch3_archives_3

# ch03_kirschbluete.vn:16 · republic.archives · clerk
# source-hash: 93930fbc
# source: Spearhead.
# untranslated: ch3_archives_4

# ch03_kirschbluete.vn:17 · republic.archives · narration
# source-hash: 0972af30
# source: The clerk was an old man with a cardigan over his uniform and ink on the side of his hand. He said the name as if it were a street he used to live on.
# untranslated: ch3_archives_5

# ch03_kirschbluete.vn:18 · republic.archives · narration
# source-hash: 9e1305a2
# source: Behind him the shelves went back into the dark further than the lights did. Grey boxes, labelled by ward and year. The years near the front were thin. The years further back were very thick, and then, nine years ago, they stopped, and started again with a different kind of label.
# untranslated: ch3_archives_31

# ch03_kirschbluete.vn:19 · republic.archives · clerk
# source-hash: 2d8e4e2d
# source: You're their Handler. The new one.
# untranslated: ch3_archives_6

# ch03_kirschbluete.vn:20 · republic.archives · lena
# source-hash: c5aeefb9
# source: Yes.
# untranslated: ch3_archives_7

# ch03_kirschbluete.vn:21 · republic.archives · clerk
# source-hash: 152cf84d
# source: Do you know what Spearhead is, Major? Did anyone tell you?
# untranslated: ch3_archives_8

# ch03_kirschbluete.vn:22 · republic.archives · lena
# source-hash: 2d3362d1
# source: An eastern front squadron.
# untranslated: ch3_archives_9

# ch03_kirschbluete.vn:23 · republic.archives · clerk
# source-hash: 3697bd67
# source: It's where the front sends the ones who keep coming back. The ones who have lived too long to be an accident. Every ward sends its best to Spearhead, and Spearhead holds the worst stretch of the line.
# untranslated: ch3_archives_10

# ch03_kirschbluete.vn:24 · republic.archives · narration
# source-hash: bbdd7200
# source: He took off his glasses and cleaned them on the cardigan, which only made them worse.
# untranslated: ch3_archives_11

# ch03_kirschbluete.vn:25 · republic.archives · clerk
# source-hash: 0ef9c407
# source: Their captain's been at the front since he was eleven. It's in the file. Everything's in the file. Nobody reads the file.
# untranslated: ch3_archives_12

# ch03_kirschbluete.vn:26 · republic.archives · lena (worried)
# source-hash: 48246be0
# source: Eleven.
# untranslated: ch3_archives_13

# ch03_kirschbluete.vn:27 · republic.archives · narration
# source-hash: ce9ab263
# source: The band upstairs reached the line about liberty and held the note.
# untranslated: ch3_archives_14

# ch03_kirschbluete.vn:28 · republic.archives · choice
# source-hash: d37c2c62
# source: The files are on a trolley by the clerk's desk. Nobody has signed for them in years.
# untranslated: ch3_archives_files

# ch03_kirschbluete.vn:29 · republic.archives · option
# source-hash: f95f8999
# source: Sign for the personnel files. All of them.
# untranslated: ch3_archives_o1

# ch03_kirschbluete.vn:33 · republic.archives · clerk
# source-hash: 60ad68a0
# source: You'll be on a list. Anyone who signs for these goes on a list.
# untranslated: ch3_archives_15

# ch03_kirschbluete.vn:34 · republic.archives · lena
# source-hash: 9dbde22e
# source: Then put me on it.
# untranslated: ch3_archives_16

# ch03_kirschbluete.vn:35 · republic.archives · narration
# source-hash: 6ed6dfe1
# source: He pushed the trolley towards her. The wheels squeaked all the way across the floor.
# untranslated: ch3_archives_17

# ch03_kirschbluete.vn:36 · republic.archives · narration
# source-hash: b27ee098
# source: She read until the band stopped. Dates of birth. Wards. Service records with too many sorties in them. A note in one margin, in a previous Handler's hand: Will not complain. Will not stop.
# untranslated: ch3_archives_18

# ch03_kirschbluete.vn:37 · republic.archives · narration
# source-hash: 301b1756
# source: She did not cry. She turned the pages carefully, because the paper was old.
# untranslated: ch3_archives_19

# ch03_kirschbluete.vn:38 · republic.archives · option
# source-hash: 65b0ff9b
# source: Ask him what happens to the Eighty-Six who finish their service.
# untranslated: ch3_archives_o2

# ch03_kirschbluete.vn:41 · republic.archives · clerk
# source-hash: 6ff5e462
# source: Five years. Serve five years and your family gets its citizenship back. That's the law.
# untranslated: ch3_archives_20

# ch03_kirschbluete.vn:42 · republic.archives · lena
# source-hash: 41d438de
# source: And how many have...
# untranslated: ch3_archives_21

# ch03_kirschbluete.vn:43 · republic.archives · clerk
# source-hash: 32adbbe0
# source: I've been down here eight years, Major. I have never once filed the paperwork.
# untranslated: ch3_archives_22

# ch03_kirschbluete.vn:44 · republic.archives · narration
# source-hash: a67715e2
# source: He let her work that out herself. It did not take long.
# untranslated: ch3_archives_23

# ch03_kirschbluete.vn:45 · republic.archives · lena (sad)
# source-hash: bc3b89f0
# source: Never once.
# untranslated: ch3_archives_24

# ch03_kirschbluete.vn:46 · republic.archives · clerk
# source-hash: b1d31128
# source: The forms exist. I keep a stack. They're very nicely printed.
# untranslated: ch3_archives_25

# ch03_kirschbluete.vn:47 · republic.archives · option
# source-hash: 8f844d68
# source: Leave the files where they are. Their lives are theirs to tell her, or not.
# untranslated: ch3_archives_o3

# ch03_kirschbluete.vn:49 · republic.archives · lena
# source-hash: 4fd056c2
# source: Thank you. I think I'd rather hear it from them.
# untranslated: ch3_archives_26

# ch03_kirschbluete.vn:50 · republic.archives · clerk
# source-hash: 366df311
# source: From them? You'd ask them?
# untranslated: ch3_archives_27

# ch03_kirschbluete.vn:51 · republic.archives · lena
# source-hash: d0184a5e
# source: If they want to tell me.
# untranslated: ch3_archives_28

# ch03_kirschbluete.vn:52 · republic.archives · narration
# source-hash: ace3071a
# source: The clerk looked at her for a long moment, and then he smiled, for the first time, a small crooked smile that had not been used much.
# untranslated: ch3_archives_29

# ch03_kirschbluete.vn:53 · republic.archives · clerk
# source-hash: 855269d9
# source: The last one to say that lasted six days. I hope you do better.
# untranslated: ch3_archives_30

## Scene front.last_evening

# ch03_kirschbluete.vn:57 · scene `front.last_evening` title
# source-hash: a07d1dbe
# source: Cherry Trees
# untranslated: scene-front-last_evening

# ch03_kirschbluete.vn:60 · front.last_evening · narration
# source-hash: 4664abf8
# source: Kaie Taniya had decided, at some point in the afternoon, that everyone needed a haircut.
# untranslated: ch3_last_evening_1

# ch03_kirschbluete.vn:62 · front.last_evening · kaie
# source-hash: d3325f3f
# source: Sit still. Theo. Sit still or you get the Raiden.
# untranslated: ch3_last_evening_2

# ch03_kirschbluete.vn:64 · front.last_evening · theo
# source-hash: d363a1e9
# source: What's the Raiden?
# untranslated: ch3_last_evening_3

# ch03_kirschbluete.vn:65 · front.last_evening · kaie
# source-hash: 7b8dfcab
# source: It's what Raiden has.
# untranslated: ch3_last_evening_4

# ch03_kirschbluete.vn:66 · front.last_evening · raiden
# source-hash: a7c1552c
# source: I can hear you.
# untranslated: ch3_last_evening_5

# ch03_kirschbluete.vn:67 · front.last_evening · kaie
# source-hash: 1b0eaa1e
# source: Good! Then you know.
# untranslated: ch3_last_evening_6

# ch03_kirschbluete.vn:69 · front.last_evening · kurena
# source-hash: 58e5ec8c
# source: Do Shin's next.
# untranslated: ch3_last_evening_7

# ch03_kirschbluete.vn:70 · front.last_evening · kaie
# source-hash: 5a3b95d1
# source: Shin won't sit for me. Shin cuts his own hair with his knife, like a bandit.
# untranslated: ch3_last_evening_8

# ch03_kirschbluete.vn:71 · front.last_evening · kurena (angry)
# source-hash: 84a3d99f
# source: It looks fine.
# untranslated: ch3_last_evening_9

# ch03_kirschbluete.vn:72 · front.last_evening · kaie
# source-hash: 92fe0668
# source: It looks fine because he has the face for it. Not everyone has the face for it. Theo doesn't.
# untranslated: ch3_last_evening_10

# ch03_kirschbluete.vn:73 · front.last_evening · theo
# source-hash: a9b58c63
# source: I have a great face.
# untranslated: ch3_last_evening_11

# ch03_kirschbluete.vn:74 · front.last_evening · narration
# source-hash: f7503e13
# source: Anju, at the window, laughed into her sleeve.
# untranslated: ch3_last_evening_12

# ch03_kirschbluete.vn:76 · front.last_evening · kaie
# source-hash: fc6a7547
# source: The Handler said she's never cut her own hair in her life. A woman comes to the house to do it. Isn't that terrible? All that hair and she's never once been allowed to ruin it.
# untranslated: ch3_last_evening_13

# ch03_kirschbluete.vn:77 · front.last_evening · kurena
# source-hash: 1066bb8a
# source: She tells you about her hair?
# untranslated: ch3_last_evening_14

# ch03_kirschbluete.vn:78 · front.last_evening · kaie
# source-hash: 68362ef0
# source: She tells me about everything. She doesn't have anyone to tell in there, I think. Only the one friend.
# untranslated: ch3_last_evening_15

# ch03_kirschbluete.vn:80 · front.last_evening · kaie
# source-hash: 325a761e
# source: The Handler asked me yesterday how to say my name properly. Ta-ni-ya. Nobody's asked that since my grandmother.
# untranslated: ch3_last_evening_16

# ch03_kirschbluete.vn:82 · front.last_evening · kaie
# source-hash: 043b64fc
# source: I wonder what the Handler's hair's like. Long, I bet. They have time for long hair in there.
# untranslated: ch3_last_evening_17

# ch03_kirschbluete.vn:84 · front.last_evening · narration
# source-hash: 2ddad2a2
# source: The scissors went snip, snip, in the quiet.
# untranslated: ch3_last_evening_18

# ch03_kirschbluete.vn:85 · front.last_evening · kurena
# source-hash: f2db1128
# source: Kaie. What'll you do? When your five years are done.
# untranslated: ch3_last_evening_19

# ch03_kirschbluete.vn:86 · front.last_evening · kaie
# source-hash: c483f73d
# source: Oh, that. I'm going to go and see cherry trees.
# untranslated: ch3_last_evening_20

# ch03_kirschbluete.vn:87 · front.last_evening · kurena
# source-hash: 60ad7747
# source: There aren't any cherry trees.
# untranslated: ch3_last_evening_21

# ch03_kirschbluete.vn:88 · front.last_evening · kaie
# source-hash: 10034eaf
# source: There are in the Far East. My grandmother said so. Whole hillsides, and in spring the petals come down so thick it's like snow, only warm.
# untranslated: ch3_last_evening_22

# ch03_kirschbluete.vn:89 · front.last_evening · kaie
# source-hash: b2101f54
# source: I'll go there, and I'll sit under one, and I'll eat something I didn't cook, and nobody will shoot at me, and I'll stay there until I get bored. Which will be never.
# untranslated: ch3_last_evening_23

# ch03_kirschbluete.vn:90 · front.last_evening · kurena (sad)
# source-hash: 008e2658
# source: You'll write.
# untranslated: ch3_last_evening_24

# ch03_kirschbluete.vn:91 · front.last_evening · kaie (smile)
# source-hash: f7466d90
# source: I'll send you petals. Pressed. In a letter. It'll come with a Republic stamp on it and a censor will read it and think, what are these strange pink things.
# untranslated: ch3_last_evening_25

# ch03_kirschbluete.vn:92 · front.last_evening · narration
# source-hash: 17e26b76
# source: Across the room, Shin had put his book down. He was listening to something none of the rest of them could hear, with the particular stillness they had all learned to leave alone.
# untranslated: ch3_last_evening_26

# ch03_kirschbluete.vn:94 · front.last_evening · raiden
# source-hash: c3799429
# source: Shin?
# untranslated: ch3_last_evening_27

# ch03_kirschbluete.vn:95 · front.last_evening · shin
# source-hash: e3f2bd52
# source: There are a lot of them. More than I've heard in a long time. North, past the river.
# untranslated: ch3_last_evening_28

# ch03_kirschbluete.vn:96 · front.last_evening · raiden
# source-hash: 41a43087
# source: When?
# untranslated: ch3_last_evening_29

# ch03_kirschbluete.vn:97 · front.last_evening · shin
# source-hash: 6868574c
# source: Tomorrow. Early.
# untranslated: ch3_last_evening_30

# ch03_kirschbluete.vn:98 · front.last_evening · narration
# source-hash: be373acb
# source: Kaie finished the last cut, blew the loose hair off Kurena's neck, and put the scissors down on the windowsill, neatly, the points facing away, the way her grandmother had taught her.
# untranslated: ch3_last_evening_31

# ch03_kirschbluete.vn:99 · front.last_evening · kaie
# source-hash: 2e097b66
# source: Then we'd better all get some sleep, hadn't we.
# untranslated: ch3_last_evening_32

## Scene republic.river

# ch03_kirschbluete.vn:105 · scene `republic.river` title
# source-hash: 40abf4b3
# source: The River Line
# untranslated: scene-republic-river

# ch03_kirschbluete.vn:110 · republic.river · narration
# source-hash: c4638d62
# source: At four in the morning the radar showed what Shin had heard the night before. A wide, slow smear of red crossing the river north of the first ward, in a shape too large to be a mistake.
# untranslated: ch3_river_1

# ch03_kirschbluete.vn:111 · republic.river · lena
# source-hash: 210f2f07
# source: Spearhead, this is Handler One. I see them. I see all of them.
# untranslated: ch3_river_2

# ch03_kirschbluete.vn:112 · republic.river · shin
# source-hash: a7ea3835
# source: Two battalions. Maybe more behind. We can hold the bridge for a while. Not for long.
# untranslated: ch3_river_3

# ch03_kirschbluete.vn:113 · republic.river · lena
# source-hash: 0e9e322f
# source: I'm requesting artillery support from the rear batteries now.
# untranslated: ch3_river_4

# ch03_kirschbluete.vn:115 · republic.river · hq
# source-hash: b1b98bb8
# source: Control to Handler One. Artillery request for sector east one declined. Ammunition allocation for the quarter is exhausted.
# untranslated: ch3_river_5

# ch03_kirschbluete.vn:116 · republic.river · lena (angry)
# source-hash: f095a1c3
# source: Exhausted? It's the ninth week of the quarter. Control, there are two battalions crossing the river!
# untranslated: ch3_river_6

# ch03_kirschbluete.vn:117 · republic.river · hq
# source-hash: b38d4c4d
# source: Declined, Handler One. Use your available units.
# untranslated: ch3_river_7

# ch03_kirschbluete.vn:118 · republic.river · choice
# source-hash: 3d06cc27
# source: The red smear is at the bridge.
# untranslated: ch3_river_artillery

# ch03_kirschbluete.vn:119 · republic.river · option
# source-hash: 68c10cca
# source: Go over Control's head. Call the battery commander directly, on her own authority.
# untranslated: ch3_river_o1

# ch03_kirschbluete.vn:122 · republic.river · lena
# source-hash: b2ac54e5
# source: Battery Four, this is Major Mirize, Handler One, eastern front. I need a fire mission on grid east one-seven, now, on my authority. I'll sign whatever you want.
# untranslated: ch3_river_8

# ch03_kirschbluete.vn:123 · republic.river · narration
# source-hash: 7fc1a818
# source: A long pause. Then a young, nervous voice.
# untranslated: ch3_river_9

# ch03_kirschbluete.vn:124 · republic.river · battery
# source-hash: 131a4ae3
# source: Handler One, Battery Four. Fire mission, east one-seven, six rounds. I'm logging it as a calibration shoot, Major. Shot, over.
# untranslated: ch3_river_57

# ch03_kirschbluete.vn:125 · republic.river · lena
# source-hash: 255c70ed
# source: ...Thank you. Thank you. Spearhead, six rounds incoming on the north bank. Keep your heads down.
# untranslated: ch3_river_10

# ch03_kirschbluete.vn:129 · republic.river · shin
# source-hash: 21ff76a7
# source: That helped.
# untranslated: ch3_river_11

# ch03_kirschbluete.vn:130 · republic.river · narration
# source-hash: 83362781
# source: From Shin, it was a parade.
# untranslated: ch3_river_12

# ch03_kirschbluete.vn:131 · republic.river · option
# source-hash: 24f62223
# source: Don't waste time arguing. Plot them the cleanest line of withdrawal she can find.
# untranslated: ch3_river_o2

# ch03_kirschbluete.vn:133 · republic.river · lena
# source-hash: 82bd1f86
# source: Spearhead, fall back from the bridge in pairs. There's a drainage cut three hundred metres south-west. It's not on your maps. It's on mine.
# untranslated: ch3_river_13

# ch03_kirschbluete.vn:134 · republic.river · raiden
# source-hash: 1019187c
# source: A drainage cut. She's found us a ditch.
# untranslated: ch3_river_14

# ch03_kirschbluete.vn:135 · republic.river · shin
# source-hash: 0e401052
# source: A good ditch. Take it.
# untranslated: ch3_river_15

# ch03_kirschbluete.vn:139 · republic.river · narration
# source-hash: 8bb2c3e0
# source: What followed was long, and loud, and on Lena's screen it was a set of blue marks moving slowly backwards in front of a red tide.
# untranslated: ch3_river_41

# ch03_kirschbluete.vn:140 · republic.river · lena
# source-hash: dd0f2cea
# source: Werewolf, there's a gap opening on your right. Two hundred metres. If you move now, you can get Snow Witch through it.
# untranslated: ch3_river_42

# ch03_kirschbluete.vn:141 · republic.river · raiden
# source-hash: cf0330ba
# source: Moving. Anju, on me.
# untranslated: ch3_river_43

# ch03_kirschbluete.vn:142 · republic.river · anju
# source-hash: 9b2b49ea
# source: On you.
# untranslated: ch3_river_44

# ch03_kirschbluete.vn:143 · republic.river · theo
# source-hash: 5e31bfbd
# source: Handler One, I've got four on my tail and they're very keen.
# untranslated: ch3_river_45

# ch03_kirschbluete.vn:144 · republic.river · lena
# source-hash: 65a35870
# source: Turn left at the broken silo. They'll bunch up at the gate. Laughing Fox, they always bunch up at the gate.
# untranslated: ch3_river_46

# ch03_kirschbluete.vn:146 · republic.river · theo
# source-hash: 94892fa8
# source: ...They bunched up at the gate. I love you. Professionally.
# untranslated: ch3_river_47

# ch03_kirschbluete.vn:147 · republic.river · narration
# source-hash: 4532ce4e
# source: She did not have time to laugh. She noticed, later, that she had wanted to.
# untranslated: ch3_river_16

# ch03_kirschbluete.vn:148 · republic.river · kaie
# source-hash: 64608752
# source: Kirschblüte here. I'm stuck. Something in the left rear leg, it won't answer.
# untranslated: ch3_river_17

# ch03_kirschbluete.vn:149 · republic.river · shin
# source-hash: bff5b8c7
# source: Kaie, get out and get behind the wall.
# untranslated: ch3_river_18

# ch03_kirschbluete.vn:150 · republic.river · kaie
# source-hash: 19b57192
# source: I can't get out, the hatch is... oh. There's one behind me.
# untranslated: ch3_river_19

# ch03_kirschbluete.vn:154 · republic.river · kurena
# source-hash: 57165fca
# source: Kaie! I'm coming, I'm coming, hold on!
# untranslated: ch3_river_20

# ch03_kirschbluete.vn:155 · republic.river · shin
# source-hash: 3e22632f
# source: Kurena, no. They're between you.
# untranslated: ch3_river_21

# ch03_kirschbluete.vn:156 · republic.river · kurena (angry)
# source-hash: 2c716f96
# source: Let me go!
# untranslated: ch3_river_22

# ch03_kirschbluete.vn:157 · republic.river · shin
# source-hash: 3afbae4e
# source: No.
# untranslated: ch3_river_23

# ch03_kirschbluete.vn:158 · republic.river · narration
# source-hash: a22e7612
# source: Lena watched one blue mark stop moving. Three red ones closed in on it.
# untranslated: ch3_river_24

# ch03_kirschbluete.vn:159 · republic.river · kaie
# source-hash: 51f4706c
# source: It's all right. Kurena, it's all right. Stay where you are.
# untranslated: ch3_river_25

# ch03_kirschbluete.vn:160 · republic.river · shin
# source-hash: 3df5ec5b
# source: Handler One. Cut your link.
# untranslated: ch3_river_26

# ch03_kirschbluete.vn:161 · republic.river · lena (worried)
# source-hash: c06da106
# source: What?
# untranslated: ch3_river_27

# ch03_kirschbluete.vn:162 · republic.river · shin
# source-hash: 2f0191bf
# source: Cut the link. Now. You don't need to hear this.
# untranslated: ch3_river_28

# ch03_kirschbluete.vn:163 · republic.river · choice
# source-hash: 79141763
# source: The band at her throat is cold. Kaie is still talking, very quietly.
# untranslated: ch3_river_link

# ch03_kirschbluete.vn:164 · republic.river · option
# source-hash: 23995f20
# source: Stay. Don't let Kaie be alone with only the machines listening.
# untranslated: ch3_river_o3

# ch03_kirschbluete.vn:169 · republic.river · lena
# source-hash: 7ff4a98a
# source: No. I'm staying. Kaie. Kaie, I'm here. I'm still here.
# untranslated: ch3_river_29

# ch03_kirschbluete.vn:170 · republic.river · kaie
# source-hash: 38afa02e
# source: Handler One? Oh. Hello. You're up early.
# untranslated: ch3_river_30

# ch03_kirschbluete.vn:171 · republic.river · lena
# source-hash: 60258f72
# source: I'm here. Tell me about the cherry trees.
# untranslated: ch3_river_31

# ch03_kirschbluete.vn:172 · republic.river · kaie
# source-hash: 8cabea5d
# source: You know about the cherry trees? Somebody told. Of course they did. They're... they're like snow, only warm.
# untranslated: ch3_river_32

# ch03_kirschbluete.vn:173 · republic.river · kaie
# source-hash: 5f4703c6
# source: Kurena. Don't come. Shin. Thank you for...
# untranslated: ch3_river_33

# ch03_kirschbluete.vn:176 · republic.river · narration
# source-hash: a3c1d9df
# source: Then the line was only wind, and the grinding of something heavy moving away, and Kurena, not saying anything at all.
# untranslated: ch3_river_34

# ch03_kirschbluete.vn:177 · republic.river · option
# source-hash: 7986617e
# source: Do as he says. Cut the link.
# untranslated: ch3_river_o4

# ch03_kirschbluete.vn:179 · republic.river · lena (sad)
# source-hash: 5d3e22ca
# source: ...Cutting link.
# untranslated: ch3_river_35

# ch03_kirschbluete.vn:181 · republic.river · narration
# source-hash: c8b41515
# source: The room went silent. Not quiet. Silent. On the screen, a blue mark went grey. Under it, a line of text appeared: UNIT LOST.
# untranslated: ch3_river_36

# ch03_kirschbluete.vn:182 · republic.river · narration
# source-hash: f5299daa
# source: She sat and looked at it, and she had never in her life felt so safe, and so ashamed of being safe.
# untranslated: ch3_river_37

# ch03_kirschbluete.vn:185 · republic.river · lena
# source-hash: 75854447
# source: Handler One, reconnecting. Spearhead, report.
# untranslated: ch3_river_38

# ch03_kirschbluete.vn:186 · republic.river · shin
# source-hash: 94f87267
# source: Kirschblüte is down. The rest of us are falling back. Stay on the link now, please. We need you for the withdrawal.
# untranslated: ch3_river_39

# ch03_kirschbluete.vn:190 · republic.river · narration
# source-hash: f219ebf3
# source: The Legion stopped at the river, as it sometimes did, for reasons of its own. Spearhead came home at seven. Thirteen Juggernauts had gone out.
# untranslated: ch3_river_40

# ch03_kirschbluete.vn:191 · republic.river · narration
# source-hash: 141b7221
# source: Twelve came back. The screen said so in small grey letters, and then, because the form required it, asked her to confirm.
# untranslated: ch3_river_48

# ch03_kirschbluete.vn:194 · republic.river · narration
# source-hash: acb80423
# source: Duval was in the doorway. He had come in early for some reason of his own, and he had heard, through the wall, or through her face. He looked at the screen and then at her.
# untranslated: ch3_river_49

# ch03_kirschbluete.vn:195 · republic.river · duval
# source-hash: b1b52a9e
# source: First one?
# untranslated: ch3_river_50

# ch03_kirschbluete.vn:196 · republic.river · lena (sad)
# source-hash: 83286181
# source: Her name was Kaie.
# untranslated: ch3_river_51

# ch03_kirschbluete.vn:197 · republic.river · narration
# source-hash: a1324bf1
# source: He opened his mouth, and she saw the joke arrive, the easy one, the one he had made to every new Handler for years. She saw him decide not to make it.
# untranslated: ch3_river_52

# ch03_kirschbluete.vn:198 · republic.river · duval
# source-hash: 18b01186
# source: ...Do you want a coffee?
# untranslated: ch3_river_53

# ch03_kirschbluete.vn:199 · republic.river · lena
# source-hash: 036d9a79
# source: No. Thank you.
# untranslated: ch3_river_54

# ch03_kirschbluete.vn:200 · republic.river · duval
# source-hash: debefea0
# source: I'll bring one anyway. You don't have to drink it.
# untranslated: ch3_river_55

# ch03_kirschbluete.vn:202 · republic.river · narration
# source-hash: 637bcb2a
# source: He brought it. She didn't drink it. It sat by her elbow, going cold, and it was, she thought later, the second nicest thing he ever did for her.
# untranslated: ch3_river_56

## Scene front.aluminium

# ch03_kirschbluete.vn:206 · scene `front.aluminium` title
# source-hash: d02616aa
# source: Behind the Hangar
# untranslated: scene-front-aluminium

# ch03_kirschbluete.vn:209 · front.aluminium · narration
# source-hash: c582d3d7
# source: Behind the hangar there was a patch of bare ground, and on it, in no particular order, pieces of metal pushed into the earth.
# untranslated: ch3_aluminium_1

# ch03_kirschbluete.vn:210 · front.aluminium · narration
# source-hash: 659ac5e3
# source: Each piece was a square of aluminium cut from the armour of a Juggernaut. On each one, scratched with the point of a knife, a name.
# untranslated: ch3_aluminium_2

# ch03_kirschbluete.vn:212 · front.aluminium · narration
# source-hash: 02a3e730
# source: Shin knelt and pushed a new one into the ground. He had already cut the letters. He had done it neatly, as he always did. He had had practice.
# untranslated: ch3_aluminium_3

# ch03_kirschbluete.vn:214 · front.aluminium · narration
# source-hash: 816d26dd
# source: Kurena stood a little apart with her arms folded so tightly that her knuckles were pale.
# untranslated: ch3_aluminium_4

# ch03_kirschbluete.vn:216 · front.aluminium · narration
# source-hash: e3552edc
# source: Theo had his sketchbook under his arm. He did not open it.
# untranslated: ch3_aluminium_5

# ch03_kirschbluete.vn:217 · front.aluminium · narration
# source-hash: 74b5d76d
# source: Nobody said anything. Anju began, very quietly, to hum something. It had no words. Nobody asked what it was.
# untranslated: ch3_aluminium_6

# ch03_kirschbluete.vn:218 · front.aluminium · raiden
# source-hash: d5bbbd68
# source: She'd want us to eat something.
# untranslated: ch3_aluminium_30

# ch03_kirschbluete.vn:219 · front.aluminium · theo
# source-hash: 2bad56d1
# source: She'd want us to eat something she cooked, so that we'd complain about it.
# untranslated: ch3_aluminium_31

# ch03_kirschbluete.vn:220 · front.aluminium · raiden
# source-hash: acac9760
# source: We'd complain about it.
# untranslated: ch3_aluminium_32

# ch03_kirschbluete.vn:221 · front.aluminium · theo
# source-hash: ba9ecc09
# source: We would. Every time. God, it was terrible.
# untranslated: ch3_aluminium_33

# ch03_kirschbluete.vn:222 · front.aluminium · narration
# source-hash: 5ca87849
# source: Theo's voice went, on the last word, and he looked at the sky until it came back.
# untranslated: ch3_aluminium_34

# ch03_kirschbluete.vn:225 · front.aluminium · lena
# source-hash: be4299c7
# source: Spearhead. This is Lena.
# untranslated: ch3_aluminium_7

# ch03_kirschbluete.vn:226 · front.aluminium · narration
# source-hash: c52a7872
# source: Not Handler One. She heard them notice.
# untranslated: ch3_aluminium_8

# ch03_kirschbluete.vn:227 · front.aluminium · lena
# source-hash: a5d0d9f9
# source: I... I'm sorry. I wanted to be here. I know I'm not here. I wanted to be.
# untranslated: ch3_aluminium_9

# ch03_kirschbluete.vn:228 · front.aluminium · choice
# source-hash: 130220a3
# source: They are listening, at the graves.
# untranslated: ch3_aluminium_words

# ch03_kirschbluete.vn:229 · front.aluminium · option
# source-hash: 26df51f9
# source: "Kaie Taniya. Kirschblüte. She wanted to see the cherry trees. She cut Kurena's hair the night before."
# untranslated: ch3_aluminium_o1

# ch03_kirschbluete.vn:234 · front.aluminium · narration
# source-hash: 554c9ac8
# source: Kurena made a small sound and put her hand over her mouth.
# untranslated: ch3_aluminium_10

# ch03_kirschbluete.vn:235 · front.aluminium · kurena (sad)
# source-hash: 7e5d4678
# source: How do you know that?
# untranslated: ch3_aluminium_11

# ch03_kirschbluete.vn:237 · front.aluminium · lena
# source-hash: 3658313f
# source: She told me. At nine o'clock, on the link. She told me everything, nearly.
# untranslated: ch3_aluminium_12

# ch03_kirschbluete.vn:239 · front.aluminium · lena
# source-hash: cec2c8ed
# source: She said it. At the end. She wasn't frightened, Kurena. She was thinking about you.
# untranslated: ch3_aluminium_13

# ch03_kirschbluete.vn:241 · front.aluminium · lena
# source-hash: af4dc312
# source: Shin told me. When I asked. I asked him to tell me one thing about her that wasn't her call sign.
# untranslated: ch3_aluminium_14

# ch03_kirschbluete.vn:242 · front.aluminium · kurena
# source-hash: 27216e56
# source: ...Yes. She did. It's crooked. The back's crooked.
# untranslated: ch3_aluminium_15

# ch03_kirschbluete.vn:243 · front.aluminium · narration
# source-hash: ee488ebe
# source: Theo laughed, once, wetly, and then put his arm round her.
# untranslated: ch3_aluminium_16

# ch03_kirschbluete.vn:244 · front.aluminium · option
# source-hash: 0e3d8b6c
# source: "On behalf of the Republic, I offer my condolences for your loss."
# untranslated: ch3_aluminium_o2

# ch03_kirschbluete.vn:247 · front.aluminium · kurena (angry)
# source-hash: 401ac830
# source: On behalf of the Republic.
# untranslated: ch3_aluminium_17

# ch03_kirschbluete.vn:248 · front.aluminium · kurena
# source-hash: d166ae51
# source: The Republic doesn't know she existed. The Republic thinks a drone broke. Don't you dare speak for it here.
# untranslated: ch3_aluminium_18

# ch03_kirschbluete.vn:249 · front.aluminium · lena (sad)
# source-hash: f2516664
# source: You're right. You're right. I'm sorry. I didn't know what else...
# untranslated: ch3_aluminium_19

# ch03_kirschbluete.vn:250 · front.aluminium · kurena
# source-hash: 35a2bf03
# source: Then say nothing!
# untranslated: ch3_aluminium_20

# ch03_kirschbluete.vn:251 · front.aluminium · narration
# source-hash: 36cefa21
# source: She walked away towards the hangar. Nobody stopped her.
# untranslated: ch3_aluminium_21

# ch03_kirschbluete.vn:252 · front.aluminium · option
# source-hash: 7f11db68
# source: Say nothing. Stay on the link. Be there while they are.
# untranslated: ch3_aluminium_o3

# ch03_kirschbluete.vn:255 · front.aluminium · narration
# source-hash: 47c530ba
# source: She said nothing. Anju hummed. Somewhere, a door banged in the wind.
# untranslated: ch3_aluminium_22

# ch03_kirschbluete.vn:256 · front.aluminium · narration
# source-hash: 58686ba6
# source: After a long time Shin stood up, and brushed the dirt from his knees, and spoke to her for the first time without being spoken to first.
# untranslated: ch3_aluminium_23

# ch03_kirschbluete.vn:257 · front.aluminium · shin
# source-hash: bf96d590
# source: Thank you for staying, Handler One.
# untranslated: ch3_aluminium_24

# ch03_kirschbluete.vn:260 · front.aluminium · shin
# source-hash: b4132778
# source: Handler One.
# untranslated: ch3_aluminium_25

# ch03_kirschbluete.vn:261 · front.aluminium · lena
# source-hash: a9e576a3
# source: Yes?
# untranslated: ch3_aluminium_26

# ch03_kirschbluete.vn:262 · front.aluminium · shin
# source-hash: 1f930f19
# source: She'd have liked that you called. She'd have said you were up early.
# untranslated: ch3_aluminium_27

# ch03_kirschbluete.vn:264 · front.aluminium · lena (sad)
# source-hash: ed631208
# source: She did say that.
# untranslated: ch3_aluminium_28

# ch03_kirschbluete.vn:265 · front.aluminium · shin
# source-hash: 0b5603bf
# source: I know. I heard.
# untranslated: ch3_aluminium_29

## Scene republic.three_am

# ch03_kirschbluete.vn:270 · scene `republic.three_am` title
# source-hash: ef653b3f
# source: Three in the Morning
# untranslated: scene-republic-three_am

# ch03_kirschbluete.vn:273 · republic.three_am · narration
# source-hash: 3d185354
# source: At three in the morning the First Sector was beautiful. It was always beautiful. That was the terrible thing about it.
# untranslated: ch3_three_am_1

# ch03_kirschbluete.vn:275 · republic.three_am · narration
# source-hash: 6ef9f21f
# source: Lena sat on the floor of her kitchen with her back against the cupboard, in her uniform, because she had not been able to take it off.
# untranslated: ch3_three_am_2

# ch03_kirschbluete.vn:276 · republic.three_am · narration
# source-hash: dfb81cde
# source: On the radio, turned very low: Eastern front stable. No losses reported.
# untranslated: ch3_three_am_3

# ch03_kirschbluete.vn:277 · republic.three_am · lena
# source-hash: 45c238e1
# source: No losses.
# untranslated: ch3_three_am_4

# ch03_kirschbluete.vn:278 · republic.three_am · narration
# source-hash: 10ce0b50
# source: She turned it off. She looked at the telephone. She touched the band at her throat.
# untranslated: ch3_three_am_5

# ch03_kirschbluete.vn:279 · republic.three_am · choice
# source-hash: c95eb011
# source: She cannot be alone with this. Who does she reach for?
# untranslated: ch3_three_am_reach

# ch03_kirschbluete.vn:280 · republic.three_am · option
# source-hash: 6c863a6e
# source: Telephone Annette.
# untranslated: ch3_three_am_o1

# ch03_kirschbluete.vn:284 · republic.three_am · narration
# source-hash: c3b33d15
# source: Annette answered on the second ring, as if she had been sitting next to the telephone, which, it turned out, she had. She had read the log.
# untranslated: ch3_three_am_6

# ch03_kirschbluete.vn:285 · republic.three_am · narration
# source-hash: 1c8a2914
# source: She was at the door twenty minutes later in a coat over her pyjamas, with a bottle of something from her father's cupboard and no questions at all.
# untranslated: ch3_three_am_7

# ch03_kirschbluete.vn:287 · republic.three_am · annette
# source-hash: a09314f9
# source: Budge up.
# untranslated: ch3_three_am_8

# ch03_kirschbluete.vn:288 · republic.three_am · narration
# source-hash: 1adcdf28
# source: They sat on the kitchen floor together until it was light. Annette did not say I told you so. It was the kindest thing anyone did for Lena that year.
# untranslated: ch3_three_am_9

# ch03_kirschbluete.vn:290 · republic.three_am · option
# source-hash: ee0dfd4f
# source: Open the link to Spearhead.
# untranslated: ch3_three_am_o2

# ch03_kirschbluete.vn:294 · republic.three_am · narration
# source-hash: a48181d4
# source: She did not expect anyone to answer.
# untranslated: ch3_three_am_10

# ch03_kirschbluete.vn:295 · republic.three_am · shin
# source-hash: e894e789
# source: Handler One.
# untranslated: ch3_three_am_11

# ch03_kirschbluete.vn:296 · republic.three_am · lena (surprised)
# source-hash: 993ec132
# source: You're awake.
# untranslated: ch3_three_am_12

# ch03_kirschbluete.vn:297 · republic.three_am · shin
# source-hash: 53a80fd2
# source: I don't sleep much.
# untranslated: ch3_three_am_13

# ch03_kirschbluete.vn:298 · republic.three_am · lena
# source-hash: 59ad1eaa
# source: Neither do I, tonight. I'm sorry. I don't know why I called.
# untranslated: ch3_three_am_14

# ch03_kirschbluete.vn:299 · republic.three_am · shin
# source-hash: 7907305a
# source: You don't have to know.
# untranslated: ch3_three_am_15

# ch03_kirschbluete.vn:300 · republic.three_am · narration
# source-hash: 6f90f6d8
# source: They did not talk about Kaie. They did not talk about anything much. He told her the stars were very clear over the ward tonight. She told him she could not see any stars at all, because of the streetlights. He said that seemed like a poor trade. She said it was.
# untranslated: ch3_three_am_16

# ch03_kirschbluete.vn:301 · republic.three_am · narration
# source-hash: 172ad214
# source: At five, the telephone rang in her hallway. She let it ring. In the morning there would be a note under her door in Annette's handwriting: You could have called. A.
# untranslated: ch3_three_am_17

# ch03_kirschbluete.vn:302 · republic.three_am · option
# source-hash: b08fb42d
# source: Take out the notebook and write until it is light.
# untranslated: ch3_three_am_o3

# ch03_kirschbluete.vn:304 · republic.three_am · narration
# source-hash: dc1696a7
# source: Kaie Taniya. Kirschblüte. Cherry trees. Scissors points-down on the windowsill. Up early.
# untranslated: ch3_three_am_18

# ch03_kirschbluete.vn:305 · republic.three_am · narration
# source-hash: 24180613
# source: She wrote everything she knew. It came to a page and a half. She sat with the page and a half until the window went grey, and then she started a new page with tomorrow's date on it, and went to work.
# untranslated: ch3_three_am_19

## Scene front.morning_after

# ch03_kirschbluete.vn:310 · scene `front.morning_after` title
# source-hash: bc4cca31
# source: Thirteen Chairs
# untranslated: scene-front-morning_after

# ch03_kirschbluete.vn:314 · front.morning_after · narration
# source-hash: 4b2aedb7
# source: The common room had fourteen chairs around the long table, because that was how many the school had left behind. For a long time, thirteen of them had been used.
# untranslated: ch3_morning_after_1

# ch03_kirschbluete.vn:315 · front.morning_after · narration
# source-hash: 47460e10
# source: Raiden made breakfast, because somebody had to, and because it had been Kaie's turn on the rota and nobody could bear to rub her name off the blackboard.
# untranslated: ch3_morning_after_2

# ch03_kirschbluete.vn:317 · front.morning_after · raiden
# source-hash: ce27eb7e
# source: Eat.
# untranslated: ch3_morning_after_3

# ch03_kirschbluete.vn:319 · front.morning_after · theo
# source-hash: 7ee66ba0
# source: I'm not hungry.
# untranslated: ch3_morning_after_4

# ch03_kirschbluete.vn:320 · front.morning_after · raiden
# source-hash: c4eb79c2
# source: I didn't ask if you were hungry. I said eat.
# untranslated: ch3_morning_after_5

# ch03_kirschbluete.vn:321 · front.morning_after · narration
# source-hash: c50c0db6
# source: Theo ate. He held his spoon like a pencil, which he had done since he was small and which Kaie had teased him about every single morning.
# untranslated: ch3_morning_after_6

# ch03_kirschbluete.vn:323 · front.morning_after · narration
# source-hash: 04148eac
# source: Kurena came in last and sat down in her usual place, which was next to the empty chair. She did not move to another one. Nobody suggested it.
# untranslated: ch3_morning_after_7

# ch03_kirschbluete.vn:325 · front.morning_after · theo
# source-hash: ce38824f
# source: The Handler stayed on. At the river. Did you hear her?
# untranslated: ch3_morning_after_8

# ch03_kirschbluete.vn:326 · front.morning_after · raiden
# source-hash: 50424c6e
# source: I heard her.
# untranslated: ch3_morning_after_9

# ch03_kirschbluete.vn:327 · front.morning_after · theo
# source-hash: d03ba34e
# source: She asked Kaie about the cherry trees. How did she even know to ask that?
# untranslated: ch3_morning_after_10

# ch03_kirschbluete.vn:328 · front.morning_after · kurena
# source-hash: 0696aeac
# source: Because Kaie told everybody. Kaie told the Legion, probably, if they stood still long enough.
# untranslated: ch3_morning_after_11

# ch03_kirschbluete.vn:329 · front.morning_after · narration
# source-hash: 8d6cb881
# source: It was almost a joke. It was the closest anyone came that morning.
# untranslated: ch3_morning_after_12

# ch03_kirschbluete.vn:331 · front.morning_after · theo
# source-hash: 529bc3f4
# source: The Handler cut out. At the river.
# untranslated: ch3_morning_after_13

# ch03_kirschbluete.vn:332 · front.morning_after · raiden
# source-hash: 8fcc9297
# source: Shin told her to.
# untranslated: ch3_morning_after_14

# ch03_kirschbluete.vn:333 · front.morning_after · theo
# source-hash: 27cbbca9
# source: I know. I know he did. I'm not... I'm only saying she wasn't there.
# untranslated: ch3_morning_after_15

# ch03_kirschbluete.vn:334 · front.morning_after · kurena (angry)
# source-hash: fb2b7069
# source: None of them are ever there. That's the whole point of them.
# untranslated: ch3_morning_after_16

# ch03_kirschbluete.vn:335 · front.morning_after · raiden
# source-hash: 8f48d847
# source: Kurena.
# untranslated: ch3_morning_after_17

# ch03_kirschbluete.vn:336 · front.morning_after · kurena
# source-hash: 959e6a0e
# source: What? It's true.
# untranslated: ch3_morning_after_18

# ch03_kirschbluete.vn:338 · front.morning_after · theo
# source-hash: ecdc687a
# source: She said her name, though. Her whole name. Behind the hangar.
# untranslated: ch3_morning_after_19

# ch03_kirschbluete.vn:339 · front.morning_after · kurena
# source-hash: 8d1830d9
# source: ...Yes. She did.
# untranslated: ch3_morning_after_20

# ch03_kirschbluete.vn:341 · front.morning_after · theo
# source-hash: 82574b53
# source: "On behalf of the Republic."
# untranslated: ch3_morning_after_21

# ch03_kirschbluete.vn:342 · front.morning_after · raiden
# source-hash: ae02ce63
# source: Leave it, Theo.
# untranslated: ch3_morning_after_22

# ch03_kirschbluete.vn:344 · front.morning_after · narration
# source-hash: 408e65ad
# source: Anju came in with the teapot and poured for everybody, one cup at a time, thirteen cups out of habit, and then stood looking at the last one.
# untranslated: ch3_morning_after_23

# ch03_kirschbluete.vn:346 · front.morning_after · anju
# source-hash: 673fce47
# source: Oh. I...
# untranslated: ch3_morning_after_24

# ch03_kirschbluete.vn:347 · front.morning_after · raiden
# source-hash: a3018eeb
# source: Leave it. Leave it there. It's fine.
# untranslated: ch3_morning_after_25

# ch03_kirschbluete.vn:348 · front.morning_after · narration
# source-hash: 5007fdb7
# source: They left it there. It went cold. Nobody touched it, and at the end of breakfast Kurena picked it up carefully with both hands and poured it out onto the ground behind the hangar, by the newest square of metal, and came back in, and washed the cup.
# untranslated: ch3_morning_after_26

# ch03_kirschbluete.vn:351 · front.morning_after · shin
# source-hash: baa3ca40
# source: We go out at ten. The river's quiet, but they'll come back to it.
# untranslated: ch3_morning_after_27

# ch03_kirschbluete.vn:352 · front.morning_after · raiden
# source-hash: 72b757b1
# source: Right.
# untranslated: ch3_morning_after_28

# ch03_kirschbluete.vn:353 · front.morning_after · shin
# source-hash: 8f10301c
# source: Kurena. You're with me today.
# untranslated: ch3_morning_after_29

# ch03_kirschbluete.vn:354 · front.morning_after · kurena (surprised)
# source-hash: 20e84866
# source: ...Right.
# untranslated: ch3_morning_after_30

# ch03_kirschbluete.vn:355 · front.morning_after · narration
# source-hash: 853c5ae7
# source: It was not kindness, exactly. Shin did not do kindness, exactly. But everyone at the table understood it, and Kurena most of all.
# untranslated: ch3_morning_after_31

## Scene republic.dinner

# ch04_walls.vn:7 · scene `republic.dinner` title
# source-hash: c3b062c8
# source: Uncle Jérôme
# untranslated: scene-republic-dinner

# ch04_walls.vn:12 · republic.dinner · narration
# source-hash: c8e527d0
# source: Brigadier General Jérôme Karlstahl kept a good table and a bad cellar and had known Lena since before she could walk. The candles were real. The silver had been his mother's.
# untranslated: ch4_dinner_1

# ch04_walls.vn:14 · republic.dinner · karlstahl
# source-hash: 4041fcca
# source: You're not eating. The cook will think it's her fault, and then she'll punish me, and then I'll have to punish you. It's a chain of command.
# untranslated: ch4_dinner_2

# ch04_walls.vn:16 · republic.dinner · lena
# source-hash: 4b6da833
# source: I'm sorry, Uncle. It's very good.
# untranslated: ch4_dinner_3

# ch04_walls.vn:17 · republic.dinner · karlstahl
# source-hash: e9ac1287
# source: It's adequate. Your father always said my cook made adequate food, and he ate here twice a week for eleven years.
# untranslated: ch4_dinner_4

# ch04_walls.vn:18 · republic.dinner · narration
# source-hash: 532c45fc
# source: He poured her a little more wine than she wanted and himself a little less than he wanted.
# untranslated: ch4_dinner_5

# ch04_walls.vn:19 · republic.dinner · narration
# source-hash: 612e382e
# source: On the sideboard, as always, the photograph: two young officers in the uniform of the old army, arms round each other's shoulders, squinting into a summer that had ended before Lena was old enough to remember it. Her father was the one laughing. Karlstahl was the one who looked as though he was about to.
# untranslated: ch4_dinner_34

# ch04_walls.vn:20 · republic.dinner · narration
# source-hash: 9f43f778
# source: She had never seen him look like that in real life. She had never thought about why.
# untranslated: ch4_dinner_35

# ch04_walls.vn:21 · republic.dinner · karlstahl (neutral)
# source-hash: 54e5fb58
# source: Now. I hear things, Lena. It's most of my job, hearing things.
# untranslated: ch4_dinner_6

# ch04_walls.vn:23 · republic.dinner · karlstahl
# source-hash: be06c001
# source: I hear you have been sending Operations a list of names with your summaries. And I hear you signed for the Eighty-Sixth Sector personnel files, which nobody has done since before the walls.
# untranslated: ch4_dinner_7

# ch04_walls.vn:24 · republic.dinner · karlstahl (worried)
# source-hash: 669f2aec
# source: You are on two lists now. I can keep you off a third. Not a fourth.
# untranslated: ch4_dinner_8

# ch04_walls.vn:26 · republic.dinner · karlstahl
# source-hash: 4172e69e
# source: I hear you have been sending Operations a list of names with your summaries. It was read aloud at a staff meeting. There was laughter. I did not laugh. That was noticed too.
# untranslated: ch4_dinner_9

# ch04_walls.vn:28 · republic.dinner · karlstahl
# source-hash: 41791ff4
# source: I hear you signed for the personnel files of the Eighty-Sixth. Nobody has done that since before the walls. The clerk was so surprised he told three people.
# untranslated: ch4_dinner_10

# ch04_walls.vn:30 · republic.dinner · karlstahl
# source-hash: be957b28
# source: I hear that you connect to your squadron at nine o'clock at night. And that you talk to them. About what, nobody seems to know.
# untranslated: ch4_dinner_11

# ch04_walls.vn:32 · republic.dinner · karlstahl
# source-hash: fb92b902
# source: I hear that you do everything by the book, and then stay two hours after it, looking at a map of the eastern front. People notice that too. People notice everything in that building but the obvious.
# untranslated: ch4_dinner_36

# ch04_walls.vn:33 · republic.dinner · karlstahl
# source-hash: 7620f2a8
# source: I'm not angry. I want to be clear. I'm tired. I've been tired for nine years.
# untranslated: ch4_dinner_12

# ch04_walls.vn:34 · republic.dinner · lena
# source-hash: 2704343e
# source: They're people, Uncle. You know they are. Everyone in that building knows.
# untranslated: ch4_dinner_13

# ch04_walls.vn:35 · republic.dinner · karlstahl
# source-hash: 0176df31
# source: Yes.
# untranslated: ch4_dinner_14

# ch04_walls.vn:36 · republic.dinner · lena
# source-hash: 49868eaf
# source: Then how can you...
# untranslated: ch4_dinner_15

# ch04_walls.vn:37 · republic.dinner · karlstahl
# source-hash: a23aa986
# source: Sit here and eat roast lamb? Quite easily, with practice. That's the part nobody tells you. It gets easy.
# untranslated: ch4_dinner_16

# ch04_walls.vn:38 · republic.dinner · choice
# source-hash: 0b160179
# source: The candles are very steady.
# untranslated: ch4_dinner_response

# ch04_walls.vn:39 · republic.dinner · option
# source-hash: 84904a7c
# source: Argue. Tell him exactly what it is he's eating his lamb beside.
# untranslated: ch4_dinner_o1

# ch04_walls.vn:44 · republic.dinner · lena (angry)
# source-hash: dc05fa4a
# source: Children fly Juggernauts for us every day, and we write them down as drones. One of them has been at the front since he was eleven. A girl died last week wanting to see cherry trees. You knew. You've always known.
# untranslated: ch4_dinner_17

# ch04_walls.vn:45 · republic.dinner · karlstahl (angry)
# source-hash: d1232fd9
# source: Of course I knew. I helped draft the Hereditary Act. I signed it, Lena. With this hand.
# untranslated: ch4_dinner_18

# ch04_walls.vn:46 · republic.dinner · narration
# source-hash: cfd55629
# source: He held it up, as if she might not have noticed it. The candlelight shook a little on the silver.
# untranslated: ch4_dinner_19

# ch04_walls.vn:47 · republic.dinner · karlstahl (sad)
# source-hash: 2576211a
# source: And now you know what kind of man taught you to ride a bicycle. Finish your wine. I'll have the car bring you home.
# untranslated: ch4_dinner_20

# ch04_walls.vn:48 · republic.dinner · narration
# source-hash: f5afe421
# source: She did not finish her wine.
# untranslated: ch4_dinner_21

# ch04_walls.vn:49 · republic.dinner · option
# source-hash: ca62008a
# source: Ask him about her father. What would he have done?
# untranslated: ch4_dinner_o2

# ch04_walls.vn:52 · republic.dinner · karlstahl (sad)
# source-hash: c01a3811
# source: Vaclav. He'd have done exactly what you're doing, only louder.
# untranslated: ch4_dinner_22

# ch04_walls.vn:53 · republic.dinner · karlstahl
# source-hash: 942d7845
# source: He took you to the front once, did you know? You were small. He wanted you to see the people who were fighting for us. There was an attack. You were lost for an hour.
# untranslated: ch4_dinner_23

# ch04_walls.vn:54 · republic.dinner · lena (surprised)
# source-hash: 36fa4738
# source: I don't remember that.
# untranslated: ch4_dinner_24

# ch04_walls.vn:55 · republic.dinner · karlstahl
# source-hash: 4104e022
# source: No. You wouldn't. A soldier brought you back. A Colorata soldier, a young man, not much older than your Processors are now. Your father talked about him for the rest of his life.
# untranslated: ch4_dinner_25

# ch04_walls.vn:56 · republic.dinner · karlstahl
# source-hash: f6045d54
# source: It didn't save your father, thinking the way you think. I want you to know that too.
# untranslated: ch4_dinner_26

# ch04_walls.vn:57 · republic.dinner · narration
# source-hash: 9f55b9bf
# source: Lena sat very still. Somewhere at the edge of her memory, something turned over, like a page, and did not quite show its face.
# untranslated: ch4_dinner_27

# ch04_walls.vn:58 · republic.dinner · option
# source-hash: 95ea6f5b
# source: Keep the peace. Ask him, quietly, for the one thing he can give.
# untranslated: ch4_dinner_o3

# ch04_walls.vn:63 · republic.dinner · lena
# source-hash: c6e9cf54
# source: Then do something easy for me. Sign a supply request. Spare parts, filters, antibiotics that aren't out of date.
# untranslated: ch4_dinner_28

# ch04_walls.vn:65 · republic.dinner · lena
# source-hash: 96f97482
# source: And paint. Ordinary paint. Several colours.
# untranslated: ch4_dinner_29

# ch04_walls.vn:66 · republic.dinner · karlstahl (surprised)
# source-hash: 4179a66d
# source: Paint?
# untranslated: ch4_dinner_30

# ch04_walls.vn:67 · republic.dinner · lena
# source-hash: 4cfaba54
# source: Please don't ask.
# untranslated: ch4_dinner_31

# ch04_walls.vn:68 · republic.dinner · karlstahl (smile)
# source-hash: d0971da5
# source: You've always known exactly how to handle me. Like your mother.
# untranslated: ch4_dinner_32

# ch04_walls.vn:69 · republic.dinner · karlstahl
# source-hash: 25065a83
# source: Give it to my aide in the morning. It'll go through. Don't make a habit of it.
# untranslated: ch4_dinner_33

## Scene front.supplies

# ch04_walls.vn:74 · scene `front.supplies` title
# source-hash: f19e394f
# source: The Supply Drop
# untranslated: scene-front-supplies

# ch04_walls.vn:78 · front.supplies · narration
# source-hash: 2a9923b6
# source: Supply drops came by automatic transport, at night, without drivers, because nobody from inside the walls drove east of the walls. The containers were left in a field like parcels on a doorstep.
# untranslated: ch4_supplies_1

# ch04_walls.vn:81 · front.supplies · raiden
# source-hash: 362fcb0a
# source: Filters. Actual filters. And these are... these are in date. Theo. Theo, come and look at this, this is in date.
# untranslated: ch4_supplies_2

# ch04_walls.vn:83 · front.supplies · theo
# source-hash: f2710107
# source: Don't joke about antibiotics, Raiden, it isn't funny.
# untranslated: ch4_supplies_3

# ch04_walls.vn:85 · front.supplies · narration
# source-hash: 982d5667
# source: Under the antibiotics, wrapped in a tarpaulin and labelled, in a neat clerk's hand, AUTHORISED: MISC. MAINTENANCE, there were twelve tins of paint.
# untranslated: ch4_supplies_4

# ch04_walls.vn:86 · front.supplies · theo
# source-hash: 440fb882
# source: ...Oh.
# untranslated: ch4_supplies_5

# ch04_walls.vn:87 · front.supplies · narration
# source-hash: 1e067606
# source: Theo knelt down by the tins and didn't say anything for a while. He opened one, blue, and looked at it.
# untranslated: ch4_supplies_6

# ch04_walls.vn:88 · front.supplies · theo (smile)
# source-hash: aaf4b30a
# source: She actually did it. She said she would and she actually did it.
# untranslated: ch4_supplies_7

# ch04_walls.vn:89 · front.supplies · raiden
# source-hash: 8e59da3f
# source: You going to cry?
# untranslated: ch4_supplies_8

# ch04_walls.vn:90 · front.supplies · theo
# source-hash: 7fa6558a
# source: I'm going to paint. It's the same thing but with more colours.
# untranslated: ch4_supplies_9

# ch04_walls.vn:93 · front.supplies · theo (smile)
# source-hash: 0c0e7032
# source: She found filters. From inside. For us. What did that cost her?
# untranslated: ch4_supplies_10

# ch04_walls.vn:94 · front.supplies · raiden
# source-hash: fd0e9470
# source: More than a filter, probably.
# untranslated: ch4_supplies_11

# ch04_walls.vn:96 · front.supplies · raiden
# source-hash: fff5c341
# source: The usual. Tinned meat, the bad kind. Ammunition. Filters we cleaned last month and sent back so they could send them back.
# untranslated: ch4_supplies_12

# ch04_walls.vn:98 · front.supplies · theo
# source-hash: 44cd86d2
# source: It's like receiving a letter you wrote yourself.
# untranslated: ch4_supplies_13

# ch04_walls.vn:100 · front.supplies · theo
# source-hash: 701f3011
# source: No paint, then.
# untranslated: ch4_supplies_14

# ch04_walls.vn:101 · front.supplies · raiden
# source-hash: eae2d697
# source: No paint.
# untranslated: ch4_supplies_15

# ch04_walls.vn:102 · front.supplies · theo
# source-hash: 8be5048a
# source: She did try. Probably. I'm sure she tried.
# untranslated: ch4_supplies_16

# ch04_walls.vn:104 · front.supplies · anju
# source-hash: 794005e1
# source: She calls tonight?
# untranslated: ch4_supplies_17

# ch04_walls.vn:106 · front.supplies · raiden
# source-hash: 3b83f69c
# source: Lena calls every night. You know that.
# untranslated: ch4_supplies_18

# ch04_walls.vn:107 · front.supplies · anju (smile)
# source-hash: 1983d15b
# source: I like that you call her Lena now.
# untranslated: ch4_supplies_19

# ch04_walls.vn:108 · front.supplies · raiden
# source-hash: a446feb9
# source: Everybody calls her Lena now.
# untranslated: ch4_supplies_20

# ch04_walls.vn:109 · front.supplies · theo
# source-hash: 66cd1817
# source: Kurena doesn't.
# untranslated: ch4_supplies_21

# ch04_walls.vn:110 · front.supplies · raiden
# source-hash: 1ec87266
# source: Kurena calls her "her", but in a nicer voice than she used to.
# untranslated: ch4_supplies_22

# ch04_walls.vn:112 · front.supplies · raiden
# source-hash: bdcd8c4e
# source: Handler One calls most nights.
# untranslated: ch4_supplies_23

# ch04_walls.vn:113 · front.supplies · anju
# source-hash: e71becd4
# source: You still call her Handler One.
# untranslated: ch4_supplies_24

# ch04_walls.vn:114 · front.supplies · raiden
# source-hash: 5f4a6c25
# source: It's her name. On the link, anyway.
# untranslated: ch4_supplies_25

# ch04_walls.vn:115 · front.supplies · anju
# source-hash: 7de4b438
# source: It's not her name, Raiden. It's her job.
# untranslated: ch4_supplies_26

# ch04_walls.vn:117 · front.supplies · raiden
# source-hash: 96973c9a
# source: If she calls, she calls.
# untranslated: ch4_supplies_27

# ch04_walls.vn:118 · front.supplies · anju (sad)
# source-hash: 679d2dd3
# source: She tries very hard. I can hear her trying.
# untranslated: ch4_supplies_28

# ch04_walls.vn:119 · front.supplies · raiden
# source-hash: c50204de
# source: Trying's not the same as understanding.
# untranslated: ch4_supplies_29

# ch04_walls.vn:120 · front.supplies · anju
# source-hash: d8de928c
# source: No. But it's where understanding starts, sometimes.
# untranslated: ch4_supplies_30

# ch04_walls.vn:122 · front.supplies · theo
# source-hash: 81b36110
# source: Kurena's started saving her the last bit of the conversation. You noticed? She says goodnight to her now. After everybody else.
# untranslated: ch4_supplies_31

# ch04_walls.vn:123 · front.supplies · anju
# source-hash: 8b8f5f49
# source: Because of what she said, behind the hangar.
# untranslated: ch4_supplies_32

# ch04_walls.vn:125 · front.supplies · theo
# source-hash: 7b834bbd
# source: Kurena hasn't said a word to her since the river. But she listens. She stays on till the Handler's gone.
# untranslated: ch4_supplies_33

# ch04_walls.vn:126 · front.supplies · anju
# source-hash: 18937d48
# source: Kaie wasn't alone. Kurena knows that. She just can't say it yet.
# untranslated: ch4_supplies_34

# ch04_walls.vn:129 · front.supplies · raiden
# source-hash: 56159367
# source: Shin. Anything?
# untranslated: ch4_supplies_35

# ch04_walls.vn:130 · front.supplies · shin
# source-hash: 9b1d236e
# source: Quiet, tonight. They're gathering somewhere further off. I can't hear what for.
# untranslated: ch4_supplies_36

# ch04_walls.vn:131 · front.supplies · raiden
# source-hash: 30ef005d
# source: You'll tell her?
# untranslated: ch4_supplies_37

# ch04_walls.vn:132 · front.supplies · shin
# source-hash: 25eddd80
# source: If she asks.
# untranslated: ch4_supplies_38

# ch04_walls.vn:133 · front.supplies · raiden
# source-hash: 101a8464
# source: She'll ask.
# untranslated: ch4_supplies_39

## Scene republic.lab_request

# ch04_walls.vn:139 · scene `republic.lab_request` title
# source-hash: d05a2fd0
# source: Sync Rate
# untranslated: scene-republic-lab_request

# ch04_walls.vn:144 · republic.lab_request · narration
# source-hash: 033cb66d
# source: Annette's laboratory was the only room in the research wing with a window, because she had threatened to resign until they gave her one. On the sill, in a row, stood three pear tarts in various stages of failure, labelled in her handwriting: ATTEMPT 4, ATTEMPT 5, DO NOT.
# untranslated: ch4_lab_request_23

# ch04_walls.vn:145 · republic.lab_request · annette
# source-hash: 590eb6c7
# source: Tea's on the bench. Don't touch anything that hums.
# untranslated: ch4_lab_request_24

# ch04_walls.vn:146 · republic.lab_request · lena
# source-hash: 39a4b572
# source: Everything in here hums.
# untranslated: ch4_lab_request_25

# ch04_walls.vn:147 · republic.lab_request · annette
# source-hash: 02a81986
# source: Then don't touch anything.
# untranslated: ch4_lab_request_26

# ch04_walls.vn:148 · republic.lab_request · lena
# source-hash: bb11e2f8
# source: I want you to raise my sync rate with Captain Nouzen.
# untranslated: ch4_lab_request_1

# ch04_walls.vn:149 · republic.lab_request · annette (angry)
# source-hash: b505b045
# source: No.
# untranslated: ch4_lab_request_2

# ch04_walls.vn:150 · republic.lab_request · lena
# source-hash: 4b830a40
# source: Annette.
# untranslated: ch4_lab_request_3

# ch04_walls.vn:151 · republic.lab_request · annette
# source-hash: 1a2a88c8
# source: No. That's the whole answer. It's a very short answer and I'm proud of it.
# untranslated: ch4_lab_request_4

# ch04_walls.vn:152 · republic.lab_request · lena
# source-hash: 39a56955
# source: He hears something. Every night, when the link is open, he goes quiet in a particular way, and then he tells us where the Legion will be, and he's always right. I want to know what he's hearing.
# untranslated: ch4_lab_request_5

# ch04_walls.vn:153 · republic.lab_request · annette
# source-hash: fb0ff634
# source: I know what he's hearing. I have a file of what three Handlers said they heard before they stopped sleeping. I'm not putting you in that file. I like you too much. I like you more than I like anyone.
# untranslated: ch4_lab_request_6

# ch04_walls.vn:154 · republic.lab_request · narration
# source-hash: be18f336
# source: Annette's hands were shaking. She put them in the pockets of her lab coat so that neither of them had to look at it.
# untranslated: ch4_lab_request_7

# ch04_walls.vn:156 · republic.lab_request · annette (sad)
# source-hash: 6ce13fbf
# source: And I'm not wiring you any deeper into a Nouzen's head. Not like that. I've done enough to that family.
# untranslated: ch4_lab_request_8

# ch04_walls.vn:157 · republic.lab_request · lena (surprised)
# source-hash: 3f2921e1
# source: What do you mean, done to...
# untranslated: ch4_lab_request_9

# ch04_walls.vn:158 · republic.lab_request · annette
# source-hash: eb162c39
# source: Nothing. I said nothing.
# untranslated: ch4_lab_request_10

# ch04_walls.vn:159 · republic.lab_request · choice
# source-hash: 50914018
# source: Annette will not look at her.
# untranslated: ch4_lab_request

# ch04_walls.vn:160 · republic.lab_request · option
# source-hash: a24524bb
# source: Insist. She is a major, and this is her squadron.
# untranslated: ch4_lab_request_o1

# ch04_walls.vn:163 · republic.lab_request · lena
# source-hash: 5a5269cb
# source: I'm sorry. It's an order, Lieutenant Penrose.
# untranslated: ch4_lab_request_11

# ch04_walls.vn:164 · republic.lab_request · narration
# source-hash: be4c7d2b
# source: It was the first time she had ever used Annette's rank. Annette went white, then pink, then very calm.
# untranslated: ch4_lab_request_12

# ch04_walls.vn:165 · republic.lab_request · annette (angry)
# source-hash: 04c5fba6
# source: Yes, Major.
# untranslated: ch4_lab_request_13

# ch04_walls.vn:166 · republic.lab_request · narration
# source-hash: b06a2b2b
# source: She adjusted the dial. She did not say anything else the whole time, and she did not look up when Lena left.
# untranslated: ch4_lab_request_14

# ch04_walls.vn:167 · republic.lab_request · option
# source-hash: 49f8986d
# source: Ask her to be there when it happens, with her hand on the switch.
# untranslated: ch4_lab_request_o2

# ch04_walls.vn:171 · republic.lab_request · lena
# source-hash: a5056ea5
# source: Then stay with me. Tonight, at nine, with you watching the readings. If anything goes wrong, pull the plug. I trust you to.
# untranslated: ch4_lab_request_15

# ch04_walls.vn:172 · republic.lab_request · annette (sad)
# source-hash: c225b0cc
# source: ...That's not fair. That's a very unfair thing to say to a scientist.
# untranslated: ch4_lab_request_16

# ch04_walls.vn:173 · republic.lab_request · annette
# source-hash: ce781a42
# source: Nine o'clock. I'll bring coffee. If I say stop, you stop.
# untranslated: ch4_lab_request_17

# ch04_walls.vn:174 · republic.lab_request · lena
# source-hash: 2676f403
# source: If you say stop, I stop.
# untranslated: ch4_lab_request_18

# ch04_walls.vn:175 · republic.lab_request · option
# source-hash: 8f28ba6e
# source: Let it go. Annette has a reason; one day she'll tell it.
# untranslated: ch4_lab_request_o3

# ch04_walls.vn:177 · republic.lab_request · lena
# source-hash: 7cd02228
# source: All right. All right. Forget I asked.
# untranslated: ch4_lab_request_19

# ch04_walls.vn:178 · republic.lab_request · annette (surprised)
# source-hash: 38279292
# source: Really?
# untranslated: ch4_lab_request_20

# ch04_walls.vn:179 · republic.lab_request · lena
# source-hash: 0ec86643
# source: Really. I'll ask him instead. He can tell me, if he wants to.
# untranslated: ch4_lab_request_21

# ch04_walls.vn:180 · republic.lab_request · annette (smile)
# source-hash: 06c8adf2
# source: You're the most stubborn person I know, and sometimes that's what you do with it. It's very annoying.
# untranslated: ch4_lab_request_22

## Scene front.target_practice

# ch04_walls.vn:185 · scene `front.target_practice` title
# source-hash: 1ee61098
# source: Target Practice
# untranslated: scene-front-target_practice

# ch04_walls.vn:189 · front.target_practice · narration
# source-hash: ee45ade1
# source: Kurena shot tin cans off a fence post at four hundred metres, with a rifle older than she was, because there was no ammunition to spare for the Juggernaut's gun and because it helped.
# untranslated: ch4_target_practice_1

# ch04_walls.vn:192 · front.target_practice · kurena
# source-hash: 4cfcc4bd
# source: Missed.
# untranslated: ch4_target_practice_2

# ch04_walls.vn:194 · front.target_practice · shin
# source-hash: 78d8c731
# source: You didn't miss. The wind moved it.
# untranslated: ch4_target_practice_3

# ch04_walls.vn:195 · front.target_practice · kurena
# source-hash: cb742be4
# source: The wind doesn't get a vote.
# untranslated: ch4_target_practice_4

# ch04_walls.vn:197 · front.target_practice · narration
# source-hash: 0e257b45
# source: The can jumped off the post and spun into the grass.
# untranslated: ch4_target_practice_5

# ch04_walls.vn:198 · front.target_practice · kurena
# source-hash: 13e881be
# source: There.
# untranslated: ch4_target_practice_6

# ch04_walls.vn:199 · front.target_practice · narration
# source-hash: 5e5ae023
# source: She worked the bolt. She did not look at him.
# untranslated: ch4_target_practice_7

# ch04_walls.vn:200 · front.target_practice · kurena
# source-hash: f33318b1
# source: You talk to her a lot.
# untranslated: ch4_target_practice_8

# ch04_walls.vn:201 · front.target_practice · shin
# source-hash: a8367f30
# source: Who?
# untranslated: ch4_target_practice_9

# ch04_walls.vn:202 · front.target_practice · kurena (angry)
# source-hash: 25ec46cf
# source: Don't. You know who.
# untranslated: ch4_target_practice_10

# ch04_walls.vn:203 · front.target_practice · shin
# source-hash: 370658dc
# source: She's our Handler.
# untranslated: ch4_target_practice_11

# ch04_walls.vn:204 · front.target_practice · kurena
# source-hash: a7d8a062
# source: She's an Alba in a nice room with a nice chair who goes home at night to a nice bed. And every night you sit by the window with the link open and you talk to her like... like she's one of us.
# untranslated: ch4_target_practice_12

# ch04_walls.vn:205 · front.target_practice · narration
# source-hash: 2c133885
# source: Shin considered that, and the can, and the wind.
# untranslated: ch4_target_practice_13

# ch04_walls.vn:207 · front.target_practice · shin
# source-hash: 3dd8a7be
# source: She isn't one of us. She knows that. She doesn't pretend.
# untranslated: ch4_target_practice_14

# ch04_walls.vn:208 · front.target_practice · shin
# source-hash: 2ca68504
# source: That's why I talk to her.
# untranslated: ch4_target_practice_15

# ch04_walls.vn:209 · front.target_practice · kurena (sad)
# source-hash: 65a4e36e
# source: ...I hate that that's a good answer.
# untranslated: ch4_target_practice_16

# ch04_walls.vn:211 · front.target_practice · shin
# source-hash: da2bd608
# source: She's trying to be useful. I let her.
# untranslated: ch4_target_practice_17

# ch04_walls.vn:212 · front.target_practice · kurena
# source-hash: b38e1662
# source: That's all?
# untranslated: ch4_target_practice_18

# ch04_walls.vn:213 · front.target_practice · shin
# source-hash: 51f157ad
# source: For now.
# untranslated: ch4_target_practice_19

# ch04_walls.vn:215 · front.target_practice · shin
# source-hash: c0076ca2
# source: I talk to her about sorties. That's all it is.
# untranslated: ch4_target_practice_20

# ch04_walls.vn:216 · front.target_practice · kurena
# source-hash: 63f33be3
# source: Liar.
# untranslated: ch4_target_practice_21

# ch04_walls.vn:217 · front.target_practice · shin
# source-hash: d8d8bc88
# source: ...Mostly about sorties.
# untranslated: ch4_target_practice_22

# ch04_walls.vn:218 · front.target_practice · kurena
# source-hash: 121a02d8
# source: And when she stops? When she gets her medal and her new posting and doesn't call any more? What then?
# untranslated: ch4_target_practice_23

# ch04_walls.vn:219 · front.target_practice · shin
# source-hash: f51753fa
# source: Then she stops.
# untranslated: ch4_target_practice_24

# ch04_walls.vn:220 · front.target_practice · kurena
# source-hash: c3d292e0
# source: It won't bother you.
# untranslated: ch4_target_practice_25

# ch04_walls.vn:221 · front.target_practice · shin
# source-hash: 867483d1
# source: I didn't say that.
# untranslated: ch4_target_practice_26

# ch04_walls.vn:222 · front.target_practice · narration
# source-hash: a376c624
# source: Kurena lowered the rifle. For a moment she looked much younger than she was, which was young.
# untranslated: ch4_target_practice_27

# ch04_walls.vn:224 · front.target_practice · kurena
# source-hash: 5144e97a
# source: She was there. For Kaie. I know she was. I just don't know what to do with it.
# untranslated: ch4_target_practice_28

# ch04_walls.vn:225 · front.target_practice · shin
# source-hash: 27648087
# source: You don't have to do anything with it.
# untranslated: ch4_target_practice_29

# ch04_walls.vn:226 · front.target_practice · kurena
# source-hash: 8a5e5510
# source: I know that. I know. It's still heavy.
# untranslated: ch4_target_practice_30

# ch04_walls.vn:228 · front.target_practice · kurena
# source-hash: 09b31c8f
# source: They always stop. That's all I'm saying. I'm not saying anything else.
# untranslated: ch4_target_practice_31

# ch04_walls.vn:229 · front.target_practice · shin
# source-hash: 26ddd10c
# source: Try the one at five hundred.
# untranslated: ch4_target_practice_32

# ch04_walls.vn:230 · front.target_practice · narration
# source-hash: 02711526
# source: She tried the one at five hundred. The wind moved it. She hit it anyway.
# untranslated: ch4_target_practice_33

## Scene republic.voices

# ch04_walls.vn:235 · scene `republic.voices` title
# source-hash: 2807c331
# source: What He Hears
# untranslated: scene-republic-voices

# ch04_walls.vn:240 · republic.voices · lena
# source-hash: 5662e23e
# source: Shin. Are you awake?
# untranslated: ch4_voices_1

# ch04_walls.vn:241 · republic.voices · shin
# source-hash: d7f660ed
# source: Yes.
# untranslated: ch4_voices_2

# ch04_walls.vn:242 · republic.voices · narration
# source-hash: 3c2d7758
# source: It had become his name somewhere in the last weeks, without either of them deciding. She did not remember the first time she had said it. She suspected he did.
# untranslated: ch4_voices_3

# ch04_walls.vn:248 · republic.voices · narration
# source-hash: 224cf560
# source: It was not loud at first. It was underneath everything, the way the sea is underneath the sound of a beach.
# untranslated: ch4_voices_4

# ch04_walls.vn:249 · republic.voices · narration
# source-hash: b2dab134
# source: Voices. Hundreds. Thousands, maybe, far off, all speaking at once and none of them to her. Someone asking for water. Someone saying a name over and over, a child's name. Someone saying I'm cold, I'm cold, very patiently, as if it was a fact to be reported.
# untranslated: ch4_voices_5

# ch04_walls.vn:251 · republic.voices · lena
# source-hash: 4f007925
# source: What... what is that...
# untranslated: ch4_voices_6

# ch04_walls.vn:252 · republic.voices · shin
# source-hash: e0789f08
# source: The Legion.
# untranslated: ch4_voices_7

# ch04_walls.vn:253 · republic.voices · narration
# source-hash: 99d11321
# source: His voice was the same as always. That was what frightened her most.
# untranslated: ch4_voices_8

# ch04_walls.vn:254 · republic.voices · shin
# source-hash: f1e3bbb1
# source: You raised the sync rate. You shouldn't have.
# untranslated: ch4_voices_9

# ch04_walls.vn:255 · republic.voices · lena
# source-hash: 3d16764c
# source: You hear that? All the time? Every day?
# untranslated: ch4_voices_10

# ch04_walls.vn:256 · republic.voices · shin
# source-hash: c471dc29
# source: Since I was small. It's quieter in the day.
# untranslated: ch4_voices_11

# ch04_walls.vn:259 · republic.voices · narration
# source-hash: 293a45d0
# source: Then the room went quiet, all of it at once, and the door opened, and Annette was there with her hand on the master switch, pale and furious and holding two cups of coffee.
# untranslated: ch4_voices_13

# ch04_walls.vn:261 · republic.voices · narration
# source-hash: 1f9d7a5e
# source: In the lab two floors below, Annette's readings must have jumped, but nobody came.
# untranslated: ch4_voices_12

# ch04_walls.vn:264 · republic.voices · lena
# source-hash: d55bd3cb
# source: Shin. What do you hear? When you go quiet like that. What is it?
# untranslated: ch4_voices_14

# ch04_walls.vn:265 · republic.voices · shin
# source-hash: 91c70f34
# source: You really want to know.
# untranslated: ch4_voices_15

# ch04_walls.vn:266 · republic.voices · lena
# source-hash: 16baed33
# source: I do.
# untranslated: ch4_voices_16

# ch04_walls.vn:267 · republic.voices · shin
# source-hash: b8569990
# source: The Legion take the dead. The ones they find quickly enough. They copy what's left of the mind into their network. It doesn't think, exactly. It repeats. The last thing it was thinking, over and over.
# untranslated: ch4_voices_17

# ch04_walls.vn:268 · republic.voices · shin
# source-hash: 1786418e
# source: I hear them. All of them. It's how I know where they are.
# untranslated: ch4_voices_18

# ch04_walls.vn:269 · republic.voices · narration
# source-hash: 6c2ab1db
# source: She did not speak for a long time. He let her not speak.
# untranslated: ch4_voices_19

# ch04_walls.vn:270 · republic.voices · lena
# source-hash: 822c236d
# source: All of them? Since when?
# untranslated: ch4_voices_43

# ch04_walls.vn:271 · republic.voices · shin
# source-hash: 83a285d9
# source: Since I was small. It gets quieter in the day. Or I get louder. I'm not sure which.
# untranslated: ch4_voices_44

# ch04_walls.vn:272 · republic.voices · lena
# source-hash: 62331ccb
# source: And nobody...
# untranslated: ch4_voices_45

# ch04_walls.vn:273 · republic.voices · shin
# source-hash: 0dec8c84
# source: Nobody inside has ever asked. You're the first one who asked what it was, instead of asking me to stop.
# untranslated: ch4_voices_46

# ch04_walls.vn:274 · republic.voices · lena (sad)
# source-hash: 7dec5b42
# source: How do you live with it?
# untranslated: ch4_voices_20

# ch04_walls.vn:275 · republic.voices · shin
# source-hash: c45dfa4d
# source: You stop asking how.
# untranslated: ch4_voices_21

# ch04_walls.vn:277 · republic.voices · shin
# source-hash: 44e15c6c
# source: My brother is out there.
# untranslated: ch4_voices_22

# ch04_walls.vn:278 · republic.voices · narration
# source-hash: a1c01e91
# source: No pause before it, and none after.
# untranslated: ch4_voices_23

# ch04_walls.vn:279 · republic.voices · choice
# source-hash: ebdb36ee
# source: Something has been put in her hands. Carefully.
# untranslated: ch4_voices_brother

# ch04_walls.vn:280 · republic.voices · option
# source-hash: d8c9ec61
# source: "Tell me about him. If you want to."
# untranslated: ch4_voices_o1

# ch04_walls.vn:283 · republic.voices · shin
# source-hash: c470937f
# source: His name was Shourei. He was older than me by a lot. He went to the front first. Later, I went too. He didn't come back, and then he did, in a way.
# untranslated: ch4_voices_24

# ch04_walls.vn:284 · republic.voices · shin
# source-hash: 1b88339b
# source: He calls. Every night, from the same place, to the east. I'm going to find him. And then he can stop.
# untranslated: ch4_voices_25

# ch04_walls.vn:285 · republic.voices · lena
# source-hash: 41f6afef
# source: You're going to bring him home.
# untranslated: ch4_voices_26

# ch04_walls.vn:286 · republic.voices · shin
# source-hash: bde2570c
# source: I'm going to put him down, Lena.
# untranslated: ch4_voices_27

# ch04_walls.vn:287 · republic.voices · narration
# source-hash: 73996f95
# source: He had never said her name before. He said it quietly, as though he had been keeping it.
# untranslated: ch4_voices_28

# ch04_walls.vn:288 · republic.voices · lena
# source-hash: 4e7bbf23
# source: Shin. Does it ever stop? The calling?
# untranslated: ch4_voices_37

# ch04_walls.vn:289 · republic.voices · shin
# source-hash: 89f0613f
# source: When I find him, it will. For him.
# untranslated: ch4_voices_38

# ch04_walls.vn:290 · republic.voices · lena
# source-hash: 698e1696
# source: And for you?
# untranslated: ch4_voices_39

# ch04_walls.vn:291 · republic.voices · shin
# source-hash: 810c2641
# source: I haven't thought that far.
# untranslated: ch4_voices_40

# ch04_walls.vn:292 · republic.voices · narration
# source-hash: 8e49fc4c
# source: She believed him. That was the worst of it. He had planned, carefully, for everything up to one particular day, and nothing at all after it.
# untranslated: ch4_voices_41

# ch04_walls.vn:293 · republic.voices · lena
# source-hash: 2783e175
# source: Then I'll think about it. The after. Someone should.
# untranslated: ch4_voices_42

# ch04_walls.vn:294 · republic.voices · option
# source-hash: a128c34e
# source: "You don't have to tell me anything else tonight."
# untranslated: ch4_voices_o2

# ch04_walls.vn:296 · republic.voices · shin
# source-hash: f0a6c094
# source: ...Thank you.
# untranslated: ch4_voices_29

# ch04_walls.vn:297 · republic.voices · narration
# source-hash: 8a471653
# source: They stayed on the link for an hour more and talked about nothing: whether the festival fireworks would be visible from the ward, what Anju was cooking, why Theo had painted a fox on the hangar door.
# untranslated: ch4_voices_30

# ch04_walls.vn:299 · republic.voices · lena
# source-hash: 6b2051dd
# source: A fox?
# untranslated: ch4_voices_31

# ch04_walls.vn:300 · republic.voices · shin
# source-hash: b795c0c8
# source: Laughing. With a major's cap. He says it isn't you. It's a little bit you.
# untranslated: ch4_voices_32

# ch04_walls.vn:301 · republic.voices · option
# source-hash: c29e5858
# source: "Shin, that's... you should be in a hospital, not at the front."
# untranslated: ch4_voices_o3

# ch04_walls.vn:303 · republic.voices · shin
# source-hash: 64150c4c
# source: There's no hospital for us.
# untranslated: ch4_voices_33

# ch04_walls.vn:304 · republic.voices · lena (sad)
# source-hash: 58f0e53f
# source: I didn't mean... I only meant...
# untranslated: ch4_voices_34

# ch04_walls.vn:305 · republic.voices · shin
# source-hash: af8b9d73
# source: I know what you meant. It's late, Handler One.
# untranslated: ch4_voices_35

# ch04_walls.vn:307 · republic.voices · narration
# source-hash: c391798c
# source: It was the first time in weeks he had called her that. She sat holding the word for a long while after the link was gone.
# untranslated: ch4_voices_36

## Scene front.long_night

# ch05_festival.vn:8 · scene `front.long_night` title
# source-hash: f334186d
# source: The Water Tower
# untranslated: scene-front-long_night

# ch05_festival.vn:12 · front.long_night · narration
# source-hash: 37c01fc4
# source: The old water tower at the edge of the first ward had a ladder with three rungs missing and a platform with a view of everything. West, on a clear night, you could see a faint paleness on the horizon where the Republic's cities kept their lights on.
# untranslated: ch5_long_night_1

# ch05_festival.vn:14 · front.long_night · theo
# source-hash: f44f8a0a
# source: The festival's tomorrow. You can see the fireworks from up here. Just. If you squint and believe.
# untranslated: ch5_long_night_2

# ch05_festival.vn:16 · front.long_night · anju
# source-hash: 50b847e8
# source: Kaie used to say they looked like dandelions, from here. Very small, very far away dandelions.
# untranslated: ch5_long_night_3

# ch05_festival.vn:17 · front.long_night · theo
# source-hash: 3b8f24a1
# source: Kaie said everything looked like a flower. She said a Löwe looked like a peony once.
# untranslated: ch5_long_night_4

# ch05_festival.vn:18 · front.long_night · anju
# source-hash: 71b3a066
# source: It did, a bit. The way it opened.
# untranslated: ch5_long_night_5

# ch05_festival.vn:19 · front.long_night · narration
# source-hash: f3c9bbac
# source: They laughed. It was the first time in a while that they had laughed about her, and not around her. It felt like stepping onto ice that held.
# untranslated: ch5_long_night_6

# ch05_festival.vn:21 · front.long_night · lena
# source-hash: f708d388
# source: Good evening, Spearhead.
# untranslated: ch5_long_night_7

# ch05_festival.vn:23 · front.long_night · theo
# source-hash: 89dd0c2c
# source: Lena! We're on the tower. We're doing reconnaissance on your festival.
# untranslated: ch5_long_night_8

# ch05_festival.vn:24 · front.long_night · lena (smile)
# source-hash: a01f1c00
# source: How is it?
# untranslated: ch5_long_night_9

# ch05_festival.vn:25 · front.long_night · theo
# source-hash: d3ce656c
# source: Dark. Far. It starts tomorrow.
# untranslated: ch5_long_night_10

# ch05_festival.vn:27 · front.long_night · theo
# source-hash: debe3204
# source: Evening, Handler One. We're up the water tower, planning our festival.
# untranslated: ch5_long_night_11

# ch05_festival.vn:29 · front.long_night · theo
# source-hash: 47ce6d8c
# source: Handler One. Evening.
# untranslated: ch5_long_night_12

# ch05_festival.vn:30 · front.long_night · anju
# source-hash: 1623261b
# source: Lena. Will you tell us what it's like? The festival. Really like.
# untranslated: ch5_long_night_13

# ch05_festival.vn:31 · front.long_night · narration
# source-hash: b3757d64
# source: Lena remembered the last time she had tried to tell them about the festival, or a time like it, and how the silence had sounded.
# untranslated: ch5_long_night_14

# ch05_festival.vn:32 · front.long_night · anju
# source-hash: 6120cfcb
# source: I'm asking. That's different.
# untranslated: ch5_long_night_15

# ch05_festival.vn:33 · front.long_night · choice
# source-hash: 5fc26cae
# source: Anju is asking.
# untranslated: ch5_long_night_festival

# ch05_festival.vn:34 · front.long_night · option
# source-hash: b4cea46e
# source: Tell them honestly: the lights, and the banners that say nobody has died.
# untranslated: ch5_long_night_o1

# ch05_festival.vn:36 · front.long_night · lena
# source-hash: 7e9335ee
# source: There are lights in every tree on Liberty Avenue. People bring their children. There's a band. It's lovely. I want to tell you it's lovely, because it is.
# untranslated: ch5_long_night_16

# ch05_festival.vn:37 · front.long_night · lena
# source-hash: 2ba66996
# source: And over the stage on the plaza, there's a banner. It says: Nine Years of Peace Through Defence. Not One Life Lost.
# untranslated: ch5_long_night_17

# ch05_festival.vn:38 · front.long_night · narration
# source-hash: 50b8c1ed
# source: Nobody said anything for a second. Then Theo let out a long breath through his nose.
# untranslated: ch5_long_night_18

# ch05_festival.vn:39 · front.long_night · theo
# source-hash: 8ed5eed4
# source: Well. At least it's a nice banner.
# untranslated: ch5_long_night_19

# ch05_festival.vn:40 · front.long_night · anju
# source-hash: ffc97290
# source: Thank you for telling us about the banner. You didn't have to.
# untranslated: ch5_long_night_20

# ch05_festival.vn:41 · front.long_night · option
# source-hash: 65d214b7
# source: Tell them only the beautiful parts. Tonight they can have those.
# untranslated: ch5_long_night_o2

# ch05_festival.vn:43 · front.long_night · lena
# source-hash: 4ecd15cc
# source: The trees on Liberty Avenue are full of little lights, blue and white. Someone sells burnt sugar in paper cones. Children run about with sparklers and their parents pretend not to be afraid of the sparks.
# untranslated: ch5_long_night_21

# ch05_festival.vn:44 · front.long_night · lena
# source-hash: bc4028b5
# source: The fireworks go up from the river. When they burst, the whole city goes quiet for a second, and then everyone makes the same sound at once. Ooh. Like that.
# untranslated: ch5_long_night_22

# ch05_festival.vn:45 · front.long_night · theo
# source-hash: 2d73fb68
# source: Ooh.
# untranslated: ch5_long_night_23

# ch05_festival.vn:46 · front.long_night · anju (smile)
# source-hash: 807cc09d
# source: Ooh.
# untranslated: ch5_long_night_24

# ch05_festival.vn:47 · front.long_night · narration
# source-hash: 501e73a4
# source: Down at the foot of the tower, somebody who sounded a lot like Raiden said ooh as well, grudgingly.
# untranslated: ch5_long_night_25

# ch05_festival.vn:48 · front.long_night · option
# source-hash: 18b7242e
# source: "I'd rather hear what you're doing for it. Tell me about your festival."
# untranslated: ch5_long_night_o3

# ch05_festival.vn:50 · front.long_night · theo
# source-hash: 06aed54d
# source: Ours? Ours is this. We climb the tower. We look west. Anju makes something with sugar in it if there's sugar.
# untranslated: ch5_long_night_26

# ch05_festival.vn:52 · front.long_night · anju
# source-hash: 73964773
# source: There's sugar. Somebody's Handler sent filters, and the filters came in a box with sugar cubes to stop them rattling.
# untranslated: ch5_long_night_27

# ch05_festival.vn:53 · front.long_night · shin
# source-hash: e032dc7c
# source: That was me. I put the sugar in the box. When I repacked it.
# untranslated: ch5_long_night_28

# ch05_festival.vn:55 · front.long_night · anju
# source-hash: 934192bb
# source: There's sugar. Raiden traded a radio for it. Don't ask him which radio.
# untranslated: ch5_long_night_37

# ch05_festival.vn:56 · front.long_night · shin
# source-hash: 89a4fda9
# source: It was mine. I wasn't using it.
# untranslated: ch5_long_night_38

# ch05_festival.vn:57 · front.long_night · theo (surprised)
# source-hash: 3104207d
# source: Shin made a joke.
# untranslated: ch5_long_night_29

# ch05_festival.vn:58 · front.long_night · shin
# source-hash: 12a70235
# source: I didn't.
# untranslated: ch5_long_night_30

# ch05_festival.vn:59 · front.long_night · theo
# source-hash: c8408914
# source: He did! Lena, he made a joke. Write this down in your book.
# untranslated: ch5_long_night_31

# ch05_festival.vn:64 · front.long_night · shin
# source-hash: ccc0897d
# source: Lena. They're moving again, in the east. Not towards us. Away, and deeper. Gathering.
# untranslated: ch5_long_night_32

# ch05_festival.vn:66 · front.long_night · shin
# source-hash: caa50eef
# source: Handler One. They're moving again, in the east. Not towards us. Away, and deeper. Gathering.
# untranslated: ch5_long_night_36

# ch05_festival.vn:67 · front.long_night · lena
# source-hash: 6d536d03
# source: For what?
# untranslated: ch5_long_night_33

# ch05_festival.vn:68 · front.long_night · shin
# source-hash: c29622b8
# source: I don't know. Something large. It'll take them a while.
# untranslated: ch5_long_night_34

# ch05_festival.vn:69 · front.long_night · narration
# source-hash: 8a90cdf8
# source: She had learned, by now, to hear what a sentence like that cost him.
# untranslated: ch5_long_night_35

## Scene republic.order

# ch05_festival.vn:74 · scene `republic.order` title
# source-hash: 0b838cf9
# source: Special Reconnaissance
# untranslated: scene-republic-order

# ch05_festival.vn:77 · republic.order · narration
# source-hash: 218985e5
# source: The morning of the festival, headquarters was half empty. Officers had taken leave. Those who had not wore their dress uniforms to work, so as to go straight on to the parade.
# untranslated: ch5_order_1

# ch05_festival.vn:82 · republic.order · narration
# source-hash: 2ccfb94a
# source: There was an envelope on her desk. No stamp. A slip of paper inside, written in a hand with ink on the side of it, and a carbon copy of an order.
# untranslated: ch5_order_2

# ch05_festival.vn:84 · republic.order · narration
# source-hash: 568d1dab
# source: The note said: You signed for the files, so you should have this too. I'm sorry. The clerk.
# untranslated: ch5_order_3

# ch05_festival.vn:86 · republic.order · narration
# source-hash: 628a09b8
# source: The note said: You asked me what happens at the end of their service. This is what happens. I'm sorry. The clerk.
# untranslated: ch5_order_39

# ch05_festival.vn:90 · republic.order · duval
# source-hash: bf5bd840
# source: Mirize. A word. Not here.
# untranslated: ch5_order_4

# ch05_festival.vn:91 · republic.order · narration
# source-hash: a00c4c38
# source: In the stairwell, where nobody used the stairs, he gave her a folded sheet of paper and would not look at her while she read it.
# untranslated: ch5_order_5

# ch05_festival.vn:92 · republic.order · duval
# source-hash: a73e15e5
# source: You'd have found it anyway. You read everything. I didn't want you to find it by yourself.
# untranslated: ch5_order_6

# ch05_festival.vn:96 · republic.order · duval
# source-hash: f4020425
# source: Lovely day for it. I see your lot are on the spring rotation list. Lucky them. Clean slate.
# untranslated: ch5_order_7

# ch05_festival.vn:97 · republic.order · lena
# source-hash: 1ec78e7d
# source: Rotation?
# untranslated: ch5_order_8

# ch05_festival.vn:98 · republic.order · duval
# source-hash: 7a3289aa
# source: Special reconnaissance. It's... you know. It's a thing they do. Don't spoil your festival.
# untranslated: ch5_order_9

# ch05_festival.vn:100 · republic.order · narration
# source-hash: eaf84dcf
# source: She did not know. She did not ask. It was the festival, and she was tired, and the words went past her the way the radio did. Later, she would remember this moment exactly, and hate it.
# untranslated: ch5_order_10

# ch05_festival.vn:102 · republic.order · narration
# source-hash: 2b7978c7
# source: ORDER: SPECIAL RECONNAISSANCE. SPEARHEAD SQUADRON, FIRST WARD, EASTERN FRONT. ON COMPLETION OF CURRENT TERM OF SERVICE, ALL REMAINING PROCESSORS TO ADVANCE EAST INTO LEGION-CONTROLLED TERRITORY AND REPORT.
# untranslated: ch5_order_11

# ch05_festival.vn:103 · republic.order · narration
# source-hash: 721605de
# source: DURATION: UNLIMITED. RETURN: NOT SCHEDULED. RESUPPLY: NONE.
# untranslated: ch5_order_12

# ch05_festival.vn:104 · republic.order · narration
# source-hash: 3d39e991
# source: Stapled behind it, a list of previous orders of the same kind. Squadron names, wards, dates. It went on for two pages. Beside each one, in the same grey type, the same word: COMPLETED.
# untranslated: ch5_order_38

# ch05_festival.vn:105 · republic.order · narration
# source-hash: c3bf25c2
# source: She read it twice. The second time she understood the footnotes.
# untranslated: ch5_order_13

# ch05_festival.vn:107 · republic.order · lena
# source-hash: c1178d6b
# source: Not scheduled.
# untranslated: ch5_order_14

# ch05_festival.vn:108 · republic.order · narration
# source-hash: a3e41801
# source: There was a place at the bottom for the Handler's acknowledgement. Someone had already initialled it on her behalf.
# untranslated: ch5_order_15

# ch05_festival.vn:109 · republic.order · narration
# source-hash: aa87c982
# source: Through the windows, on the plaza, the band began to play. Somewhere in the building, a telephone rang and rang, and nobody answered it, because it was a holiday.
# untranslated: ch5_order_16

# ch05_festival.vn:111 · republic.order · narration
# source-hash: da6e9cb5
# source: Her own telephone. She picked it up.
# untranslated: ch5_order_17

# ch05_festival.vn:112 · republic.order · annette
# source-hash: 4b917f01
# source: Lena. Tonight. Eight o'clock, the tart, my balcony has a perfect view of the fireworks and I've been promised good weather. You promised too. Don't you dare say "something's come up."
# untranslated: ch5_order_18

# ch05_festival.vn:113 · republic.order · narration
# source-hash: b8e60466
# source: On the other side of the city and two hundred kilometres east, twelve people she had never seen, only five of whom had ever said a word to her, would be climbing a water tower with three rungs missing, to watch the same fireworks, very small, very far away.
# untranslated: ch5_order_19

# ch05_festival.vn:114 · republic.order · choice
# source-hash: 2a4faef6
# source: Festival night.
# untranslated: ch5_order_night

# ch05_festival.vn:115 · republic.order · option
# source-hash: d27d7c5e
# source: Keep her promise. Dinner at Annette's. She'll say goodnight to Spearhead first.
# untranslated: ch5_order_o1

# ch05_festival.vn:120 · republic.order · lena
# source-hash: d8f0209f
# source: Eight o'clock. I'll be there, Annette.
# untranslated: ch5_order_20

# ch05_festival.vn:121 · republic.order · annette (smile)
# source-hash: 92c78ba5
# source: Good. I'm making two tarts in case the first one is a tragedy.
# untranslated: ch5_order_21

# ch05_festival.vn:122 · republic.order · option
# source-hash: 84be0582
# source: Stay in the control room with the link open, and watch the fireworks with them.
# untranslated: ch5_order_o2

# ch05_festival.vn:126 · republic.order · lena
# source-hash: d33be00f
# source: Annette, I'm so sorry. I can't. Not tonight. They're going to watch from their tower and I want to...
# untranslated: ch5_order_22

# ch05_festival.vn:127 · republic.order · annette (sad)
# source-hash: 6ae6cecb
# source: ...Your squadron.
# untranslated: ch5_order_23

# ch05_festival.vn:128 · republic.order · lena
# source-hash: be5c1614
# source: I'm sorry.
# untranslated: ch5_order_24

# ch05_festival.vn:129 · republic.order · annette
# source-hash: e6752797
# source: Don't be sorry. Be there. That's what you're going to do anyway.
# untranslated: ch5_order_25

# ch05_festival.vn:130 · republic.order · narration
# source-hash: 3344e70f
# source: The line clicked. It was the first time Annette had ever hung up on her.
# untranslated: ch5_order_26

# ch05_festival.vn:131 · republic.order · option
# source-hash: 4697a6a8
# source: Ask Annette if she can bring the link to the balcony.
# untranslated: ch5_order_o3

# ch05_festival.vn:137 · republic.order · lena
# source-hash: 3eb50ee6
# source: Annette. Could I bring them? On the link. To your balcony. They're watching too, from the front, and I...
# untranslated: ch5_order_27

# ch05_festival.vn:138 · republic.order · narration
# source-hash: ca5e80db
# source: A long pause, full of festival noise.
# untranslated: ch5_order_28

# ch05_festival.vn:139 · republic.order · annette
# source-hash: 5d37ac04
# source: You want me to host a dinner party for the Eighty-Sixth Sector via an experimental neural link on my balcony.
# untranslated: ch5_order_29

# ch05_festival.vn:140 · republic.order · lena
# source-hash: 438952ec
# source: Yes.
# untranslated: ch5_order_30

# ch05_festival.vn:141 · republic.order · annette
# source-hash: 06ed9018
# source: ...I'll need more tart.
# untranslated: ch5_order_31

# ch05_festival.vn:146 · republic.order · narration
# source-hash: 12c34823
# source: At noon the parade came down Liberty Avenue, as it did every year. Lena watched it from the steps of headquarters, because everyone did, because not watching would have been noticed.
# untranslated: ch5_order_32

# ch05_festival.vn:147 · republic.order · narration
# source-hash: 9c509a96
# source: Bands. Veterans of the old army in their medals, waving. Schoolchildren in blue and white. Then a flatbed truck with a Juggernaut on it, freshly painted, gleaming, decorated with paper flowers.
# untranslated: ch5_order_33

# ch05_festival.vn:148 · republic.order · narration
# source-hash: 36676352
# source: A banner along the side of the truck said: THANK YOU, GUARDIANS.
# untranslated: ch5_order_34

# ch05_festival.vn:149 · republic.order · narration
# source-hash: 42f04e03
# source: The crowd cheered it. They cheered it as if it were a good dog. Someone threw a flower, and it caught in the joint of one of the legs, and stayed there as the truck went by.
# untranslated: ch5_order_35

# ch05_festival.vn:151 · republic.order · narration
# source-hash: c80ee948
# source: Lena did not cheer. She stood very straight, the way she had been taught, and saluted, and held the salute until the truck had turned the corner and gone, and some of the people near her looked at her strangely, and she let them.
# untranslated: ch5_order_36

# ch05_festival.vn:153 · republic.order · narration
# source-hash: 0b72c90f
# source: The order was in her breast pocket. It felt heavier than paper should.
# untranslated: ch5_order_37

## Scene front.fireworks

# ch05_festival.vn:157 · scene `front.fireworks` title
# source-hash: a1953eaa
# source: Dandelions
# untranslated: scene-front-fireworks

# ch05_festival.vn:160 · front.fireworks · narration
# source-hash: fcbd3769
# source: They went up the tower at dusk, all of them: Shin first, then Raiden, then Theo with a blanket, Anju with a tin of burnt sugar, and Kurena last, because she had said she wasn't coming.
# untranslated: ch5_fireworks_1

# ch05_festival.vn:163 · front.fireworks · kurena
# source-hash: 88b6ac1f
# source: I'm only here because there's nothing else to do.
# untranslated: ch5_fireworks_2

# ch05_festival.vn:164 · front.fireworks · raiden
# source-hash: c2d0907e
# source: Sure.
# untranslated: ch5_fireworks_3

# ch05_festival.vn:165 · front.fireworks · kurena
# source-hash: 6f6ea7fd
# source: I mean it.
# untranslated: ch5_fireworks_4

# ch05_festival.vn:166 · front.fireworks · raiden
# source-hash: d7ceb956
# source: I said sure.
# untranslated: ch5_fireworks_5

# ch05_festival.vn:169 · front.fireworks · lena
# source-hash: 462369bd
# source: Spearhead, Handler One, reporting from a balcony in the First Sector. There is tart. You're invited, in spirit.
# untranslated: ch5_fireworks_6

# ch05_festival.vn:170 · front.fireworks · annette
# source-hash: 84ebd14a
# source: Hello. I'm Annette. I built the thing in your necks. Sorry about that.
# untranslated: ch5_fireworks_7

# ch05_festival.vn:171 · front.fireworks · theo
# source-hash: e094aa57
# source: She brought a friend!
# untranslated: ch5_fireworks_8

# ch05_festival.vn:172 · front.fireworks · annette
# source-hash: 564b33dd
# source: She brought you to my dinner. I'm the one who should be surprised.
# untranslated: ch5_fireworks_9

# ch05_festival.vn:174 · front.fireworks · lena
# source-hash: 4b4a4b8c
# source: I can't stay long tonight. I'm at a friend's. I just wanted to say... enjoy the fireworks. I'll be watching the same ones.
# untranslated: ch5_fireworks_10

# ch05_festival.vn:175 · front.fireworks · raiden
# source-hash: 2931e471
# source: Go eat your dinner, Handler One. We'll manage.
# untranslated: ch5_fireworks_11

# ch05_festival.vn:177 · front.fireworks · lena
# source-hash: 5d6e28a8
# source: I'm here. Control room three. Very unfestive. There's a map and a bad chair.
# untranslated: ch5_fireworks_12

# ch05_festival.vn:178 · front.fireworks · theo
# source-hash: dfa45680
# source: Sounds like home.
# untranslated: ch5_fireworks_13

# ch05_festival.vn:182 · front.fireworks · narration
# source-hash: 2b482ca4
# source: Far to the west, a tiny light bloomed, and then another. Green. Gold. White. Blue. Silent, because of the distance, and then, a long time after, a faint pop like a cork.
# untranslated: ch5_fireworks_14

# ch05_festival.vn:184 · front.fireworks · theo
# source-hash: c1ca1633
# source: Dandelions.
# untranslated: ch5_fireworks_15

# ch05_festival.vn:185 · front.fireworks · anju
# source-hash: 92c848ec
# source: Dandelions.
# untranslated: ch5_fireworks_16

# ch05_festival.vn:186 · front.fireworks · narration
# source-hash: 224edb47
# source: Kurena did not say dandelions. She watched with her chin on her knees.
# untranslated: ch5_fireworks_17

# ch05_festival.vn:187 · front.fireworks · anju
# source-hash: 73b60201
# source: Lena. Are you watching?
# untranslated: ch5_fireworks_35

# ch05_festival.vn:188 · front.fireworks · lena
# source-hash: b1ef8461
# source: I'm watching.
# untranslated: ch5_fireworks_36

# ch05_festival.vn:189 · front.fireworks · anju
# source-hash: c6d2306f
# source: Which one are you looking at?
# untranslated: ch5_fireworks_37

# ch05_festival.vn:190 · front.fireworks · lena
# source-hash: 55809262
# source: The gold one, going up now. There. It's bursting. There.
# untranslated: ch5_fireworks_38

# ch05_festival.vn:191 · front.fireworks · narration
# source-hash: 606b250f
# source: Two hundred kilometres apart, a fraction of a second apart, they saw the same gold dandelion open and fade.
# untranslated: ch5_fireworks_39

# ch05_festival.vn:192 · front.fireworks · anju
# source-hash: a7b8a2f1
# source: I saw it.
# untranslated: ch5_fireworks_40

# ch05_festival.vn:193 · front.fireworks · lena
# source-hash: a628a4e3
# source: I know. I heard you see it.
# untranslated: ch5_fireworks_41

# ch05_festival.vn:197 · front.fireworks · theo
# source-hash: 12acd3c0
# source: I'm going to paint this. I'm going to paint the whole thing on the inside of the hangar door, next to the fox, so it's there in the mornings.
# untranslated: ch5_fireworks_18

# ch05_festival.vn:198 · front.fireworks · lena
# source-hash: dbc96bfe
# source: Send me a description. A detailed one.
# untranslated: ch5_fireworks_19

# ch05_festival.vn:199 · front.fireworks · theo
# source-hash: 9d1e93b6
# source: I'll do better. I'll tell you every colour, one at a time, until you're bored.
# untranslated: ch5_fireworks_20

# ch05_festival.vn:201 · front.fireworks · kurena
# source-hash: f3273467
# source: Lena.
# untranslated: ch5_fireworks_21

# ch05_festival.vn:202 · front.fireworks · lena
# source-hash: 84c43de3
# source: Kurena?
# untranslated: ch5_fireworks_22

# ch05_festival.vn:203 · front.fireworks · kurena
# source-hash: 2af8a5e3
# source: She'd have liked this. That's all.
# untranslated: ch5_fireworks_23

# ch05_festival.vn:204 · front.fireworks · lena
# source-hash: b2b608bb
# source: I know. I think she'd have called them cherry trees.
# untranslated: ch5_fireworks_24

# ch05_festival.vn:205 · front.fireworks · narration
# source-hash: 4cc0fe37
# source: Kurena laughed. It was short, and a little broken, and real.
# untranslated: ch5_fireworks_25

# ch05_festival.vn:207 · front.fireworks · kurena (sad)
# source-hash: 055c968b
# source: Handler One. At the river. You stayed.
# untranslated: ch5_fireworks_26

# ch05_festival.vn:208 · front.fireworks · lena
# source-hash: cbee2f1a
# source: Yes.
# untranslated: ch5_fireworks_27

# ch05_festival.vn:209 · front.fireworks · kurena
# source-hash: ba8d74ff
# source: ...Thank you. I didn't say it. I'm saying it.
# untranslated: ch5_fireworks_28

# ch05_festival.vn:211 · front.fireworks · narration
# source-hash: b9a6077a
# source: Kurena did not speak to the link all evening. At the end, she said goodnight to everybody on the tower, one by one, and then, after a pause, to the air.
# untranslated: ch5_fireworks_29

# ch05_festival.vn:215 · front.fireworks · raiden
# source-hash: 0c10c50e
# source: Morale report, since you always ask.
# untranslated: ch5_fireworks_30

# ch05_festival.vn:217 · front.fireworks · raiden (smile)
# source-hash: 32c2ae74
# source: It's good. Honestly good. Theo's drawing again, Anju's cooking, Kurena smiled at something earlier and denies it.
# untranslated: ch5_fireworks_31

# ch05_festival.vn:219 · front.fireworks · raiden
# source-hash: 50e6ff92
# source: It's holding. We have sugar. That helps.
# untranslated: ch5_fireworks_32

# ch05_festival.vn:221 · front.fireworks · raiden (sad)
# source-hash: 2b5b0a27
# source: It's low. You know it's low. Don't take it personally. It was low before you.
# untranslated: ch5_fireworks_33

# ch05_festival.vn:226 · front.fireworks · narration
# source-hash: 7933dac1
# source: When the last firework had gone, the sky over the Republic went back to its faint paleness, and the sky over the front went back to being very large and very dark, and full of stars that nobody in the Republic could see.
# untranslated: ch5_fireworks_34

## Scene republic.last_call

# ch05_festival.vn:229 · scene `republic.last_call` title
# source-hash: 660e3e08
# source: After the Fireworks
# untranslated: scene-republic-last_call

# ch05_festival.vn:232 · republic.last_call · narration
# source-hash: 326bef23
# source: Annette's building, afterwards. The balcony doors open. Plates stacked on the railing. Annette asleep on the sofa inside with her shoes still on and a fork in her hand.
# untranslated: ch5_last_call_1

# ch05_festival.vn:235 · republic.last_call · narration
# source-hash: 34e9cc3b
# source: Control room three, afterwards. The building empty. Somewhere below, a cleaner's radio playing the end of the parade coverage to nobody.
# untranslated: ch5_last_call_2

# ch05_festival.vn:238 · republic.last_call · lena
# source-hash: 36f05fd8
# source: Shin. Are you still there?
# untranslated: ch5_last_call_3

# ch05_festival.vn:239 · republic.last_call · shin
# source-hash: 06341290
# source: Yes.
# untranslated: ch5_last_call_4

# ch05_festival.vn:240 · republic.last_call · lena
# source-hash: 3a543676
# source: Everyone's asleep?
# untranslated: ch5_last_call_5

# ch05_festival.vn:241 · republic.last_call · shin
# source-hash: 3c5d6fef
# source: Theo's asleep on the tower. Raiden went to get him a blanket and fell asleep next to him. I'm sitting with them.
# untranslated: ch5_last_call_6

# ch05_festival.vn:242 · republic.last_call · narration
# source-hash: a37a278d
# source: She smiled at that, and he heard her smile. She knew now that he could.
# untranslated: ch5_last_call_7

# ch05_festival.vn:244 · republic.last_call · shin
# source-hash: f5acfe0f
# source: Lena. Thank you for tonight. Kaie would have... everybody had a good night. I did too. I wanted to tell you that.
# untranslated: ch5_last_call_8

# ch05_festival.vn:246 · republic.last_call · shin
# source-hash: e7ecbd9b
# source: It was a good night. For here.
# untranslated: ch5_last_call_9

# ch05_festival.vn:248 · republic.last_call · shin
# source-hash: 390a69ed
# source: You should get some sleep, Handler One.
# untranslated: ch5_last_call_10

# ch05_festival.vn:249 · republic.last_call · lena
# source-hash: 79c6fde5
# source: I will. In a minute.
# untranslated: ch5_last_call_27

# ch05_festival.vn:250 · republic.last_call · narration
# source-hash: d3fd6ca0
# source: He did not close the link. She noticed that. She did not say she had noticed.
# untranslated: ch5_last_call_28

# ch05_festival.vn:251 · republic.last_call · lena
# source-hash: a5f1e272
# source: Shin. What do you see, right now? From the tower.
# untranslated: ch5_last_call_29

# ch05_festival.vn:252 · republic.last_call · shin
# source-hash: c149cfe8
# source: Stars. A lot of them. Theo's foot. Raiden snoring. The place where the fireworks were.
# untranslated: ch5_last_call_30

# ch05_festival.vn:253 · republic.last_call · lena
# source-hash: 360ff97a
# source: I can't see a single star from here. There's too much light.
# untranslated: ch5_last_call_31

# ch05_festival.vn:254 · republic.last_call · shin
# source-hash: 704ee189
# source: Then I'll count them for you. Some other night. There are too many for tonight.
# untranslated: ch5_last_call_32

# ch05_festival.vn:255 · republic.last_call · choice
# source-hash: c1bf5348
# source: It's late, and the link is quiet.
# untranslated: ch5_last_call_last

# ch05_festival.vn:256 · republic.last_call · option
# source-hash: 73e04b90
# source: "When this is over, I want to meet you. All of you. Not on a link. Properly."
# untranslated: ch5_last_call_o1

# ch05_festival.vn:259 · republic.last_call · shin
# source-hash: 08114006
# source: ...There isn't usually an over, here.
# untranslated: ch5_last_call_11

# ch05_festival.vn:260 · republic.last_call · lena
# source-hash: 961c8fc5
# source: Then I'll find one. I'll come and find you past the walls if I have to walk.
# untranslated: ch5_last_call_12

# ch05_festival.vn:261 · republic.last_call · shin
# source-hash: 870be2b6
# source: That's a long walk.
# untranslated: ch5_last_call_13

# ch05_festival.vn:262 · republic.last_call · lena
# source-hash: 50499830
# source: I'm very stubborn. Ask Annette.
# untranslated: ch5_last_call_14

# ch05_festival.vn:264 · republic.last_call · shin
# source-hash: 048ab9e0
# source: I know you are.
# untranslated: ch5_last_call_15

# ch05_festival.vn:265 · republic.last_call · narration
# source-hash: ff7caa99
# source: A pause.
# untranslated: ch5_last_call_16

# ch05_festival.vn:266 · republic.last_call · shin
# source-hash: 8ea95162
# source: All right. Then I'll wait.
# untranslated: ch5_last_call_17

# ch05_festival.vn:268 · republic.last_call · option
# source-hash: 47a74085
# source: Tell him about the order. He has a right to know.
# untranslated: ch5_last_call_o2

# ch05_festival.vn:271 · republic.last_call · lena
# source-hash: 1fea472b
# source: Shin. I found an order. Special reconnaissance. After your term. All of you, east, with no...
# untranslated: ch5_last_call_18

# ch05_festival.vn:272 · republic.last_call · shin
# source-hash: 8e507070
# source: With no return date.
# untranslated: ch5_last_call_19

# ch05_festival.vn:273 · republic.last_call · lena (surprised)
# source-hash: e6f726f9
# source: You know.
# untranslated: ch5_last_call_20

# ch05_festival.vn:274 · republic.last_call · shin
# source-hash: bd2a0ef2
# source: Every squad out here knows. It's what happens at the end. We thought you didn't, and we didn't want to be the ones to tell you.
# untranslated: ch5_last_call_21

# ch05_festival.vn:275 · republic.last_call · lena (angry)
# source-hash: d3014ec2
# source: I'll fight it. I'll take it to Karlstahl, to the General Staff, to the newspapers if I have to.
# untranslated: ch5_last_call_22

# ch05_festival.vn:276 · republic.last_call · shin
# source-hash: 44ea7da0
# source: You can try.
# untranslated: ch5_last_call_23

# ch05_festival.vn:277 · republic.last_call · shin
# source-hash: 85519be8
# source: Lena. Whatever happens. It matters that you told me. Nobody inside ever told us anything.
# untranslated: ch5_last_call_24

# ch05_festival.vn:278 · republic.last_call · option
# source-hash: 6f5ba225
# source: "Good night, Undertaker. Handler One out."
# untranslated: ch5_last_call_o3

# ch05_festival.vn:280 · republic.last_call · shin
# source-hash: 1e6dd983
# source: Good night, Handler One.
# untranslated: ch5_last_call_25

# ch05_festival.vn:281 · republic.last_call · narration
# source-hash: 5cd54013
# source: It was the right thing to say. It was what a Handler said. She did not know why, after she said it, the room felt colder.
# untranslated: ch5_last_call_26

# ch05_festival.vn:282 · republic.last_call · narration
# source-hash: 1f27509c
# source: In the morning, Raiden would ask Shin whether the Handler had said anything, after the fireworks. Shin would say no. It would be true, and also not.
# untranslated: ch5_last_call_33

## Scene front.coda

# ch05_festival.vn:288 · scene `front.coda` title
# source-hash: 5b7f3a93
# source: The Morning After
# untranslated: scene-front-coda

# ch05_festival.vn:292 · front.coda · narration
# source-hash: a61ddce5
# source: In the morning the hangar smelled of oil and cold coffee, as it always did.
# untranslated: ch5_coda_1

# ch05_festival.vn:294 · front.coda · narration
# source-hash: 8f28b92f
# source: Theo had painted a small gold firework on the hangar door, beside the laughing fox in the major's cap.
# untranslated: ch5_coda_2

# ch05_festival.vn:296 · front.coda · narration
# source-hash: 853f9aa1
# source: Someone had drawn a small firework on the hangar door in chalk. By noon the damp had nearly taken it.
# untranslated: ch5_coda_3

# ch05_festival.vn:298 · front.coda · narration
# source-hash: 56866e98
# source: In the east, far beyond the river, the Legion went on gathering, patiently, for something none of them could name yet.
# untranslated: ch5_coda_4

# ch05_festival.vn:302 · front.coda · narration
# source-hash: 18ba0166
# source: Shin checked the legs of his Juggernaut one joint at a time. At nine o'clock that night, the band at his neck gave its small cold tingle, and for once he was already waiting for it.
# untranslated: ch5_coda_5

# ch05_festival.vn:303 · front.coda · narration
# source-hash: 22c43719
# source: Raiden noticed, and said nothing, and went to tell Theo, who said a great deal.
# untranslated: ch5_coda_19

# ch05_festival.vn:304 · front.coda · lena
# source-hash: 1368c1c5
# source: Good evening, Spearhead.
# untranslated: ch5_coda_6

# ch05_festival.vn:305 · front.coda · shin
# source-hash: a53e3715
# source: Good evening, Lena.
# untranslated: ch5_coda_7

# ch05_festival.vn:306 · front.coda · narration
# source-hash: eceb1160
# source: Inside the walls, a pear tart was cooling on a windowsill, and on a notebook on a kitchen table, under a list of names, a new line had been started and not yet finished.
# untranslated: ch5_coda_8

# ch05_festival.vn:313 · front.coda · narration
# source-hash: ce7992d7
# source: The squadron said her name now, on the link and off it. Inside the walls, fewer people did. Duval ate lunch at another table. Annette's telephone rang and rang in an empty laboratory.
# untranslated: ch5_coda_9

# ch05_festival.vn:314 · front.coda · lena
# source-hash: d35c6dae
# source: Good evening, Spearhead.
# untranslated: ch5_coda_10

# ch05_festival.vn:315 · front.coda · shin
# source-hash: c941e82f
# source: Lena. You sound tired.
# untranslated: ch5_coda_11

# ch05_festival.vn:316 · front.coda · lena
# source-hash: 0d0b55ae
# source: I'm fine. I'm exactly where I should be.
# untranslated: ch5_coda_12

# ch05_festival.vn:317 · front.coda · narration
# source-hash: 6c947754
# source: It was true. It was also very lonely, and he heard that too, and for once he did not let it go.
# untranslated: ch5_coda_13

# ch05_festival.vn:318 · front.coda · narration
# source-hash: 1c35d655
# source: Behind him, in the hangar, Theo was telling Kurena that Lena had been moved to a smaller office, in the basement, next to the records. Kurena said that was their fault. Raiden said it was the Republic's fault, which was not the same thing, and that Lena would say so too.
# untranslated: ch5_coda_20

# ch05_festival.vn:319 · front.coda · shin
# source-hash: 998495d0
# source: Then stay a while.
# untranslated: ch5_coda_14

# ch05_festival.vn:326 · front.coda · narration
# source-hash: fc062574
# source: At nine o'clock the link opened, as it had every night for weeks. Five voices answered it, politely, as a class answers a new teacher, and seven more breathed on the line and said nothing at all.
# untranslated: ch5_coda_15

# ch05_festival.vn:327 · front.coda · lena
# source-hash: e97c05e6
# source: Good evening, Spearhead. Report, please.
# untranslated: ch5_coda_16

# ch05_festival.vn:328 · front.coda · shin
# source-hash: e24a3a25
# source: All units in the first ward. Nothing to report, Handler One.
# untranslated: ch5_coda_17

# ch05_festival.vn:329 · front.coda · narration
# source-hash: 037b4daa
# source: There was always something to report. She was beginning to understand that. She was beginning to understand how much she had not yet earned the right to hear.
# untranslated: ch5_coda_18

# ch05_festival.vn:330 · front.coda · narration
# source-hash: 3089c851
# source: She wrote the date in her notebook, under the names. Then, after a moment, beside it: Tomorrow, ask better.
# untranslated: ch5_coda_21

## Scene republic.appeal

# ch06_order.vn:19 · scene `republic.appeal` title
# source-hash: 8c73cee7
# source: Channels
# untranslated: scene-republic-appeal

# ch06_order.vn:24 · republic.appeal · narration
# source-hash: fb58b9ea
# source: Three days after the festival, the city took its bunting down. Men on ladders went along Liberty Avenue unpicking the blue and white triangles from the lamp posts and folding them into crates stencilled NEXT YEAR.
# untranslated: ch6_appeal_1

# ch06_order.vn:26 · republic.appeal · narration
# source-hash: eccb6faf
# source: Lena could not watch them at it. Her office had no window now. It was a room in the basement beside the records, with a pipe across the ceiling that knocked twice every hour, as if it wanted to be let in.
# untranslated: ch6_appeal_9

# ch06_order.vn:28 · republic.appeal · narration
# source-hash: 6d8297a2
# source: Lena watched them from her office window, one lamp post at a time, until she noticed she was doing it to avoid her desk.
# untranslated: ch6_appeal_10

# ch06_order.vn:30 · republic.appeal · narration
# source-hash: 2f6e7b61
# source: She had known for three days. She had spent three nights on it. The drafts lay on the desk in the order she had written them: the first one angry, eleven pages; the second one careful, four; the third so careful that it no longer said anything at all.
# untranslated: ch6_appeal_2

# ch06_order.vn:31 · republic.appeal · narration
# source-hash: a6085c38
# source: On top of them lay the carbon of the order. At the bottom, where the Handler acknowledged receipt, were her own initials, in a hand that was not hers. She had looked at them so often that they had begun to look like her handwriting. That frightened her more than anything in the order itself.
# untranslated: ch6_appeal_11

# ch06_order.vn:33 · republic.appeal · narration
# source-hash: 7188f2ae
# source: The order came in the internal mail at ten, in a brown envelope, between a memorandum on festival overtime and a circular about the coffee machine.
# untranslated: ch6_appeal_3

# ch06_order.vn:34 · republic.appeal · narration
# source-hash: 683da8f0
# source: SPECIAL RECONNAISSANCE. SPEARHEAD SQUADRON. ON COMPLETION OF CURRENT TERM OF SERVICE. RETURN: NOT SCHEDULED. At the bottom, where the Handler acknowledged receipt, someone had already written V.M., neatly, in a hand that was not hers.
# untranslated: ch6_appeal_12

# ch06_order.vn:35 · republic.appeal · narration
# source-hash: 752154ad
# source: Spring rotation, Duval had said on the steps, with the parade going by. Lucky them. Clean slate. She had not asked. She read the order four times, and then she took a clean sheet of paper and began to write, and by the middle of the afternoon she had two drafts and a headache and nothing she would have dared to send.
# untranslated: ch6_appeal_13

# ch06_order.vn:39 · republic.appeal · duval
# source-hash: 74d3e0e7
# source: I'd knock, but then you'd say come in, and I'd have to, and it would all be very formal.
# untranslated: ch6_appeal_14

# ch06_order.vn:40 · republic.appeal · lena
# source-hash: bb00d1e2
# source: You're in already, Captain.
# untranslated: ch6_appeal_15

# ch06_order.vn:41 · republic.appeal · duval
# source-hash: dc77100f
# source: So I am. Efficient.
# untranslated: ch6_appeal_16

# ch06_order.vn:42 · republic.appeal · narration
# source-hash: 491fc685
# source: He sat on the corner of her desk, which nobody was allowed to do, and looked at the drafts upside down.
# untranslated: ch6_appeal_17

# ch06_order.vn:44 · republic.appeal · duval (worried)
# source-hash: 0cb713d4
# source: I gave you that. In the stairwell. I've been regretting it since the fireworks, on and off. Mostly on.
# untranslated: ch6_appeal_18

# ch06_order.vn:46 · republic.appeal · duval (worried)
# source-hash: 00fcd834
# source: I did try to tell you. At the parade. In my way. My way isn't very good, I'm told.
# untranslated: ch6_appeal_19

# ch06_order.vn:47 · republic.appeal · duval (neutral)
# source-hash: 745b2c22
# source: I'm going to say something now and you're going to hate it. Then we'll go to lunch and you'll let me pay, which will be your punishment.
# untranslated: ch6_appeal_20

# ch06_order.vn:48 · republic.appeal · lena
# source-hash: df123692
# source: Go on.
# untranslated: ch6_appeal_21

# ch06_order.vn:49 · republic.appeal · duval
# source-hash: cfa3558a
# source: Don't.
# untranslated: ch6_appeal_22

# ch06_order.vn:50 · republic.appeal · lena
# source-hash: 9a376c7c
# source: Don't what?
# untranslated: ch6_appeal_23

# ch06_order.vn:51 · republic.appeal · duval
# source-hash: d7999bee
# source: Whatever this is. You've underlined things, Mirize. Nobody underlines anything in a letter they mean to survive.
# untranslated: ch6_appeal_24

# ch06_order.vn:52 · republic.appeal · duval
# source-hash: efd659fd
# source: There are men upstairs who have been waiting nine years for somebody to write that letter, so they can show the rest of us what happens to the person who wrote it. Don't be the example. I'd have to sit next to whoever they gave your chair to. They'd be dull. They'd bring soup in a flask.
# untranslated: ch6_appeal_25

# ch06_order.vn:54 · republic.appeal · duval
# source-hash: 74761d40
# source: You have friends up there, God knows how. People say your name at dinners and smile. Don't spend all of them at once on a squadron that's already been spent.
# untranslated: ch6_appeal_26

# ch06_order.vn:56 · republic.appeal · duval
# source-hash: cc66f52d
# source: And you haven't got the friends for it. You know that. They laughed at your list of names in a staff meeting. They won't laugh at a petition. They'll minute it.
# untranslated: ch6_appeal_27

# ch06_order.vn:58 · republic.appeal · duval
# source-hash: 9bc3ea41
# source: You've just about enough goodwill left in this building to get yourself out of trouble once. Once, Mirize. I'd save it for something you can win.
# untranslated: ch6_appeal_28

# ch06_order.vn:59 · republic.appeal · lena (angry)
# source-hash: cb99e274
# source: They are going to die, Captain.
# untranslated: ch6_appeal_29

# ch06_order.vn:60 · republic.appeal · narration
# source-hash: 734c8fe0
# source: He did not make a joke. She watched him not make it.
# untranslated: ch6_appeal_30

# ch06_order.vn:61 · republic.appeal · duval (worried)
# source-hash: fcda2447
# source: I know. Everybody on this corridor knows. That's why nobody writes it down.
# untranslated: ch6_appeal_31

# ch06_order.vn:62 · republic.appeal · duval
# source-hash: f64d2076
# source: The Handler before me went east on a form too. Not the squadron. Him. His career. He's in the postal service now. He sends me a card every New Year and underlines the word happy.
# untranslated: ch6_appeal_32

# ch06_order.vn:63 · republic.appeal · duval
# source-hash: 4f54b70f
# source: I'd miss you. There. I've said a decent thing and now I need to go and lie down.
# untranslated: ch6_appeal_33

# ch06_order.vn:65 · republic.appeal · narration
# source-hash: 0f96d021
# source: He left the door open behind him. After a while she got up and closed it.
# untranslated: ch6_appeal_34

# ch06_order.vn:69 · republic.appeal · narration
# source-hash: f20a4bf7
# source: At nine she was in control room three with the band at her throat and the drafts on her knee. She said good evening. She heard them answer. Then Shin asked the others for the channel, politely, and one by one they went, until there was only his breathing and the wind on the ward.
# untranslated: ch6_appeal_35

# ch06_order.vn:71 · republic.appeal · shin
# source-hash: 8ae4101e
# source: You've been quiet for three nights. Since you told me. You've been writing something.
# untranslated: ch6_appeal_4

# ch06_order.vn:72 · republic.appeal · lena
# source-hash: 660abbcf
# source: How do you know?
# untranslated: ch6_appeal_36

# ch06_order.vn:73 · republic.appeal · shin
# source-hash: 2fb6bd9b
# source: I can hear you cross things out.
# untranslated: ch6_appeal_37

# ch06_order.vn:75 · republic.appeal · lena
# source-hash: c1aa5e24
# source: Shin. An order came. About the end of your term. Special reconnaissance.
# untranslated: ch6_appeal_38

# ch06_order.vn:76 · republic.appeal · shin
# source-hash: 38635cb1
# source: ...You know about that.
# untranslated: ch6_appeal_5

# ch06_order.vn:77 · republic.appeal · narration
# source-hash: 63fa1d40
# source: It was the nearest thing to surprise she had ever heard from him. She had not known he kept any.
# untranslated: ch6_appeal_39

# ch06_order.vn:79 · republic.appeal · lena
# source-hash: 5b46716c
# source: Since the festival. I should have told you then. I didn't know how.
# untranslated: ch6_appeal_40

# ch06_order.vn:81 · republic.appeal · lena
# source-hash: 72d0e12e
# source: Since ten o'clock this morning. It came with my initials already on it.
# untranslated: ch6_appeal_41

# ch06_order.vn:82 · republic.appeal · shin
# source-hash: 22a95ad0
# source: Nobody inside has ever shown it to us before. We assumed they didn't show it to you either.
# untranslated: ch6_appeal_42

# ch06_order.vn:83 · republic.appeal · shin
# source-hash: 8a5b2a75
# source: I'm going to ask you for something. Once. Then I'll leave it with you.
# untranslated: ch6_appeal_43

# ch06_order.vn:84 · republic.appeal · lena
# source-hash: a36fa673
# source: Go on.
# untranslated: ch6_appeal_44

# ch06_order.vn:85 · republic.appeal · shin
# source-hash: 90408e98
# source: Don't fight it.
# untranslated: ch6_appeal_45

# ch06_order.vn:86 · republic.appeal · narration
# source-hash: ab8556f5
# source: She had known it was coming. It still went in like cold water.
# untranslated: ch6_appeal_46

# ch06_order.vn:87 · republic.appeal · shin
# source-hash: aa8c4c89
# source: If you petition, it goes to a committee. The committee is the people who wrote the order. They'll thank you for your concern. Then they'll decide you're tired, and give your chair to someone else, and the order will go out on the day it was always going out.
# untranslated: ch6_appeal_47

# ch06_order.vn:88 · republic.appeal · shin
# source-hash: b5f2f2ea
# source: It will cost you everything you have in there. It won't change anything out here. We go east on the thirty-first either way.
# untranslated: ch6_appeal_48

# ch06_order.vn:89 · republic.appeal · lena (angry)
# source-hash: e9f6af5d
# source: You can't know that.
# untranslated: ch6_appeal_49

# ch06_order.vn:90 · republic.appeal · shin
# source-hash: 826a596b
# source: You read the list they stapled to it. Every one says completed. Some of those squadrons had Handlers who tried. We heard about the Handlers. We never heard what happened to them after.
# untranslated: ch6_appeal_50

# ch06_order.vn:91 · republic.appeal · shin
# source-hash: 40798742
# source: There'll be a squadron in this ward after us. Another one after that. They'll have a Handler. It could be someone who asks their names. Or it could be whoever gets your chair when you've spent yourself on us.
# untranslated: ch6_appeal_51

# ch06_order.vn:92 · republic.appeal · shin
# source-hash: b0529fa7
# source: Keep the chair. Be in it for the next ones. It's the only thing in there that has ever been any use to us.
# untranslated: ch6_appeal_52

# ch06_order.vn:93 · republic.appeal · lena (sad)
# source-hash: e92b1eb3
# source: And you want me to sit in it and watch you walk off the map.
# untranslated: ch6_appeal_53

# ch06_order.vn:94 · republic.appeal · shin
# source-hash: 6865741e
# source: Yes.
# untranslated: ch6_appeal_54

# ch06_order.vn:95 · republic.appeal · narration
# source-hash: 70add194
# source: He did not soften it. He never made a hard thing easier by making it untrue.
# untranslated: ch6_appeal_55

# ch06_order.vn:97 · republic.appeal · shin
# source-hash: 48ad0b06
# source: I don't ask you for things, Lena.
# untranslated: ch6_appeal_56

# ch06_order.vn:98 · republic.appeal · lena
# source-hash: 8d160fe6
# source: No. You don't.
# untranslated: ch6_appeal_57

# ch06_order.vn:99 · republic.appeal · shin
# source-hash: 182abb65
# source: I'm asking.
# untranslated: ch6_appeal_58

# ch06_order.vn:101 · republic.appeal · shin
# source-hash: 4d0231ff
# source: That's all. It's your decision, Handler One. It was always going to be.
# untranslated: ch6_appeal_59

# ch06_order.vn:102 · republic.appeal · choice
# source-hash: 1da61f19
# source: He has asked once. He will not ask again.
# untranslated: ch6_appeal_q1

# ch06_order.vn:103 · republic.appeal · option
# source-hash: 95bfbc89
# source: Fight it openly: petition the General Staff in her own name, with the squadron's record attached.
# untranslated: ch6_appeal_o1

# ch06_order.vn:108 · republic.appeal · lena
# source-hash: f4fa344b
# source: No. I'm sorry, Shin. I can't sit in the chair and watch. If that's all the chair is for, they can have it.
# untranslated: ch6_appeal_60

# ch06_order.vn:109 · republic.appeal · shin
# source-hash: eda5648f
# source: ...Then I've said it.
# untranslated: ch6_appeal_61

# ch06_order.vn:110 · republic.appeal · narration
# source-hash: 6bfa9b3d
# source: She wrote until two. At eight she carried it up four floors to the General Staff registry herself: eleven pages in her own name, and behind them forty more. Every sortie Spearhead had flown since she took command. Every warning Shin had given before the radar saw anything. Every name.
# untranslated: ch6_appeal_6

# ch06_order.vn:111 · republic.appeal · narration
# source-hash: 2e674129
# source: The registry officer stamped it RECEIVED without reading the cover. By the afternoon her name had come off the guest list for the Ministry reception, and two people she had known since the academy found reasons to wait for the next lift.
# untranslated: ch6_appeal_62

# ch06_order.vn:112 · republic.appeal · narration
# source-hash: fc2ee631
# source: Shin told the others before breakfast. Lena heard, later, that Theo had said she'd done something very stupid, and that he was proud of her, and that he would deny it to anyone who asked. Nobody asked. Nobody had to.
# untranslated: ch6_appeal_63

# ch06_order.vn:113 · republic.appeal · option
# source-hash: 6c8b40f5
# source: Do as Shin asks. Keep quiet, keep her post, and use it for them.
# untranslated: ch6_appeal_o2

# ch06_order.vn:117 · republic.appeal · lena
# source-hash: 0a9265e9
# source: ...All right.
# untranslated: ch6_appeal_64

# ch06_order.vn:118 · republic.appeal · shin
# source-hash: 60ed1f02
# source: Thank you.
# untranslated: ch6_appeal_65

# ch06_order.vn:119 · republic.appeal · narration
# source-hash: da79667c
# source: She hated that he thanked her. She did not tell him so.
# untranslated: ch6_appeal_7

# ch06_order.vn:120 · republic.appeal · narration
# source-hash: 0dcc01e2
# source: In the morning she fed the drafts through the shredder on the third floor, one page at a time, because it jammed on two. Duval brought her a coffee without being asked and said nothing about it, which was how she knew that he knew, and that he was relieved, and that half the corridor was.
# untranslated: ch6_appeal_66

# ch06_order.vn:121 · republic.appeal · narration
# source-hash: ebdb7265
# source: When Shin told the others, Kurena said, So that's that, and went out behind the hangar to the graves. Lena heard about it from Anju, who was kind about it. That was worse.
# untranslated: ch6_appeal_67

# ch06_order.vn:122 · republic.appeal · option
# source-hash: 8cfc69b6
# source: Take it to Karlstahl, privately, tonight.
# untranslated: ch6_appeal_o3

# ch06_order.vn:125 · republic.appeal · lena
# source-hash: ef5999f3
# source: I won't petition. But I won't do nothing, Shin. I'm going to ask one person. Quietly. Tonight.
# untranslated: ch6_appeal_68

# ch06_order.vn:126 · republic.appeal · shin
# source-hash: bd3b0461
# source: Karlstahl.
# untranslated: ch6_appeal_69

# ch06_order.vn:127 · republic.appeal · lena
# source-hash: 4f2e9167
# source: He's known me since before I could walk.
# untranslated: ch6_appeal_70

# ch06_order.vn:128 · republic.appeal · shin
# source-hash: 169ab3b6
# source: He signed the law.
# untranslated: ch6_appeal_71

# ch06_order.vn:130 · republic.appeal · lena
# source-hash: d3c98422
# source: I know what he signed. He told me himself, over the lamb. That's why I can ask him.
# untranslated: ch6_appeal_72

# ch06_order.vn:132 · republic.appeal · lena
# source-hash: 731cc245
# source: I know. That's why he's the one to ask.
# untranslated: ch6_appeal_73

# ch06_order.vn:133 · republic.appeal · narration
# source-hash: 2044ec0f
# source: The car took her to his house at eleven. He came to the door himself, in a dressing gown, and read the order under the hall lamp without asking her in. He read it twice. Then he looked for a long time at the bottom of the page, where the countersignatures were.
# untranslated: ch6_appeal_8

# ch06_order.vn:134 · republic.appeal · narration
# source-hash: 21f05d91
# source: Leave it with me, he said. Give me some days. And tell nobody you came. She did not. His aide, who should not have been on the stairs at that hour, was on the stairs, and by the next afternoon somebody on the General Staff knew that the Mirize girl had gone to her uncle in the night.
# untranslated: ch6_appeal_74

## Scene front.thirty_days

# ch06_order.vn:138 · scene `front.thirty_days` title
# source-hash: 81329bb9
# source: Thirty-One Days
# untranslated: scene-front-thirty_days

# ch06_order.vn:142 · front.thirty_days · narration
# source-hash: 7168170d
# source: Theo had painted the count on the inside of the hangar door the morning the notice came through, beside the laughing fox and the small gold firework: thirty-one short strokes in a row, each a different colour until he ran out of colours and began again. This morning he had painted a neat grey line through the first.
# untranslated: ch6_thirty_1

# ch06_order.vn:144 · front.thirty_days · narration
# source-hash: 656972ce
# source: Theo had chalked the count on the hangar door the morning the notice came through: thirty-one short strokes at the height of his shoulder, where the damp reached last. This morning he had drawn a line through the first one and gone over it twice, so the damp would have to work for it.
# untranslated: ch6_thirty_2

# ch06_order.vn:146 · front.thirty_days · theo
# source-hash: 47f6e938
# source: Thirty.
# untranslated: ch6_thirty_10

# ch06_order.vn:148 · front.thirty_days · raiden
# source-hash: 846e37c8
# source: You don't have to say it every morning.
# untranslated: ch6_thirty_11

# ch06_order.vn:149 · front.thirty_days · theo
# source-hash: 95f57f6d
# source: I do. It's a countdown. You have to say countdowns out loud. Otherwise it's only arithmetic.
# untranslated: ch6_thirty_12

# ch06_order.vn:151 · front.thirty_days · narration
# source-hash: d16b2cb4
# source: The seven sat at the far end of the long workbench, where they always sat: close enough to be part of things, far enough not to have to be.
# untranslated: ch6_thirty_13

# ch06_order.vn:152 · front.thirty_days · narration
# source-hash: b58de0da
# source: Mattie, the oldest, was sorting bolts by size into a tin and humming, so low it seemed to come up through the bench rather than out of him. Yuna, small and quick, the best scout on the ward, sat on the bench instead of at it and swung her boots.
# untranslated: ch6_thirty_14

# ch06_order.vn:153 · front.thirty_days · narration
# source-hash: 3d3f8398
# source: Tobiah had a biscuit box under his elbow with the lid wired shut. He had had it as long as anyone had known him. Nobody asked what was in it any more. Sasha had a row of bright things in front of her, a brass button, a bottle cap, the lens of a dead torch, and moved them about in a game of patience whose rules only she knew.
# untranslated: ch6_thirty_15

# ch06_order.vn:154 · front.thirty_days · narration
# source-hash: c81ed3b6
# source: Ezra's hands were inside a radio beside Raiden's; the two of them passed one screwdriver back and forth without looking. Noor, who shot at night and slept in the day, was awake now, nearly, singing under her breath in the language her mother had spoken, a song that had no end that anyone had heard, only places to stop.
# untranslated: ch6_thirty_16

# ch06_order.vn:155 · front.thirty_days · narration
# source-hash: 8f5fe6f4
# source: And Pim, fourteen, all knees and elbows, the tallest of them and the youngest, sat as near to Theo as he could without being in the way.
# untranslated: ch6_thirty_17

# ch06_order.vn:156 · front.thirty_days · pim
# source-hash: 9fc073d7
# source: Do the fox again. With the hat.
# untranslated: ch6_thirty_18

# ch06_order.vn:157 · front.thirty_days · theo
# source-hash: cb8018f8
# source: It's a cap. A major's cap. There is a difference, and one day you'll be glad I told you.
# untranslated: ch6_thirty_19

# ch06_order.vn:158 · front.thirty_days · sasha
# source-hash: 0a921f57
# source: Ezra. Is this brass?
# untranslated: ch6_thirty_20

# ch06_order.vn:159 · front.thirty_days · ezra
# source-hash: 2f3edf2d
# source: It's a shell casing.
# untranslated: ch6_thirty_21

# ch06_order.vn:160 · front.thirty_days · sasha
# source-hash: 437766b1
# source: It's brass.
# untranslated: ch6_thirty_22

# ch06_order.vn:161 · front.thirty_days · ezra
# source-hash: b350afb7
# source: It's a shell casing made of brass. Everything out here's a shell casing, Sasha.
# untranslated: ch6_thirty_23

# ch06_order.vn:162 · front.thirty_days · mattie
# source-hash: 19e97283
# source: Let her have her brass.
# untranslated: ch6_thirty_24

# ch06_order.vn:163 · front.thirty_days · narration
# source-hash: ccb71269
# source: Yuna laughed, with her shoulders only, and Sasha put the casing at the head of her row, where the good things went.
# untranslated: ch6_thirty_25

# ch06_order.vn:165 · front.thirty_days · narration
# source-hash: 2559901e
# source: Kurena had been standing in front of the lockers for some time.
# untranslated: ch6_thirty_3

# ch06_order.vn:166 · front.thirty_days · narration
# source-hash: a63df79e
# source: There were fourteen along the back wall, grey, dented, left behind by whatever the hangar had been before it was a hangar. Kaie's had her name on a strip of tape in her own round capitals, with a small flower drawn after it, because Kaie drew a small flower after everything. Nobody had opened it since the river.
# untranslated: ch6_thirty_26

# ch06_order.vn:168 · front.thirty_days · anju
# source-hash: fd76aca3
# source: You don't have to do it today.
# untranslated: ch6_thirty_27

# ch06_order.vn:169 · front.thirty_days · kurena
# source-hash: 3b1e9c63
# source: Somebody does. The next lot will want the lockers.
# untranslated: ch6_thirty_28

# ch06_order.vn:170 · front.thirty_days · narration
# source-hash: 991bc373
# source: That was how they said it now. The next lot.
# untranslated: ch6_thirty_29

# ch06_order.vn:172 · front.thirty_days · narration
# source-hash: 7e165ad0
# source: The door stuck, and then gave.
# untranslated: ch6_thirty_30

# ch06_order.vn:173 · front.thirty_days · narration
# source-hash: feb03acc
# source: A spare shirt, folded badly. A comb with three teeth gone. The scissors, wrapped in a clean cloth and laid points-down in the bottom of the locker, where Kurena herself had put them the morning after the river and then made herself forget she had.
# untranslated: ch6_thirty_31

# ch06_order.vn:174 · front.thirty_days · narration
# source-hash: 957fe5b5
# source: A hardbacked notebook: the book. Every bet Kaie had ever taken, on everything: the weather, the soup, whether Theo's hair would ever recover. The last page said, in the round capitals, HANDLER ONE (THE NEW ONE). THEO: ONE DAY. RAIDEN: ONE WEEK. And under that, added later, in different ink: EVERYBODY LOSES. GOOD.
# untranslated: ch6_thirty_32

# ch06_order.vn:175 · front.thirty_days · narration
# source-hash: 5b56eaab
# source: And a cookbook. Family Cooking for Every Season, printed inside the walls before the war, its spine split in two places. Kaie had written in the margin of every recipe. No eggs. No butter. What is a shallot. Try with the tinned meat. Tried with the tinned meat: no. She had never once followed a recipe to the end. The soup had been the proof.
# untranslated: ch6_thirty_33

# ch06_order.vn:176 · front.thirty_days · theo (smile)
# source-hash: acaed016
# source: "What is a shallot." She asked me that. I told her it was a kind of small bird.
# untranslated: ch6_thirty_34

# ch06_order.vn:177 · front.thirty_days · anju
# source-hash: 62ed5744
# source: She believed you for a month.
# untranslated: ch6_thirty_35

# ch06_order.vn:178 · front.thirty_days · theo
# source-hash: b8b54041
# source: She believed me for a month and then she hit me with that book.
# untranslated: ch6_thirty_36

# ch06_order.vn:179 · front.thirty_days · narration
# source-hash: d1030780
# source: Halfway through the spring section, the pages had been stained pink in small flat shapes, five petals each.
# untranslated: ch6_thirty_37

# ch06_order.vn:180 · front.thirty_days · narration
# source-hash: 72c50997
# source: And on the shelf above, propped against the back of the locker where you would see it first if you were the kind of person who opened lockers properly, an envelope. Sealed. When Kurena tilted it, something thin and dry moved inside.
# untranslated: ch6_thirty_38

# ch06_order.vn:181 · front.thirty_days · narration
# source-hash: 975c0229
# source: On the front, in the round capitals: TO HANDLER ONE, THE NEW ONE.
# untranslated: ch6_thirty_39

# ch06_order.vn:182 · front.thirty_days · kurena (sad)
# source-hash: 23709c30
# source: The weed by the fence. The little pink one. She pressed it.
# untranslated: ch6_thirty_40

# ch06_order.vn:183 · front.thirty_days · theo
# source-hash: 3939a03f
# source: She said it was a cherry tree.
# untranslated: ch6_thirty_41

# ch06_order.vn:184 · front.thirty_days · kurena
# source-hash: b70749ad
# source: She said it was a young one. She said everything starts small and you have to be patient with it.
# untranslated: ch6_thirty_42

# ch06_order.vn:185 · front.thirty_days · anju
# source-hash: 7d5607d6
# source: She told me she was sending the first ones to the Handler. Because people in there have never seen a cherry tree either, and it didn't seem fair that they should go without.
# untranslated: ch6_thirty_43

# ch06_order.vn:186 · front.thirty_days · kurena
# source-hash: c761c1e0
# source: She promised me the real ones. From the east.
# untranslated: ch6_thirty_44

# ch06_order.vn:187 · front.thirty_days · narration
# source-hash: 773ed627
# source: Nobody said anything about the east.
# untranslated: ch6_thirty_45

# ch06_order.vn:190 · front.thirty_days · kurena
# source-hash: 8aae2eaf
# source: She said her name. Her whole name, behind the hangar, where we could all hear. She can have it.
# untranslated: ch6_thirty_46

# ch06_order.vn:192 · front.thirty_days · kurena
# source-hash: 267596be
# source: She stayed on. At the river. She was there when Kaie... She heard her. She can have it.
# untranslated: ch6_thirty_47

# ch06_order.vn:193 · front.thirty_days · narration
# source-hash: 6ebc7b4d
# source: Under Kaie's capitals Kurena wrote, smaller, in pencil: CARE OF ARMY HEADQUARTERS, FIRST SECTOR, CONTROL ROOM THREE. Then she carried it out to the field where the transport containers stood waiting for the night, and put it in the outgoing mail sack, on top, where nothing would crush it.
# untranslated: ch6_thirty_4

# ch06_order.vn:194 · front.thirty_days · narration
# source-hash: 1f9ad355
# source: At the end of the bench Tobiah watched her go and come back, with his hand flat on the lid of his box.
# untranslated: ch6_thirty_48

# ch06_order.vn:196 · front.thirty_days · kurena
# source-hash: 05601aa4
# source: Not to her. Not yet.
# untranslated: ch6_thirty_49

# ch06_order.vn:197 · front.thirty_days · theo
# source-hash: 953d7cc2
# source: It's got her name on it. Her job, anyway.
# untranslated: ch6_thirty_50

# ch06_order.vn:198 · front.thirty_days · kurena
# source-hash: ce9387c8
# source: It's got a Handler on it. I don't know yet if that's her.
# untranslated: ch6_thirty_51

# ch06_order.vn:199 · front.thirty_days · narration
# source-hash: 8060654f
# source: She put it back on the shelf, against the back of the locker, where Kaie had left it, and shut the door, and the door stuck, and she leaned on it until it didn't.
# untranslated: ch6_thirty_5

# ch06_order.vn:200 · front.thirty_days · narration
# source-hash: afd9e3be
# source: At the end of the bench Tobiah watched her do it, with his hand flat on the lid of his box of letters nobody could send.
# untranslated: ch6_thirty_52

# ch06_order.vn:205 · front.thirty_days · narration
# source-hash: 712a59b3
# source: At nine the bands at their necks gave their small cold tingle. At the far end of the bench the seven stopped talking, all at once, as they did every night, like people who have heard a step in the corridor. Noor stopped singing in the middle of a line.
# untranslated: ch6_thirty_6

# ch06_order.vn:208 · front.thirty_days · lena
# source-hash: c6a64573
# source: Good evening, everyone.
# untranslated: ch6_thirty_53

# ch06_order.vn:209 · front.thirty_days · theo
# source-hash: ad8de25b
# source: Lena. We're in the hangar. It's thirty, if you're counting.
# untranslated: ch6_thirty_54

# ch06_order.vn:210 · front.thirty_days · lena
# source-hash: 3888a20d
# source: I'm counting.
# untranslated: ch6_thirty_55

# ch06_order.vn:212 · front.thirty_days · lena
# source-hash: 0117731e
# source: Good evening, Spearhead.
# untranslated: ch6_thirty_56

# ch06_order.vn:213 · front.thirty_days · theo
# source-hash: d12f318f
# source: Evening, Handler One.
# untranslated: ch6_thirty_57

# ch06_order.vn:215 · front.thirty_days · lena
# source-hash: 3d57c38e
# source: Good evening, Spearhead. Report, please.
# untranslated: ch6_thirty_58

# ch06_order.vn:216 · front.thirty_days · raiden
# source-hash: 60793f28
# source: All quiet, Handler One.
# untranslated: ch6_thirty_59

# ch06_order.vn:217 · front.thirty_days · narration
# source-hash: a0554237
# source: Then, for the first time, she counted.
# untranslated: ch6_thirty_60

# ch06_order.vn:218 · front.thirty_days · narration
# source-hash: 5a49f940
# source: Shin's breathing, which she would have known anywhere. Raiden's, slow. Theo's, with a pencil in his teeth. Kurena's, short and held. Anju's, so quiet she had to wait for it.
# untranslated: ch6_thirty_61

# ch06_order.vn:219 · front.thirty_days · narration
# source-hash: 5bf6cbe3
# source: Five. She had always stopped at five. Under them and around them, like rain she had long ago stopped hearing, there was more.
# untranslated: ch6_thirty_62

# ch06_order.vn:220 · front.thirty_days · narration
# source-hash: 5e1e0f83
# source: Six: low and steady, almost a hum. Seven: quick and light. Eight. Nine, through the teeth. Ten, a held breath let go. Eleven. And one more, young, that caught a little every time Theo's pencil scratched.
# untranslated: ch6_thirty_63

# ch06_order.vn:221 · front.thirty_days · narration
# source-hash: e6b52808
# source: Twelve.
# untranslated: ch6_thirty_64

# ch06_order.vn:222 · front.thirty_days · lena
# source-hash: f07072ef
# source: ...Twelve.
# untranslated: ch6_thirty_65

# ch06_order.vn:223 · front.thirty_days · theo
# source-hash: 10366101
# source: Sorry?
# untranslated: ch6_thirty_66

# ch06_order.vn:224 · front.thirty_days · lena
# source-hash: 603cd595
# source: Nothing. I... no. Not nothing.
# untranslated: ch6_thirty_67

# ch06_order.vn:226 · front.thirty_days · narration
# source-hash: a239874e
# source: On the step of his Juggernaut Shin put his book face down. At the end of the bench nobody moved at all.
# untranslated: ch6_thirty_68

# ch06_order.vn:227 · front.thirty_days · choice
# source-hash: faf588bd
# source: Twelve people are breathing on the link. Seven of them have never said a word to her.
# untranslated: ch6_thirty_q1

# ch06_order.vn:228 · front.thirty_days · option
# source-hash: 1021f1bf
# source: Read the seven silent names from the files, one by one.
# untranslated: ch6_thirty_o1

# ch06_order.vn:232 · front.thirty_days · lena
# source-hash: e857ca31
# source: Matthias Oyelaran, Bellringer. Yuna Castellane, Wisp. Tobiah Renke, Ferryman. Sasha Iwai, Magpie. Ezra Kowal, Tinker. Noor Halvard, Nightjar. Pim Laukka, Scarecrow.
# untranslated: ch6_thirty_7

# ch06_order.vn:233 · front.thirty_days · lena
# source-hash: 528a1a30
# source: I signed for your files. I've read every page. I should have said your names a long time ago. I'm sorry it took me this long to count.
# untranslated: ch6_thirty_69

# ch06_order.vn:234 · front.thirty_days · narration
# source-hash: d0678481
# source: At the end of the bench Pim looked at Theo as if Theo might know what to do with this. Theo didn't. Mattie put his hand on Sasha's shoulder, and Sasha shook it off, and closed her fist on the brass casing until her knuckles went white.
# untranslated: ch6_thirty_70

# ch06_order.vn:235 · front.thirty_days · narration
# source-hash: d214649a
# source: Then Sasha got up and walked out of the hangar into the dark, and did not slam the door, which was worse than if she had.
# untranslated: ch6_thirty_71

# ch06_order.vn:237 · front.thirty_days · raiden
# source-hash: 99f1f05d
# source: Lena. A Handler who knows your name can write it on a form.
# untranslated: ch6_thirty_72

# ch06_order.vn:239 · front.thirty_days · raiden
# source-hash: 28138ee4
# source: Handler One. A Handler who knows your name can write it on a form.
# untranslated: ch6_thirty_91

# ch06_order.vn:240 · front.thirty_days · lena (sad)
# source-hash: 191470c7
# source: I know. I won't.
# untranslated: ch6_thirty_73

# ch06_order.vn:241 · front.thirty_days · shin
# source-hash: b55969e7
# source: They heard you. All of them. That's all I can tell you tonight.
# untranslated: ch6_thirty_74

# ch06_order.vn:242 · front.thirty_days · narration
# source-hash: 41418bc7
# source: Nobody answered her. Nobody had promised to. But Yuna, on the bench, said each name over to herself without a sound, her own among them, as if checking that it still fitted.
# untranslated: ch6_thirty_75

# ch06_order.vn:243 · front.thirty_days · option
# source-hash: a87beb14
# source: Ask Shin, later and privately, why seven of them never speak.
# untranslated: ch6_thirty_o2

# ch06_order.vn:245 · front.thirty_days · lena
# source-hash: 5bcd4ea0
# source: Good night, Spearhead. Undertaker, would you stay on a moment.
# untranslated: ch6_thirty_76

# ch06_order.vn:246 · front.thirty_days · narration
# source-hash: 18e0adca
# source: The others dropped off the channel one by one. She waited until there was only one breath left, and asked.
# untranslated: ch6_thirty_8

# ch06_order.vn:247 · front.thirty_days · shin
# source-hash: c96893f1
# source: They don't speak to Handlers.
# untranslated: ch6_thirty_77

# ch06_order.vn:248 · front.thirty_days · lena
# source-hash: b28fa163
# source: Any Handler? Or only me?
# untranslated: ch6_thirty_78

# ch06_order.vn:249 · front.thirty_days · shin
# source-hash: 9a432d16
# source: Any. It isn't about you. It happened before you. To one of theirs.
# untranslated: ch6_thirty_79

# ch06_order.vn:250 · front.thirty_days · lena
# source-hash: db39b984
# source: Did a Handler do it?
# untranslated: ch6_thirty_80

# ch06_order.vn:251 · front.thirty_days · shin
# source-hash: ed9efac5
# source: Yes.
# untranslated: ch6_thirty_81

# ch06_order.vn:252 · front.thirty_days · narration
# source-hash: 4a1bb510
# source: She waited. He did not go on, and she understood that he was not going to, and that it was not his to.
# untranslated: ch6_thirty_82

# ch06_order.vn:253 · front.thirty_days · shin
# source-hash: 180f0e6e
# source: I'll tell them you asked. That you asked me, and not them. That will matter to one of them more than you'd think.
# untranslated: ch6_thirty_83

# ch06_order.vn:254 · front.thirty_days · lena
# source-hash: 822b10c5
# source: Which one?
# untranslated: ch6_thirty_84

# ch06_order.vn:256 · front.thirty_days · shin
# source-hash: babb76e7
# source: Good night, Lena.
# untranslated: ch6_thirty_85

# ch06_order.vn:258 · front.thirty_days · shin
# source-hash: e4e50269
# source: Good night, Handler One.
# untranslated: ch6_thirty_90

# ch06_order.vn:259 · front.thirty_days · option
# source-hash: 9ac9ef1d
# source: Tell the whole link that nobody has to speak. She counts them anyway. Twelve.
# untranslated: ch6_thirty_o3

# ch06_order.vn:261 · front.thirty_days · lena
# source-hash: 47ffa958
# source: I know there are twelve of you. Seven of you have never spoken to me, and I want to say: you don't have to. Not tonight. Not ever, if you'd rather not.
# untranslated: ch6_thirty_9

# ch06_order.vn:262 · front.thirty_days · lena
# source-hash: 94b69e6d
# source: I'll count you anyway. Every night, at nine, until the thirty-first. Twelve.
# untranslated: ch6_thirty_86

# ch06_order.vn:263 · front.thirty_days · narration
# source-hash: 6dfa9667
# source: At the end of the bench Yuna laughed without a sound. Pim looked at Theo, and Theo nodded, as if he had been asked something and this was the answer. Sasha did not move.
# untranslated: ch6_thirty_87

# ch06_order.vn:264 · front.thirty_days · narration
# source-hash: 69b853fb
# source: Then Mattie hummed a single low note, and stopped. If it reached control room three, Lena did not say so. Noor took up her song again where she had left it, in the middle of the line.
# untranslated: ch6_thirty_88

# ch06_order.vn:266 · front.thirty_days · theo
# source-hash: 01713073
# source: For the record, Lena, they're very impressed. I can tell. I'm an expert.
# untranslated: ch6_thirty_89

# ch06_order.vn:268 · front.thirty_days · theo
# source-hash: e961a2e3
# source: For the record, Handler One, they're very impressed. I can tell. I'm an expert.
# untranslated: ch6_thirty_92

## Scene republic.biscuit_tin

# ch06_order.vn:274 · scene `republic.biscuit_tin` title
# source-hash: 1a2d8bf2
# source: The Biscuit Tin
# untranslated: scene-republic-biscuit_tin

# ch06_order.vn:279 · republic.biscuit_tin · narration
# source-hash: 95a3d696
# source: Annette had telephoned at ten and said come to the lab, come at eleven, and hung up before Lena could ask why. The research wing was dark except for her window. She had no coffee on. That was how Lena knew.
# untranslated: ch6_biscuit_10

# ch06_order.vn:281 · republic.biscuit_tin · narration
# source-hash: b3628643
# source: They had not had a Friday in weeks. Lena had not been sure she would be telephoned again, by Annette, for anything. She had come anyway, quickly, in case it was a mistake that might be corrected.
# untranslated: ch6_biscuit_46

# ch06_order.vn:282 · republic.biscuit_tin · annette
# source-hash: aae381c2
# source: Sit. Don't say anything. I'm going to tell you a thing, and you're going to let me get to the end of it. No questions. No faces. Especially that one.
# untranslated: ch6_biscuit_11

# ch06_order.vn:283 · republic.biscuit_tin · lena
# source-hash: 08df68c5
# source: Which one?
# untranslated: ch6_biscuit_12

# ch06_order.vn:284 · republic.biscuit_tin · annette
# source-hash: 9e7f746d
# source: The kind one. It's unbearable. Put it away.
# untranslated: ch6_biscuit_13

# ch06_order.vn:285 · republic.biscuit_tin · narration
# source-hash: ba83d551
# source: Lena put it away, as far as she could.
# untranslated: ch6_biscuit_14

# ch06_order.vn:286 · republic.biscuit_tin · annette
# source-hash: 770a805a
# source: When I was ten we lived on a street with plane trees and a bakery that burnt everything on Thursdays. Two doors down there was a family called Nouzen. The older boy was grown, nearly, and wore a uniform and had no time for us. The younger one was eight and had time for nothing else.
# untranslated: ch6_biscuit_1

# ch06_order.vn:287 · republic.biscuit_tin · annette
# source-hash: 3eaa1f85
# source: His name was Shinei. Everyone called him Shin, except his mother, who used the whole thing when he was in trouble. Which was often. Mostly my fault.
# untranslated: ch6_biscuit_15

# ch06_order.vn:289 · republic.biscuit_tin · narration
# source-hash: c27ccc7d
# source: Lena had known since the café. Half known, and been careful not to finish knowing it.
# untranslated: ch6_biscuit_2

# ch06_order.vn:291 · republic.biscuit_tin · narration
# source-hash: c626016a
# source: Lena did not move. Somewhere in the building a lift went down and did not come back up.
# untranslated: ch6_biscuit_16

# ch06_order.vn:292 · republic.biscuit_tin · annette
# source-hash: 2242839b
# source: We built a radio. A crystal set, in a biscuit tin with a blue windmill on the lid. A coil of wire round a cardboard tube, a safety pin, a crystal I stole from my father's desk. We could get one station, if it wasn't raining, and if somebody held the aerial out of the window and didn't breathe.
# untranslated: ch6_biscuit_17

# ch06_order.vn:293 · republic.biscuit_tin · annette (smile)
# source-hash: 7944de22
# source: He held the aerial. He was very good at not breathing. It was the only thing he did better than me. That and soldering. Two things. I've never forgiven him either of them.
# untranslated: ch6_biscuit_18

# ch06_order.vn:294 · republic.biscuit_tin · annette
# source-hash: 6ef878b4
# source: The first thing we ever heard on it was the weather for the southern provinces. We were so proud you'd have thought we'd invented rain.
# untranslated: ch6_biscuit_19

# ch06_order.vn:295 · republic.biscuit_tin · narration
# source-hash: cf1592c5
# source: The smile went out. It did not fade; it went, like a lamp in a window across the street, switched off by someone in another room.
# untranslated: ch6_biscuit_20

# ch06_order.vn:296 · republic.biscuit_tin · annette (sad)
# source-hash: 1901f2dd
# source: Then there was the night they came for the Colorata.
# untranslated: ch6_biscuit_21

# ch06_order.vn:297 · republic.biscuit_tin · annette
# source-hash: 1067795a
# source: You could hear the lorries three streets off. My father closed the shutters. I remember thinking that was strange, it wasn't cold.
# untranslated: ch6_biscuit_22

# ch06_order.vn:298 · republic.biscuit_tin · annette
# source-hash: b7ff4aab
# source: When the lorries reached our street there was a knock at our back door. Not the front. The back, where he always came, through the gap in the hedge. Three knocks, and then one. That was ours. We made it up.
# untranslated: ch6_biscuit_23

# ch06_order.vn:299 · republic.biscuit_tin · annette
# source-hash: e6c2c55c
# source: I went to the door. I had my hand on the bolt. And my father was standing behind me in the kitchen, in the dark, and he didn't say anything. He didn't have to say anything. He just stood there, being behind me.
# untranslated: ch6_biscuit_24

# ch06_order.vn:300 · republic.biscuit_tin · annette
# source-hash: acf9c684
# source: And I took my hand off the bolt.
# untranslated: ch6_biscuit_25

# ch06_order.vn:301 · republic.biscuit_tin · narration
# source-hash: 0086698a
# source: She looked at her hand. It was an ordinary hand, a scientist's, with a burn on one knuckle from the soldering iron.
# untranslated: ch6_biscuit_26

# ch06_order.vn:302 · republic.biscuit_tin · annette
# source-hash: a0e838cb
# source: He knocked again. Three, and one. And then he didn't.
# untranslated: ch6_biscuit_27

# ch06_order.vn:303 · republic.biscuit_tin · annette
# source-hash: e399cfa3
# source: In the morning their door was open and there was nobody in the house. I don't know what happened to the radio. I've wondered for nine years whether they let him take it. That's the sort of thing I wonder about. Not the important things. The tin.
# untranslated: ch6_biscuit_28

# ch06_order.vn:304 · republic.biscuit_tin · annette
# source-hash: bd79d73b
# source: I've never told anyone. Not my mother. Not the man my father paid to talk to me when I stopped sleeping at twelve. So nobody has ever told me I was only ten. I tell myself. It doesn't take.
# untranslated: ch6_biscuit_29

# ch06_order.vn:306 · republic.biscuit_tin · annette
# source-hash: 05aedf13
# source: The night the girl died, Kaie, when you rang at three in the morning, I sat on your kitchen floor until it was light and thought: if she asks me why I came so fast, I'll tell her. You didn't ask. I've never been so grateful to anybody, or so disappointed.
# untranslated: ch6_biscuit_3

# ch06_order.vn:308 · republic.biscuit_tin · annette
# source-hash: c2979804
# source: When I raised your sync rate with him, I did it with these. I wired you further into his head than anyone's been. My hands shook the whole time, and I let you think it was the voices. It was partly the voices.
# untranslated: ch6_biscuit_4

# ch06_order.vn:310 · republic.biscuit_tin · annette
# source-hash: 19e0decf
# source: At the festival, on my balcony, I said hello to him. To all of them, with a tart in my hand. He said good evening, Lieutenant, very politely. He didn't know my voice. Why would he. The last time he heard it, it was ten and behind a door.
# untranslated: ch6_biscuit_5

# ch06_order.vn:312 · republic.biscuit_tin · annette
# source-hash: 2d5473e3
# source: On the balcony, after the fireworks, I had the whole thing in my mouth. I'd rehearsed it. Then you laughed at something about the tart and I thought, not tonight, let her have tonight. That's what I always think. Nine years of not tonight.
# untranslated: ch6_biscuit_6

# ch06_order.vn:313 · republic.biscuit_tin · annette
# source-hash: 6efbc62e
# source: He's alive. He's your captain. He's going east in thirty days on an order typed in the building I work in, and I built the thing that lets you say goodnight to him. That's where we are. That's the end. You can make the face now.
# untranslated: ch6_biscuit_30

# ch06_order.vn:314 · republic.biscuit_tin · narration
# source-hash: 88b6285b
# source: Lena did not make the face. She got up and went round the bench and sat down next to Annette, close, shoulder against shoulder, and waited.
# untranslated: ch6_biscuit_31

# ch06_order.vn:315 · republic.biscuit_tin · choice
# source-hash: 081dbc61
# source: Annette has told it all the way to the end. Now she is waiting to be told what it was.
# untranslated: ch6_biscuit_q1

# ch06_order.vn:316 · republic.biscuit_tin · option
# source-hash: be42fda5
# source: "Tell him yourself. I'll open the link for you."
# untranslated: ch6_biscuit_o1

# ch06_order.vn:319 · republic.biscuit_tin · annette
# source-hash: 940f9c51
# source: ...You'd do that. You'd just hand me the band and sit there while I...
# untranslated: ch6_biscuit_7

# ch06_order.vn:320 · republic.biscuit_tin · lena
# source-hash: f1711c29
# source: I'd sit there.
# untranslated: ch6_biscuit_32

# ch06_order.vn:321 · republic.biscuit_tin · annette (angry)
# source-hash: 638dc647
# source: He won't be eight. He'll have a voice. He'll have nine years of voice, and all of it will know what I did.
# untranslated: ch6_biscuit_33

# ch06_order.vn:322 · republic.biscuit_tin · lena
# source-hash: 8e4658e8
# source: He already knows what you did. He was on the other side of the door. He's only never heard why.
# untranslated: ch6_biscuit_34

# ch06_order.vn:323 · republic.biscuit_tin · narration
# source-hash: 94c86498
# source: Annette took that like a slap, and Lena watched it land, and did not take it back.
# untranslated: ch6_biscuit_35

# ch06_order.vn:324 · republic.biscuit_tin · annette (sad)
# source-hash: 892c758f
# source: Not tonight. Before they go. I'll do it before they go. Don't look at me like that, I said before they go. You're a terrible friend. You're a terrible, stubborn friend.
# untranslated: ch6_biscuit_36

# ch06_order.vn:325 · republic.biscuit_tin · option
# source-hash: 8dde1c83
# source: "It's yours to tell. I won't say a word to him."
# untranslated: ch6_biscuit_o2

# ch06_order.vn:327 · republic.biscuit_tin · annette
# source-hash: 5c7dee2d
# source: ...Thank you.
# untranslated: ch6_biscuit_8

# ch06_order.vn:328 · republic.biscuit_tin · narration
# source-hash: b93da8b4
# source: Annette put her head on Lena's shoulder and left it there, and for a long time neither of them said anything, and the lab hummed around them.
# untranslated: ch6_biscuit_37

# ch06_order.vn:329 · republic.biscuit_tin · narration
# source-hash: 04fe98e1
# source: It was the first thing Lena had ever kept from him. She felt the size of it the next night at nine, when he said good evening, and she said it back, and nothing else.
# untranslated: ch6_biscuit_38

# ch06_order.vn:330 · republic.biscuit_tin · option
# source-hash: d045c2d0
# source: "Then help him now. Make the link reach east, past where it stops."
# untranslated: ch6_biscuit_o3

# ch06_order.vn:334 · republic.biscuit_tin · annette
# source-hash: b31de682
# source: Oh, that's clever. That's very clever. Pay for a door with a radio.
# untranslated: ch6_biscuit_9

# ch06_order.vn:335 · republic.biscuit_tin · lena
# source-hash: 73f0e9c3
# source: That isn't what I...
# untranslated: ch6_biscuit_39

# ch06_order.vn:336 · republic.biscuit_tin · annette
# source-hash: 08c494e9
# source: It's exactly what you meant, and I'll do it, and that's the worst of it. It's precisely the kind of thing I would do. You've met me.
# untranslated: ch6_biscuit_40

# ch06_order.vn:337 · republic.biscuit_tin · annette (neutral)
# source-hash: 5e2fea11
# source: The link reaches about eighty kilometres past the walls. After that there's a limiter. The General Staff had it fitted, so nobody inside would hear anything they'd have to write down.
# untranslated: ch6_biscuit_41

# ch06_order.vn:338 · republic.biscuit_tin · annette
# source-hash: 037756c0
# source: If I start on it, it shows on the lab's power logs. Somebody will ask what the research wing does at night.
# untranslated: ch6_biscuit_42

# ch06_order.vn:339 · republic.biscuit_tin · lena
# source-hash: 39313a25
# source: Let them ask.
# untranslated: ch6_biscuit_43

# ch06_order.vn:340 · republic.biscuit_tin · annette
# source-hash: 90f61279
# source: They won't ask me, Lena. They'll ask you.
# untranslated: ch6_biscuit_44

# ch06_order.vn:341 · republic.biscuit_tin · narration
# source-hash: 38703ddf
# source: She was already pulling the schematic drawer open. She did not look at Lena again that night, except once, at the door, to say goodnight, and then not quite.
# untranslated: ch6_biscuit_45

## Scene front.gathering

# ch06_order.vn:346 · scene `front.gathering` title
# source-hash: 1787b5a3
# source: Gathering
# untranslated: scene-front-gathering

# ch06_order.vn:351 · front.gathering · narration
# source-hash: d1762bb4
# source: The patrol line ran east along the dry canal as far as a pumping station with no roof, and there it turned back. Shin's Juggernaut and Raiden's walked it side by side. Behind them, in a loose file at exactly the interval Shin had set, came seven more.
# untranslated: ch6_gathering_7

# ch06_order.vn:352 · front.gathering · narration
# source-hash: 77a0c700
# source: Yuna's, the lightest, ranged ahead and came back and ranged ahead again. Noor's gun turned slowly north and back, north and back. Mattie's came last, as it always did, so that there would be somebody behind the youngest.
# untranslated: ch6_gathering_8

# ch06_order.vn:353 · front.gathering · narration
# source-hash: 1a19a960
# source: At the pumping station Shin stopped, and the file stopped behind him, and stayed stopped longer than Raiden had ever known it to.
# untranslated: ch6_gathering_1

# ch06_order.vn:354 · front.gathering · raiden
# source-hash: 20ecb057
# source: Shin.
# untranslated: ch6_gathering_9

# ch06_order.vn:355 · front.gathering · shin
# source-hash: 2f418cea
# source: Wait.
# untranslated: ch6_gathering_10

# ch06_order.vn:356 · front.gathering · raiden
# source-hash: dc65490a
# source: How many?
# untranslated: ch6_gathering_11

# ch06_order.vn:357 · front.gathering · shin
# source-hash: a1951660
# source: I can't count them.
# untranslated: ch6_gathering_12

# ch06_order.vn:358 · front.gathering · narration
# source-hash: 40a4b8c4
# source: In all the years Raiden had known him, Shin had always been able to count them.
# untranslated: ch6_gathering_13

# ch06_order.vn:359 · front.gathering · shin
# source-hash: 8c228c0b
# source: It used to be voices. Now it's a sound. Everything east of the river that can move is moving to one place.
# untranslated: ch6_gathering_14

# ch06_order.vn:360 · front.gathering · raiden
# source-hash: 727b2d4c
# source: Coming here?
# untranslated: ch6_gathering_15

# ch06_order.vn:361 · front.gathering · shin
# source-hash: 0690c914
# source: Not yet. They're gathering. It'll take them a while. Not as long as I'd like.
# untranslated: ch6_gathering_16

# ch06_order.vn:362 · front.gathering · raiden
# source-hash: a5899e6a
# source: And him?
# untranslated: ch6_gathering_17

# ch06_order.vn:363 · front.gathering · shin
# source-hash: f807c1c0
# source: Closer. He used to be at the edge of it. He's moved in, towards the middle. West, a little. Since the festival.
# untranslated: ch6_gathering_18

# ch06_order.vn:364 · front.gathering · narration
# source-hash: a6ed6676
# source: Raiden looked east, where there was nothing to see, and then at the canopy of Shin's Juggernaut, where there was nothing to see either.
# untranslated: ch6_gathering_19

# ch06_order.vn:366 · front.gathering · raiden
# source-hash: 3b31d671
# source: She filed it anyway. The petition.
# untranslated: ch6_gathering_20

# ch06_order.vn:367 · front.gathering · shin
# source-hash: 674c7d35
# source: I know.
# untranslated: ch6_gathering_21

# ch06_order.vn:368 · front.gathering · raiden
# source-hash: 6eb95876
# source: You asked her not to.
# untranslated: ch6_gathering_22

# ch06_order.vn:369 · front.gathering · shin
# source-hash: 3a81188e
# source: I know that too.
# untranslated: ch6_gathering_23

# ch06_order.vn:371 · front.gathering · raiden
# source-hash: 2be31f50
# source: She went to her uncle. The general.
# untranslated: ch6_gathering_24

# ch06_order.vn:372 · front.gathering · shin
# source-hash: 8a8570fb
# source: She said she would.
# untranslated: ch6_gathering_25

# ch06_order.vn:373 · front.gathering · raiden
# source-hash: 8cec8df7
# source: You think he'll do anything?
# untranslated: ch6_gathering_26

# ch06_order.vn:374 · front.gathering · shin
# source-hash: 972d2eee
# source: I think he'll do something. I don't know if it'll be for us.
# untranslated: ch6_gathering_27

# ch06_order.vn:376 · front.gathering · raiden
# source-hash: f124bb98
# source: She listened to you. Kept her chair.
# untranslated: ch6_gathering_28

# ch06_order.vn:377 · front.gathering · shin
# source-hash: 29d8ff72
# source: Yes.
# untranslated: ch6_gathering_29

# ch06_order.vn:378 · front.gathering · raiden
# source-hash: 68cc485b
# source: You don't sound pleased.
# untranslated: ch6_gathering_30

# ch06_order.vn:379 · front.gathering · shin
# source-hash: 47bfcb6a
# source: I'm not.
# untranslated: ch6_gathering_31

# ch06_order.vn:380 · front.gathering · raiden
# source-hash: c74885e9
# source: I'm going to ask you something. Once. Then I won't again.
# untranslated: ch6_gathering_32

# ch06_order.vn:381 · front.gathering · shin
# source-hash: 9f5dd1a9
# source: Go on.
# untranslated: ch6_gathering_33

# ch06_order.vn:382 · front.gathering · raiden
# source-hash: 162ee16e
# source: East, no return, nobody inside the walls to call you back. In thirty days you walk towards him and there's no form in the world that can stop you. Does the order give you what you wanted? All along?
# untranslated: ch6_gathering_2

# ch06_order.vn:383 · front.gathering · shin
# source-hash: cfecaf5c
# source: Yes.
# untranslated: ch6_gathering_34

# ch06_order.vn:384 · front.gathering · narration
# source-hash: 4e944018
# source: Raiden waited. Behind them seven Juggernauts waited too, because Shin had stopped, and they went where he went.
# untranslated: ch6_gathering_35

# ch06_order.vn:385 · front.gathering · shin
# source-hash: b8414973
# source: I wanted to go alone.
# untranslated: ch6_gathering_36

# ch06_order.vn:386 · front.gathering · raiden
# source-hash: f0657f4f
# source: Yeah. Well.
# untranslated: ch6_gathering_37

# ch06_order.vn:387 · front.gathering · narration
# source-hash: 73566d3c
# source: He turned his Juggernaut round, towards the ward, and the file began to turn behind him.
# untranslated: ch6_gathering_38

# ch06_order.vn:388 · front.gathering · raiden
# source-hash: 2f32a18b
# source: Tough.
# untranslated: ch6_gathering_39

# ch06_order.vn:391 · front.gathering · lena
# source-hash: ec8fe1f3
# source: Shin? Your mark's stopped at the pumping station. It's been stopped for six minutes. I know it's not nine. I'm sorry.
# untranslated: ch6_gathering_3

# ch06_order.vn:392 · front.gathering · shin
# source-hash: 253e2001
# source: Listening.
# untranslated: ch6_gathering_40

# ch06_order.vn:394 · front.gathering · shin
# source-hash: a7ab3ec2
# source: He's closer. My brother. He's moved west since the festival, in towards the middle of them. Not far. Far enough that I notice.
# untranslated: ch6_gathering_4

# ch06_order.vn:395 · front.gathering · lena
# source-hash: c4138f88
# source: Towards you.
# untranslated: ch6_gathering_41

# ch06_order.vn:396 · front.gathering · shin
# source-hash: 051c2281
# source: Towards the walls. I'm between.
# untranslated: ch6_gathering_42

# ch06_order.vn:398 · front.gathering · shin
# source-hash: 0237091c
# source: Something's closer than it was. In the east. I'll tell you when I know what it is.
# untranslated: ch6_gathering_5

# ch06_order.vn:399 · front.gathering · lena
# source-hash: 9fce8b79
# source: Will you?
# untranslated: ch6_gathering_43

# ch06_order.vn:400 · front.gathering · shin
# source-hash: 711538a3
# source: Yes.
# untranslated: ch6_gathering_44

# ch06_order.vn:403 · front.gathering · lena
# source-hash: 237e80c8
# source: I can hear the edge of it. Even at this rate. Since the night the sync was raised, I hear the edge of it, under the static. There are more of them than there were.
# untranslated: ch6_gathering_6

# ch06_order.vn:404 · front.gathering · shin
# source-hash: fbaa24a8
# source: Yes.
# untranslated: ch6_gathering_45

# ch06_order.vn:405 · front.gathering · lena
# source-hash: aa50fcc5
# source: Then I know what you're standing in. That's all. I wanted you to know that I know.
# untranslated: ch6_gathering_46

# ch06_order.vn:407 · front.gathering · narration
# source-hash: 03148774
# source: There was one more thing she could have told him, about a biscuit tin and a back door. She had promised not to. She did not.
# untranslated: ch6_gathering_47

# ch06_order.vn:409 · front.gathering · shin
# source-hash: 6b73675a
# source: Go to sleep, Lena. They won't come tonight.
# untranslated: ch6_gathering_48

# ch06_order.vn:411 · front.gathering · shin
# source-hash: 297a2493
# source: Go to sleep, Handler One. They won't come tonight.
# untranslated: ch6_gathering_49

# ch06_order.vn:412 · front.gathering · lena
# source-hash: eaedf9b8
# source: Neither will I, then. I'll stay till you're in.
# untranslated: ch6_gathering_50

# ch06_order.vn:413 · front.gathering · narration
# source-hash: 62a64169
# source: She stayed until nine marks were back inside the ward, and then a while after, listening to nine people breathe, which was not all of them, and was enough for one night.
# untranslated: ch6_gathering_51

# ch06_order.vn:415 · front.gathering · narration
# source-hash: fbf06c6d
# source: The link at their necks stayed cold the whole way back. Nobody inside the walls was awake to see nine blue marks stop at a pumping station for six minutes, and start again.
# untranslated: ch6_gathering_52

## Scene republic.hearing

# ch07_standing.vn:17 · scene `republic.hearing` title
# source-hash: 55555633
# source: The Board
# untranslated: scene-republic-hearing

# ch07_standing.vn:21 · republic.hearing · narration
# source-hash: ca7363a9
# source: On the ninth day she was summoned to the fourth floor, to a door she had walked past a hundred times without once seeing it open.
# untranslated: ch7_hearing_11

# ch07_standing.vn:23 · republic.hearing · narration
# source-hash: fe7c81e5
# source: The room behind it was panelled in dark wood to the height of a tall man, and above the panelling it was all window. A long table stood with its back to the light. Five officers sat behind it, and because of the windows they were not five faces but five shapes cut out of the afternoon: the glint of a button, the rim of a pair of spectacles, a hand that turned a page.
# untranslated: ch7_hearing_1

# ch07_standing.vn:24 · republic.hearing · narration
# source-hash: 098db6f9
# source: In front of the table there was one chair, and beside it a small table for a glass of water. In the corner a clerk sat at a typewriter, and touched it only when somebody finished a sentence.
# untranslated: ch7_hearing_12

# ch07_standing.vn:25 · republic.hearing · board
# source-hash: 726cd63e
# source: Major Vladilena Mirize. Handler One, Spearhead Squadron, first ward, eastern front. Sit down, Major. This Board is convened to inquire into irregularities in the conduct of your command. It is not a court martial. Nobody in this room wishes it to become one.
# untranslated: ch7_hearing_2

# ch07_standing.vn:27 · republic.hearing · narration
# source-hash: 59f7e1d0
# source: The shape in the middle said it kindly, almost apologetically. Someone had told it that she came from a good family, and had dined at the right tables, and might yet be saved.
# untranslated: ch7_hearing_13

# ch07_standing.vn:29 · republic.hearing · narration
# source-hash: ce1c53b2
# source: The shape in the middle did not look up from its papers to say it. She could tell, even against the light.
# untranslated: ch7_hearing_14

# ch07_standing.vn:30 · republic.hearing · board
# source-hash: 898883f2
# source: The Para-RAID log shows that Handler One opens the link at twenty-one hundred hours, outside the sortie schedule, every night, and has done for some weeks. What is discussed?
# untranslated: ch7_hearing_15

# ch07_standing.vn:32 · republic.hearing · lena
# source-hash: d3e0c9c3
# source: Mostly whether the soup is soup, sir. It's a live question.
# untranslated: ch7_hearing_16

# ch07_standing.vn:33 · republic.hearing · narration
# source-hash: 2d85c76f
# source: Somebody at the left end of the table made a small sound that, in another room, might have been allowed to become a laugh.
# untranslated: ch7_hearing_17

# ch07_standing.vn:35 · republic.hearing · lena
# source-hash: 1a61d00a
# source: Very little, sir. I'm still learning what to ask.
# untranslated: ch7_hearing_18

# ch07_standing.vn:37 · republic.hearing · board
# source-hash: 82dedeac
# source: In your engagement summaries you have entered, under remarks, the personal names of Processors as the pilots of units. The Board quotes: "The units listed above are crewed. Recommend the summary reflect this." Operations has corrected your summaries by hand every morning since. It has asked this Board to ask you to stop.
# untranslated: ch7_hearing_3

# ch07_standing.vn:39 · republic.hearing · board
# source-hash: c77d3aa0
# source: You signed for the personnel files of Spearhead Squadron. No officer has requested the files of the Eighty-Sixth Sector since the Act. You kept them eleven days. The clerk says you made notes. What did you note, Major?
# untranslated: ch7_hearing_4

# ch07_standing.vn:40 · republic.hearing · lena
# source-hash: b0660005
# source: Their names, sir. Their dates of birth. Some of the dates are very recent.
# untranslated: ch7_hearing_19

# ch07_standing.vn:42 · republic.hearing · board
# source-hash: 201e38cf
# source: Eight days ago you petitioned the General Staff, in your own name, against a lawful order of special reconnaissance, and attached a record of the squadron's service written in terms this Board does not propose to read aloud.
# untranslated: ch7_hearing_5

# ch07_standing.vn:43 · republic.hearing · lena
# source-hash: 737741ab
# source: It's mostly dates, sir. And names. You could read the names aloud. They would take about a minute.
# untranslated: ch7_hearing_20

# ch07_standing.vn:45 · republic.hearing · board
# source-hash: c30883a1
# source: The research wing reports the Para-RAID laboratory in use after midnight, on work outside its authorised programme. Lieutenant Penrose has told this Board that the work was her own idea and nobody else's. The Board does not believe her.
# untranslated: ch7_hearing_6

# ch07_standing.vn:46 · republic.hearing · narration
# source-hash: 1736ee1d
# source: Lena kept her face still. Annette had lied for her, to five shapes against a window, and had said nothing about it on the telephone. That was like Annette. So was the lie: short, well built, and very nearly good enough.
# untranslated: ch7_hearing_21

# ch07_standing.vn:48 · republic.hearing · board
# source-hash: ecbc3933
# source: The Board is also aware that you have a friend on the General Staff. The Board would like you to know that he does not sit on it.
# untranslated: ch7_hearing_22

# ch07_standing.vn:50 · republic.hearing · board
# source-hash: bcd0636a
# source: The charge sheet is short, Major. The Board would like you to leave this room resolved to keep it that way.
# untranslated: ch7_hearing_23

# ch07_standing.vn:51 · republic.hearing · board
# source-hash: 60847dd8
# source: The Board calls Captain Duval.
# untranslated: ch7_hearing_24

# ch07_standing.vn:54 · republic.hearing · narration
# source-hash: c3c53b55
# source: Duval came in with his cap under his arm and his best smile on, the one he kept for generals' wives. It did not suit the room. He seemed to know that, and kept it on regardless, as a man keeps his coat on in a cold church.
# untranslated: ch7_hearing_25

# ch07_standing.vn:55 · republic.hearing · board
# source-hash: 9d5a8e86
# source: Captain. You share a corridor with Major Mirize.
# untranslated: ch7_hearing_26

# ch07_standing.vn:56 · republic.hearing · duval (smile)
# source-hash: 9275fed5
# source: A corridor and a coffee machine, sir. The coffee machine is the more intimate of the two. You learn everything about a person from what they do with the last cup.
# untranslated: ch7_hearing_27

# ch07_standing.vn:57 · republic.hearing · board
# source-hash: 8c9b7c8d
# source: And what does the Major do with it?
# untranslated: ch7_hearing_28

# ch07_standing.vn:58 · republic.hearing · duval
# source-hash: 1ba91d2e
# source: Makes a fresh pot, sir. Every time. It's unnatural. Several of us have complained.
# untranslated: ch7_hearing_29

# ch07_standing.vn:59 · republic.hearing · narration
# source-hash: 07f22d4d
# source: Nobody laughed. Duval's smile stayed where it was out of habit, with nothing left holding it up.
# untranslated: ch7_hearing_30

# ch07_standing.vn:60 · republic.hearing · board
# source-hash: fdf25eae
# source: Has the Major, in your hearing, referred to the units of Spearhead Squadron as persons?
# untranslated: ch7_hearing_31

# ch07_standing.vn:61 · republic.hearing · duval (worried)
# source-hash: f51704d7
# source: She refers to them by their names, sir. I'd assumed it was a filing system. She's very thorough about filing.
# untranslated: ch7_hearing_32

# ch07_standing.vn:62 · republic.hearing · board
# source-hash: 02274e79
# source: On the morning of the river engagement you were present in control room three when a unit was lost. What did Major Mirize say?
# untranslated: ch7_hearing_33

# ch07_standing.vn:63 · republic.hearing · narration
# source-hash: 6184a7fd
# source: Duval looked at her then, for the first time since he had come in. She watched the easy answer arrive in his face, the one that would cost nobody anything. She watched him put it down.
# untranslated: ch7_hearing_34

# ch07_standing.vn:64 · republic.hearing · duval (sad)
# source-hash: ba754afe
# source: She said, "Her name was Kaie." Sir.
# untranslated: ch7_hearing_35

# ch07_standing.vn:65 · republic.hearing · board
# source-hash: 7abb4fbc
# source: The unit's designation was Kirschblüte.
# untranslated: ch7_hearing_36

# ch07_standing.vn:66 · republic.hearing · duval
# source-hash: d2181cd8
# source: Yes, sir. Her name was Kaie. I was there. I thought somebody ought to say it in this room who wasn't the Major, so that it's two of us.
# untranslated: ch7_hearing_7

# ch07_standing.vn:67 · republic.hearing · narration
# source-hash: a8d8eb6b
# source: The typewriter, which had kept up until then, stopped.
# untranslated: ch7_hearing_37

# ch07_standing.vn:68 · republic.hearing · duval (worried)
# source-hash: 2c54fc38
# source: That's... that's all I have, sir. I don't have opinions. I'm well known for it. Ask anyone.
# untranslated: ch7_hearing_38

# ch07_standing.vn:69 · republic.hearing · board
# source-hash: 2b8523e5
# source: Thank you, Captain. You may go.
# untranslated: ch7_hearing_39

# ch07_standing.vn:70 · republic.hearing · narration
# source-hash: 57ce5b4e
# source: At the door he did not look back, and his hand missed the handle once before it found it. She had never understood Duval, and she suspected he had never understood himself, and for the length of one afternoon it seemed to come to the same thing.
# untranslated: ch7_hearing_40

# ch07_standing.vn:72 · republic.hearing · board
# source-hash: a98a4f32
# source: The Board has prepared a statement, Major. Read it into the record and sign it, and this inquiry closes today.
# untranslated: ch7_hearing_41

# ch07_standing.vn:73 · republic.hearing · narration
# source-hash: 7a6b12ba
# source: The clerk got up and laid one sheet of paper in front of her, with a pen across it, squared to the edge.
# untranslated: ch7_hearing_42

# ch07_standing.vn:74 · republic.hearing · narration
# source-hash: 887a352f
# source: I acknowledge that the Processors assigned to my command are designated units of the Eighty-Sixth Sector, and that my conduct in regard to them has been irregular. I undertake to carry out my duties hereafter in accordance with doctrine.
# untranslated: ch7_hearing_43

# ch07_standing.vn:75 · republic.hearing · narration
# source-hash: b145e700
# source: It was a very short statement. Somebody had worked hard on it.
# untranslated: ch7_hearing_44

# ch07_standing.vn:76 · republic.hearing · choice
# source-hash: a8c403b4
# source: The pen lies across the paper. Five shapes against the window wait to see what she is.
# untranslated: ch7_hearing_q1

# ch07_standing.vn:77 · republic.hearing · option
# source-hash: 93075a0f
# source: Tell them the truth.
# untranslated: ch7_hearing_o1

# ch07_standing.vn:80 · republic.hearing · lena
# source-hash: 21a865d7
# source: No, sir. I won't sign it. There are twelve of them. They have names and dates of birth, and not one of them was old enough to sign anything when the Act made them what this paper says they are. I've reported what I heard. I'll go on reporting it. If that's irregular, then the regulation is wrong.
# untranslated: ch7_hearing_8

# ch07_standing.vn:81 · republic.hearing · board
# source-hash: fc9e4bef
# source: The Board notes the Major's answer.
# untranslated: ch7_hearing_45

# ch07_standing.vn:82 · republic.hearing · narration
# source-hash: d17806ea
# source: The typewriter went on for some time after she had stopped. She had not said that much. She supposed they were adding things.
# untranslated: ch7_hearing_46

# ch07_standing.vn:83 · republic.hearing · narration
# source-hash: 8c55014c
# source: That night she told Spearhead she had been asked to call them units in writing, and had declined. Theo asked whether she had at least been rude about it. She said she had been accurate. Theo said that was worse, for them, and for once he did not sound as though he were joking.
# untranslated: ch7_hearing_47

# ch07_standing.vn:84 · republic.hearing · option
# source-hash: 9677cf19
# source: Say what the Board wants to hear.
# untranslated: ch7_hearing_o2

# ch07_standing.vn:87 · republic.hearing · lena
# source-hash: 5bd14993
# source: I acknowledge that the Processors assigned to my command are designated units of the Eighty-Sixth Sector, and that my conduct in regard to them has been irregular.
# untranslated: ch7_hearing_9

# ch07_standing.vn:88 · republic.hearing · narration
# source-hash: 8950e315
# source: She read it to the end. Her voice did not shake. She had been taught as a girl to read aloud to a room of adults without her voice shaking, and it turned out to be the only lesson she needed.
# untranslated: ch7_hearing_48

# ch07_standing.vn:89 · republic.hearing · narration
# source-hash: ea595123
# source: She signed. The shape in the middle thanked her warmly, and the Board had no further questions.
# untranslated: ch7_hearing_49

# ch07_standing.vn:90 · republic.hearing · narration
# source-hash: bd7a2fa1
# source: Somebody at headquarters thought the statement would be good for discipline. It went east, typed up as a notice to all units, clipped to the first ward's orders for the week. Three nights later Theo mentioned on the link that he'd heard they were units now. He said it lightly. Nobody laughed, and she did not ask how he had heard.
# untranslated: ch7_hearing_50

# ch07_standing.vn:91 · republic.hearing · option
# source-hash: 4d8de08d
# source: Say nothing. Make them write the words into the record themselves.
# untranslated: ch7_hearing_o3

# ch07_standing.vn:94 · republic.hearing · narration
# source-hash: 020e307b
# source: She folded her hands on the table beside the pen and said nothing at all.
# untranslated: ch7_hearing_10

# ch07_standing.vn:95 · republic.hearing · board
# source-hash: c3e4ea24
# source: Major?
# untranslated: ch7_hearing_51

# ch07_standing.vn:96 · republic.hearing · narration
# source-hash: 9654de11
# source: A minute went by. The shape in the middle asked whether she had understood the statement. She said that she had. Then she said nothing again.
# untranslated: ch7_hearing_52

# ch07_standing.vn:97 · republic.hearing · narration
# source-hash: cb245176
# source: In the end he read it into the record himself, in his own voice, because it had to be in the record in somebody's. Processors. Designated units. He had to say the words aloud in a quiet room with one girl listening, and she thought, watching his outline against the glass, that he did not enjoy it as much as he had expected to.
# untranslated: ch7_hearing_53

# ch07_standing.vn:98 · republic.hearing · narration
# source-hash: c89a6a75
# source: Then he had to dictate that the Major had declined to sign, and the clerk had to type it.
# untranslated: ch7_hearing_54

# ch07_standing.vn:99 · republic.hearing · narration
# source-hash: dc6041d0
# source: That night Shin asked her how it had gone. She told him she had not said anything. He was quiet for a while. "Good," he said. "Let them say it."
# untranslated: ch7_hearing_55

# ch07_standing.vn:100 · republic.hearing · narration
# source-hash: 7677cd5c
# source: Outside, the corridor smelled of floor polish and warm paper. Duval was at the far end of it, by the coffee machine, making a fresh pot.
# untranslated: ch7_hearing_56

## Scene front.east_of_the_line

# ch07_standing.vn:104 · scene `front.east_of_the_line` title
# source-hash: 9e2826f4
# source: East of the Line
# untranslated: scene-front-east_of_the_line

# ch07_standing.vn:107 · front.east_of_the_line · narration
# source-hash: 2243510d
# source: On the twelfth day the patrol went out an hour before dusk: Shin and Raiden in front, and behind them, in a loose file, the seven.
# untranslated: ch7_east_7

# ch07_standing.vn:108 · front.east_of_the_line · narration
# source-hash: 964f78c9
# source: The patrol ran east along the dry canal as far as the pumping station with no roof, and there it turned back. Beyond the pumping station a row of concrete posts ran north and south, one every hundred metres, painted white by someone long ago and grey by the weather since, across fields that had grown beet before the war and grew nothing now. On the map in control room three the posts were a dashed red stroke labelled LIMIT OF PATROL. East of it, the map had no grid.
# untranslated: ch7_east_8

# ch07_standing.vn:109 · front.east_of_the_line · narration
# source-hash: 4ac7ce78
# source: A Processor who crossed it without orders was logged as lost. The Republic did not resupply the lost, or look for them.
# untranslated: ch7_east_9

# ch07_standing.vn:112 · front.east_of_the_line · narration
# source-hash: 86c32450
# source: At the pumping station Shin's Juggernaut stopped and did not turn back. In control room three, Lena watched his blue mark go still on her screen, at the same place it had gone still twelve nights before, and waited for him to tell her why.
# untranslated: ch7_east_1

# ch07_standing.vn:113 · front.east_of_the_line · lena
# source-hash: eb45c0a2
# source: Undertaker? You've stopped.
# untranslated: ch7_east_10

# ch07_standing.vn:115 · front.east_of_the_line · shin
# source-hash: 4df8739a
# source: Lena. I want to ask you for something.
# untranslated: ch7_east_11

# ch07_standing.vn:117 · front.east_of_the_line · shin
# source-hash: 48e79f19
# source: Handler One. I want to ask you for something.
# untranslated: ch7_east_12

# ch07_standing.vn:118 · front.east_of_the_line · narration
# source-hash: 8eb1bce7
# source: He had asked her for one thing before, twelve nights ago, and that had been for her sake. He had never once asked her for anything for himself. She found that she was holding her pen very tightly, and put it down.
# untranslated: ch7_east_13

# ch07_standing.vn:119 · front.east_of_the_line · shin
# source-hash: 798e2286
# source: One night. Past the posts, east, as far as I can get before light, and back before the morning transport. Alone.
# untranslated: ch7_east_14

# ch07_standing.vn:121 · front.east_of_the_line · lena
# source-hash: 5cf38b26
# source: Shourei.
# untranslated: ch7_east_15

# ch07_standing.vn:122 · front.east_of_the_line · shin
# source-hash: f85b5851
# source: Yes.
# untranslated: ch7_east_16

# ch07_standing.vn:124 · front.east_of_the_line · lena
# source-hash: b993f156
# source: Your brother.
# untranslated: ch7_east_17

# ch07_standing.vn:125 · front.east_of_the_line · shin
# source-hash: 5a0683ab
# source: Yes.
# untranslated: ch7_east_18

# ch07_standing.vn:126 · front.east_of_the_line · shin
# source-hash: cabdc9a5
# source: He's moved. Since the festival he's been coming west, a little every night. In nineteen days I take eleven people east. I'd like to know where he is before I choose the road.
# untranslated: ch7_east_19

# ch07_standing.vn:127 · front.east_of_the_line · raiden
# source-hash: cd755930
# source: He'd also like to go and look at his brother without the rest of us watching.
# untranslated: ch7_east_20

# ch07_standing.vn:128 · front.east_of_the_line · shin
# source-hash: 40b5e5a3
# source: That too.
# untranslated: ch7_east_21

# ch07_standing.vn:129 · front.east_of_the_line · narration
# source-hash: 06e6bb1a
# source: Raiden said it without heat. He had, Lena suspected, said it several times already in the hangar, to a back that did not turn round.
# untranslated: ch7_east_22

# ch07_standing.vn:130 · front.east_of_the_line · lena
# source-hash: 13828471
# source: Why ask me? You could just go. I'd see it on the screen in the morning, but you could go.
# untranslated: ch7_east_23

# ch07_standing.vn:131 · front.east_of_the_line · shin
# source-hash: 1905e33b
# source: You'd see it. I'd rather you heard it from me first.
# untranslated: ch7_east_24

# ch07_standing.vn:132 · front.east_of_the_line · shin
# source-hash: 3e6bbccc
# source: If you say no, I won't go.
# untranslated: ch7_east_25

# ch07_standing.vn:133 · front.east_of_the_line · narration
# source-hash: 0540ee14
# source: He meant it. That was what made it heavy. He had put the thing in her hands, and then taken his own hands away.
# untranslated: ch7_east_26

# ch07_standing.vn:134 · front.east_of_the_line · choice
# source-hash: 328aa36f
# source: The roofless pumping station. The white posts. The dark coming up out of the east, and Shin, for once, asking for himself.
# untranslated: ch7_east_q1

# ch07_standing.vn:135 · front.east_of_the_line · option
# source-hash: 65431b85
# source: "Go. I'll log it as a patrol."
# untranslated: ch7_east_o1

# ch07_standing.vn:138 · front.east_of_the_line · shin
# source-hash: 573a9f58
# source: Thank you.
# untranslated: ch7_east_2

# ch07_standing.vn:139 · front.east_of_the_line · raiden
# source-hash: 9f08d481
# source: We'll wait at the posts.
# untranslated: ch7_east_27

# ch07_standing.vn:140 · front.east_of_the_line · shin
# source-hash: 4a777373
# source: You don't need to.
# untranslated: ch7_east_28

# ch07_standing.vn:141 · front.east_of_the_line · raiden
# source-hash: d81eb85a
# source: I know.
# untranslated: ch7_east_29

# ch07_standing.vn:143 · front.east_of_the_line · narration
# source-hash: 6d9576a9
# source: She stayed on the link at the ordinary rate, where it carried nothing but him. His breathing. The tick of four legs over frozen furrows. Once, far off, something heavy moving, and Shin going still until it had passed.
# untranslated: ch7_east_30

# ch07_standing.vn:144 · front.east_of_the_line · narration
# source-hash: 9a880e7d
# source: At two in the morning he stopped altogether, and for forty minutes she heard nothing but the wind across his hatch. She did not ask. She had learned by now which of his silences were for her and which were not.
# untranslated: ch7_east_31

# ch07_standing.vn:145 · front.east_of_the_line · narration
# source-hash: 98faac14
# source: At first light his mark came back across the posts, west, at a walk.
# untranslated: ch7_east_32

# ch07_standing.vn:146 · front.east_of_the_line · shin
# source-hash: 6ab54380
# source: He's there. Further than I hoped. Nearer than he was.
# untranslated: ch7_east_33

# ch07_standing.vn:147 · front.east_of_the_line · narration
# source-hash: c1d95e7b
# source: Later that morning she would type PATROL, LIMIT OF PATROL, NO CONTACT, and sign it. It was the first lie she had ever written on a Republic form. The Juggernaut's own log would say otherwise to anyone who looked, and in that building someone always looked.
# untranslated: ch7_east_34

# ch07_standing.vn:148 · front.east_of_the_line · option
# source-hash: b20ea37a
# source: "No. Not alone. Not yet."
# untranslated: ch7_east_o2

# ch07_standing.vn:152 · front.east_of_the_line · shin
# source-hash: 94543893
# source: ...Understood.
# untranslated: ch7_east_3

# ch07_standing.vn:153 · front.east_of_the_line · narration
# source-hash: 435a92ff
# source: He did not argue. She had half wanted him to. It would have been easier to hold a line against an argument.
# untranslated: ch7_east_35

# ch07_standing.vn:154 · front.east_of_the_line · lena
# source-hash: 86e8bab6
# source: Not yet, Shin. I said not yet. I didn't say never.
# untranslated: ch7_east_36

# ch07_standing.vn:155 · front.east_of_the_line · shin
# source-hash: fb98a23a
# source: I heard what you said.
# untranslated: ch7_east_37

# ch07_standing.vn:156 · front.east_of_the_line · narration
# source-hash: ffae6b81
# source: His mark turned, slowly, and went north along the posts with the others, as the patrol orders said it should.
# untranslated: ch7_east_38

# ch07_standing.vn:158 · front.east_of_the_line · narration
# source-hash: 7de291ca
# source: They rode the line until morning, post to post and back, and she stayed on the link all night to ride it with them. Shin spoke when there was something to report. There was very little.
# untranslated: ch7_east_39

# ch07_standing.vn:159 · front.east_of_the_line · narration
# source-hash: 4b53336b
# source: A little before four, Raiden's voice came on alone, close, meant for her.
# untranslated: ch7_east_40

# ch07_standing.vn:161 · front.east_of_the_line · raiden
# source-hash: 86167d16
# source: Lena. It's Raiden. Just me.
# untranslated: ch7_east_41

# ch07_standing.vn:163 · front.east_of_the_line · raiden
# source-hash: 080238f1
# source: Handler One. It's Raiden. Just me.
# untranslated: ch7_east_42

# ch07_standing.vn:164 · front.east_of_the_line · lena
# source-hash: 40662a11
# source: Is he angry with me?
# untranslated: ch7_east_43

# ch07_standing.vn:165 · front.east_of_the_line · raiden
# source-hash: ddf1539c
# source: He doesn't do angry. He'll do quiet for a day. Then he'll do normal, and you won't be able to tell the difference, and that's how you'll know it's over.
# untranslated: ch7_east_44

# ch07_standing.vn:166 · front.east_of_the_line · raiden (sad)
# source-hash: d8eaf923
# source: I've been telling him no for four years. It doesn't take, from me. So. Thanks.
# untranslated: ch7_east_45

# ch07_standing.vn:167 · front.east_of_the_line · option
# source-hash: a1669191
# source: "Then take me with you. Raise the sync. Let me hear him too."
# untranslated: ch7_east_o3

# ch07_standing.vn:171 · front.east_of_the_line · shin
# source-hash: fce92fee
# source: It'll be louder than last time. There are more of them east. A great many more.
# untranslated: ch7_east_4

# ch07_standing.vn:172 · front.east_of_the_line · lena
# source-hash: 842895af
# source: Then it'll be loud.
# untranslated: ch7_east_46

# ch07_standing.vn:173 · front.east_of_the_line · shin
# source-hash: 5ed6343b
# source: ...All right. Stay behind my voice. If it's too much, close it. Don't wait to be brave about it.
# untranslated: ch7_east_47

# ch07_standing.vn:174 · front.east_of_the_line · raiden (worried)
# source-hash: cb1e137f
# source: Shin.
# untranslated: ch7_east_48

# ch07_standing.vn:175 · front.east_of_the_line · shin
# source-hash: 763acf64
# source: We'll be back before the transport.
# untranslated: ch7_east_49

# ch07_standing.vn:177 · front.east_of_the_line · narration
# source-hash: fd60c9cb
# source: After the first time, Annette had put a strip of red tape on the sync dial of Lena's console, at the highest setting she was prepared to forgive. Lena turned the dial past the tape, and went on turning.
# untranslated: ch7_east_50

# ch07_standing.vn:181 · front.east_of_the_line · narration
# source-hash: b59be8b5
# source: It came up around her like water into a lock.
# untranslated: ch7_east_51

# ch07_standing.vn:182 · front.east_of_the_line · narration
# source-hash: 28507b73
# source: Voices. Not hundreds, this far east. More. Someone counting, patiently, past a thousand and starting again at one. Someone asking whether the bread was ready yet. A woman saying the left door, take the left door, in a voice that had once given directions to strangers. And under all of it, very far off, a sound like a great many people breathing in together and never breathing out.
# untranslated: ch7_east_52

# ch07_standing.vn:183 · front.east_of_the_line · shin
# source-hash: 81a21b8b
# source: Lena. Are you there?
# untranslated: ch7_east_53

# ch07_standing.vn:184 · front.east_of_the_line · lena
# source-hash: 78de494f
# source: I'm here.
# untranslated: ch7_east_54

# ch07_standing.vn:185 · front.east_of_the_line · narration
# source-hash: 67a5e0b3
# source: It came out thin and small. She held on to the sound of his breathing. It was the only thing in the dark that was breathing out as well as in.
# untranslated: ch7_east_55

# ch07_standing.vn:186 · front.east_of_the_line · narration
# source-hash: 34844d42
# source: He went east for three hours, and she went with him. Sometimes he told her what a voice was and sometimes he did not, and she learned not to ask which.
# untranslated: ch7_east_56

# ch07_standing.vn:187 · front.east_of_the_line · shin
# source-hash: 81c30136
# source: There. Under the others. North-east, past where the river bends.
# untranslated: ch7_east_57

# ch07_standing.vn:188 · front.east_of_the_line · lena
# source-hash: c3d03be6
# source: I can't...
# untranslated: ch7_east_58

# ch07_standing.vn:189 · front.east_of_the_line · shin
# source-hash: 5870d73c
# source: Wait.
# untranslated: ch7_east_59

# ch07_standing.vn:190 · front.east_of_the_line · narration
# source-hash: 317f2806
# source: And then she could.
# untranslated: ch7_east_60

# ch07_standing.vn:191 · front.east_of_the_line · narration
# source-hash: c1bf34fd
# source: A man's voice. Young, or young when it stopped. Patient and a little hoarse, as if it had been talking for a long time, saying the same few words over and over without any hurry at all: Nearly there. Keep your head down. Nearly there.
# untranslated: ch7_east_61

# ch07_standing.vn:192 · front.east_of_the_line · shin
# source-hash: cd717dbc
# source: That's my brother.
# untranslated: ch7_east_62

# ch07_standing.vn:193 · front.east_of_the_line · lena
# source-hash: f7945885
# source: Who is he saying it to?
# untranslated: ch7_east_63

# ch07_standing.vn:194 · front.east_of_the_line · shin
# source-hash: b6f8175b
# source: I don't know. I've never known.
# untranslated: ch7_east_64

# ch07_standing.vn:195 · front.east_of_the_line · narration
# source-hash: b37c234f
# source: Something at the very edge of her memory turned over, and lay still again.
# untranslated: ch7_east_65

# ch07_standing.vn:196 · front.east_of_the_line · shin
# source-hash: 3e2e8c77
# source: Bring it down now, Lena. We're going back.
# untranslated: ch7_east_66

# ch07_standing.vn:197 · front.east_of_the_line · narration
# source-hash: f45b3635
# source: She turned the dial back past the tape until there was only Shin, and the wind, and the control room came back around her: the good chair, the bad map. Her face was wet. She had not noticed when.
# untranslated: ch7_east_67

# ch07_standing.vn:199 · front.east_of_the_line · narration
# source-hash: 5b48baf9
# source: At the posts, the seven had waited all night with their engines ticking over, and had listened to their captain and their Handler go quiet together for three hours, and had not liked it at all.
# untranslated: ch7_east_68

# ch07_standing.vn:202 · front.east_of_the_line · narration
# source-hash: b2f37333
# source: The patrol came home at first light, west along the furrows in single file: nine blue marks on her screen, in a line that looked, from two hundred kilometres away, almost tidy.
# untranslated: ch7_east_69

# ch07_standing.vn:204 · front.east_of_the_line · narration
# source-hash: ffb676ce
# source: Halfway home, a voice spoke on the link that had never spoken on it before. A girl's voice, quick and hard, as if she had been holding the words in her teeth.
# untranslated: ch7_east_70

# ch07_standing.vn:205 · front.east_of_the_line · sasha
# source-hash: b0b6c5f6
# source: Magpie. Handler One. My brother Tomas answered a Handler back once. Once.
# untranslated: ch7_east_5

# ch07_standing.vn:206 · front.east_of_the_line · narration
# source-hash: eca14c4f
# source: Then nothing. Only breathing again, nine people's worth, and one of them faster than the rest.
# untranslated: ch7_east_71

# ch07_standing.vn:207 · front.east_of_the_line · lena
# source-hash: da951275
# source: Sasha, I...
# untranslated: ch7_east_72

# ch07_standing.vn:208 · front.east_of_the_line · shin
# source-hash: 0036ac5d
# source: Don't. Not now. She's said what she came to say.
# untranslated: ch7_east_73

# ch07_standing.vn:209 · front.east_of_the_line · narration
# source-hash: 7591aeeb
# source: Lena opened the notebook to the page of names and wrote, very small, beside Sasha's: Tomas. Once.
# untranslated: ch7_east_74

# ch07_standing.vn:211 · front.east_of_the_line · narration
# source-hash: b9e2fa86
# source: Halfway home, a voice she had never heard spoke on the link: low, a boy's voice nearly finished becoming a man's, careful with its words, as if each had been weighed before it was let out.
# untranslated: ch7_east_75

# ch07_standing.vn:212 · front.east_of_the_line · mattie
# source-hash: b7541822
# source: Bellringer. Handler One. Thank you.
# untranslated: ch7_east_6

# ch07_standing.vn:213 · front.east_of_the_line · narration
# source-hash: 9b1be9ec
# source: That was all. The link went back to breathing.
# untranslated: ch7_east_76

# ch07_standing.vn:214 · front.east_of_the_line · lena
# source-hash: 18be60b9
# source: Shin? Who was that?
# untranslated: ch7_east_77

# ch07_standing.vn:215 · front.east_of_the_line · shin
# source-hash: 868f4e24
# source: Mattie. Matthias. He doesn't talk.
# untranslated: ch7_east_78

# ch07_standing.vn:216 · front.east_of_the_line · lena
# source-hash: fd82a5a7
# source: He just did.
# untranslated: ch7_east_79

# ch07_standing.vn:217 · front.east_of_the_line · shin
# source-hash: b50f794e
# source: Yes.
# untranslated: ch7_east_80

# ch07_standing.vn:218 · front.east_of_the_line · narration
# source-hash: 0a974cf2
# source: She asked what Mattie had been thanking her for. Shin said he did not know, and that he was not sure Mattie did either, and that it did not seem to be the point.
# untranslated: ch7_east_81

# ch07_standing.vn:220 · front.east_of_the_line · narration
# source-hash: 9f089861
# source: Nobody said anything on the way home. She counted them anyway by their breathing, nine on the furrows and three waiting at the ward. Twelve. She always counted now.
# untranslated: ch7_east_82

## Scene republic.ledger

# ch07_standing.vn:224 · scene `republic.ledger` title
# source-hash: ee4aa162
# source: Karlstahl's Lists
# untranslated: scene-republic-ledger

# ch07_standing.vn:227 · republic.ledger · narration
# source-hash: e8e11ab0
# source: On the fourteenth night a car came for her at ten, with a driver who said only that the General was at home and would be grateful.
# untranslated: ch7_ledger_8

# ch07_standing.vn:228 · republic.ledger · narration
# source-hash: 062858db
# source: The study was at the back of the house, well away from the dining room and its photograph. Lena had been inside it perhaps three times in her life. It was where her father and Uncle Jérôme had gone after dinner with the brandy, and shut the door, and laughed at things she was too young to hear. A green-shaded lamp. Books nobody had opened in years. A fire lit for company rather than for warmth.
# untranslated: ch7_ledger_9

# ch07_standing.vn:232 · republic.ledger · karlstahl
# source-hash: 33bb4aa6
# source: Two weeks ago you brought me an order in the middle of the night, and I told you to leave it with me. I have had it two weeks. I can't stop it. I would rather show you why than tell you; you never believed a thing you were told, even at six.
# untranslated: ch7_ledger_1

# ch07_standing.vn:234 · republic.ledger · karlstahl
# source-hash: d2ae9af7
# source: I heard about the Board. I'm sorry I wasn't on it, and sorrier that it wouldn't have helped. That isn't why I sent for you. There is something in this room you ought to see before your squadron's term ends, and I've been a coward about it for two weeks.
# untranslated: ch7_ledger_2

# ch07_standing.vn:236 · republic.ledger · karlstahl (sad)
# source-hash: 86d73ecb
# source: The last time you sat at my table, you told me what I was eating my lamb beside. I've spent the weeks since looking for a way in which you were wrong. There isn't one. I looked thoroughly. I'm a thorough man.
# untranslated: ch7_ledger_3

# ch07_standing.vn:237 · republic.ledger · narration
# source-hash: a3e2265d
# source: He unlocked the bottom drawer of the desk, lifted out a book with both hands, and set it down under the lamp between them.
# untranslated: ch7_ledger_4

# ch07_standing.vn:238 · republic.ledger · narration
# source-hash: 59e806d3
# source: It was an account book, the heavy kind with a cloth spine and leather corners that a grocer might keep, and it had taken a long time to fill. It was thicker than the Act.
# untranslated: ch7_ledger_10

# ch07_standing.vn:239 · republic.ledger · narration
# source-hash: d444c465
# source: He opened it near the front. Ruled columns, in his small upright hand: a squadron, a ward, the date of an order. Under each, names. Where an order had given only a number, he had found the names. Where nobody anywhere had kept a name, he had written one Processor, name not recorded, and left the rest of the line empty, in case.
# untranslated: ch7_ledger_11

# ch07_standing.vn:240 · republic.ledger · karlstahl
# source-hash: 7af650bf
# source: Special reconnaissance. Every order for nine years. Each one comes to my desk to be countersigned. It's a formality: the Act issues the order, not I. My signature says only that a human being has read it.
# untranslated: ch7_ledger_12

# ch07_standing.vn:241 · republic.ledger · karlstahl
# source-hash: cd6c6a6f
# source: So I read it. And at night I copy out the names, because when an order is completed the Republic destroys the roster, and someone should keep them.
# untranslated: ch7_ledger_13

# ch07_standing.vn:242 · republic.ledger · lena
# source-hash: bff9d7e8
# source: This is the only copy.
# untranslated: ch7_ledger_14

# ch07_standing.vn:243 · republic.ledger · karlstahl
# source-hash: 136a281b
# source: This is the only copy.
# untranslated: ch7_ledger_15

# ch07_standing.vn:244 · republic.ledger · lena
# source-hash: e03d6b66
# source: How many?
# untranslated: ch7_ledger_16

# ch07_standing.vn:245 · republic.ledger · karlstahl
# source-hash: 75e1d9da
# source: Four thousand, one hundred and six. As of this spring.
# untranslated: ch7_ledger_17

# ch07_standing.vn:246 · republic.ledger · narration
# source-hash: d8869e00
# source: He did not look down to check. She understood that he had never once needed to.
# untranslated: ch7_ledger_18

# ch07_standing.vn:248 · republic.ledger · narration
# source-hash: 4d21f0e6
# source: He turned a thick sheaf of pages at once, to a place near the middle where the hand changed. For the length of a year the names were not in his careful writing but hurried, crowded, with gaps.
# untranslated: ch7_ledger_19

# ch07_standing.vn:249 · republic.ledger · karlstahl
# source-hash: 1d5c0eba
# source: Year four. I refused one. A squadron in the southern wards, eleven of them, two years short of finishing. I sent the order back unsigned.
# untranslated: ch7_ledger_20

# ch07_standing.vn:250 · republic.ledger · karlstahl
# source-hash: 66cf17ed
# source: It went through eleven days later over my deputy's signature, and I was moved off the eastern desk for a year so that I would not do it again. These pages I copied from the archive at night, in a hurry, before the rosters were burned. I missed some. I will never know how many.
# untranslated: ch7_ledger_21

# ch07_standing.vn:251 · republic.ledger · karlstahl (sad)
# source-hash: 331a9d28
# source: That is what stopping it looks like, Lena. It costs the man who tries, and then it happens anyway, and afterwards there is nobody at the desk to read the names.
# untranslated: ch7_ledger_22

# ch07_standing.vn:252 · republic.ledger · narration
# source-hash: c6fe17b3
# source: He turned to the last entry. The ink was not three weeks old. SPEARHEAD SQUADRON, FIRST WARD, EASTERN FRONT, and under it twelve names, Shinei Nouzen at the top, in the same careful hand as the four thousand before them.
# untranslated: ch7_ledger_49

# ch07_standing.vn:254 · republic.ledger · narration
# source-hash: 730ecad9
# source: She knew every one of them.
# untranslated: ch7_ledger_50

# ch07_standing.vn:256 · republic.ledger · narration
# source-hash: ff0d7cfc
# source: Seven of those names she had never seen written anywhere. She read them now, in his handwriting, and was ashamed that this was where she read them first.
# untranslated: ch7_ledger_51

# ch07_standing.vn:258 · republic.ledger · karlstahl
# source-hash: 19206c9d
# source: That night in my hall you watched me read the bottom of the page for a long time. It was my own name I was reading. I countersigned it before you ever saw it.
# untranslated: ch7_ledger_52

# ch07_standing.vn:260 · republic.ledger · karlstahl
# source-hash: 5b11fdef
# source: I countersigned it before you ever saw it. My name is at the bottom of your order, under the Act's. It always was.
# untranslated: ch7_ledger_53

# ch07_standing.vn:261 · republic.ledger · narration
# source-hash: 572ce1bb
# source: At the back of the book, after the last ruled line, something else was tucked under the endpaper: a sheet of thinner paper, folded twice and gone soft along the folds. The ink was browner. The hand was not his. She knew it before she knew why. It had signed her school reports.
# untranslated: ch7_ledger_23

# ch07_standing.vn:262 · republic.ledger · lena (surprised)
# source-hash: 57e01bca
# source: That's Father's writing.
# untranslated: ch7_ledger_24

# ch07_standing.vn:263 · republic.ledger · karlstahl
# source-hash: 9b8fd5b4
# source: It is. It isn't a list. It's something he wrote the night after he took you east, the year the war began, and gave me to keep. I put it in there because it seemed to belong with them.
# untranslated: ch7_ledger_25

# ch07_standing.vn:264 · republic.ledger · narration
# source-hash: a3d18f34
# source: She saw the name of a town she had never heard of, and the word Corporal, before he laid his hand flat over the page, gently, as he used to lay it over the chessboard when she was about to make a mistake.
# untranslated: ch7_ledger_26

# ch07_standing.vn:265 · republic.ledger · choice
# source-hash: 8c7fcad4
# source: The fire, the lamp, four thousand names open on the desk. His hand resting on her father's page.
# untranslated: ch7_ledger_q1

# ch07_standing.vn:266 · republic.ledger · option
# source-hash: 2117f03c
# source: "Give me the ledger. It should be read aloud."
# untranslated: ch7_ledger_o1

# ch07_standing.vn:269 · republic.ledger · karlstahl (surprised)
# source-hash: 0709c1bb
# source: Read aloud. Where?
# untranslated: ch7_ledger_5

# ch07_standing.vn:270 · republic.ledger · lena
# source-hash: c2ae7a98
# source: Anywhere. Everywhere. On the plaza. At a staff meeting. On the steps of the Assembly. Somebody should hear them, Uncle, not just write them down at night where nobody can.
# untranslated: ch7_ledger_27

# ch07_standing.vn:271 · republic.ledger · karlstahl (worried)
# source-hash: 8481d2ae
# source: It proves nothing the law doesn't already allow. It proves everything the law does. They'll say you took it from a general's desk.
# untranslated: ch7_ledger_28

# ch07_standing.vn:272 · republic.ledger · lena
# source-hash: 55d151c3
# source: Did I?
# untranslated: ch7_ledger_29

# ch07_standing.vn:273 · republic.ledger · karlstahl
# source-hash: e0a0cf7d
# source: No. I'm giving it to you. Say so, if they ask. It won't help either of us.
# untranslated: ch7_ledger_30

# ch07_standing.vn:274 · republic.ledger · narration
# source-hash: 6f5653a9
# source: Before he closed it, he slid her father's page out from under the endpaper, folded it along its old folds, and put it in his breast pocket.
# untranslated: ch7_ledger_31

# ch07_standing.vn:275 · republic.ledger · karlstahl
# source-hash: f7ecf5c5
# source: Not that. That one is still mine, for a while.
# untranslated: ch7_ledger_32

# ch07_standing.vn:276 · republic.ledger · narration
# source-hash: a4f819c3
# source: The book was heavier than it looked. She carried it out to the car in both arms, against her chest, and the driver, who had driven her home from this house since she was small, did not offer to take it.
# untranslated: ch7_ledger_33

# ch07_standing.vn:277 · republic.ledger · option
# source-hash: c3a929b8
# source: "Keep it, Uncle. And sign one thing for me."
# untranslated: ch7_ledger_o2

# ch07_standing.vn:280 · republic.ledger · narration
# source-hash: 4d3f5922
# source: She took a folded form from inside her tunic and flattened it on the desk beside the ledger. She had carried it for a week. A requisition: rations for twelve for sixty days, cockpit filters, spare actuators, ammunition, field dressings, antibiotics inside their dates, a radio set and the batteries to run it.
# untranslated: ch7_ledger_34

# ch07_standing.vn:281 · republic.ledger · karlstahl
# source-hash: 0fcd2f05
# source: This is a supply order for a unit that, after the thirty-first day, does not exist.
# untranslated: ch7_ledger_6

# ch07_standing.vn:282 · republic.ledger · lena
# source-hash: 6ba1457f
# source: Then sign it before the thirty-first day.
# untranslated: ch7_ledger_35

# ch07_standing.vn:283 · republic.ledger · narration
# source-hash: 2e945f5f
# source: He read it twice. Then he uncapped his pen.
# untranslated: ch7_ledger_36

# ch07_standing.vn:284 · republic.ledger · karlstahl
# source-hash: 66d1b349
# source: It will go as a depot transfer, under my name. It will arrive. That much I can still do.
# untranslated: ch7_ledger_37

# ch07_standing.vn:285 · republic.ledger · karlstahl (sad)
# source-hash: db4268f1
# source: And I'll let the Board know you came to me properly, through channels, like a sensible officer. They'll like that. They like you better sensible. So do I, God help me, and I'm ashamed of it.
# untranslated: ch7_ledger_38

# ch07_standing.vn:286 · republic.ledger · narration
# source-hash: fcdb4b1c
# source: He closed the ledger, with her father's page still folded in the back of it, and put it in the drawer, and turned the key.
# untranslated: ch7_ledger_39

# ch07_standing.vn:287 · republic.ledger · option
# source-hash: 574fc49d
# source: Ask about the soldier her father never stopped talking about.
# untranslated: ch7_ledger_o3

# ch07_standing.vn:290 · republic.ledger · lena
# source-hash: 1941d16f
# source: Uncle. The soldier who brought me back. You said Father talked about him for the rest of his life. Who was he?
# untranslated: ch7_ledger_40

# ch07_standing.vn:291 · republic.ledger · narration
# source-hash: ada5861e
# source: Karlstahl looked at her for a long moment. Then he lifted his hand, and unfolded the page, and turned it round to face her.
# untranslated: ch7_ledger_41

# ch07_standing.vn:292 · republic.ledger · narration
# source-hash: 7b44b0f9
# source: Her father's writing, hurried and pressed hard, as if he had been afraid the night would take it from him before morning. A town. A fire. An hour. And underlined twice: the Colorata soldier who carried my girl out was a Corporal S. Nouzen, and I did not even have the wit to shake his hand.
# untranslated: ch7_ledger_42

# ch07_standing.vn:293 · republic.ledger · karlstahl
# source-hash: 5a4f51f4
# source: Corporal S. Nouzen. Shourei Nouzen. Your father made me learn the name, so that one of us would always have it. He wrote to the regiment to have the boy commended. The regiment wrote back that commendations were not available to persons of his category. The Act was passed the next spring. I drafted it.
# untranslated: ch7_ledger_7

# ch07_standing.vn:295 · republic.ledger · narration
# source-hash: 2aae1a4d
# source: Shourei. She had heard that name once before, late, on the link, said plainly, like a position.
# untranslated: ch7_ledger_43

# ch07_standing.vn:297 · republic.ledger · narration
# source-hash: d9a57625
# source: Nouzen. It was not a common name. She knew exactly one other person who carried it, and he had told her once, on the link, that his brother was out there.
# untranslated: ch7_ledger_44

# ch07_standing.vn:299 · republic.ledger · narration
# source-hash: 7cacbaa1
# source: Nearly there. Keep your head down. Two nights ago she had heard a man's voice say it in the dark beyond the posts, over and over, to nobody Shin knew. Something at the edge of her memory turned over, like a page, and this time it showed its face: smoke, and a rough collar under her cheek, and somebody above her saying it, all the way out.
# untranslated: ch7_ledger_45

# ch07_standing.vn:300 · republic.ledger · lena (sad)
# source-hash: 2b10e550
# source: He's Shin's brother.
# untranslated: ch7_ledger_46

# ch07_standing.vn:301 · republic.ledger · karlstahl (sad)
# source-hash: a417f8fd
# source: I know. I've known since your first report crossed my desk with a Nouzen in it. I have been a coward about that too.
# untranslated: ch7_ledger_47

# ch07_standing.vn:302 · republic.ledger · narration
# source-hash: c549b810
# source: The fire had burned down while they talked. Neither of them got up to see to it.
# untranslated: ch7_ledger_48

## Scene front.the_seven

# ch07_standing.vn:307 · scene `front.the_seven` title
# source-hash: 8033d456
# source: The Seven
# untranslated: scene-front-the_seven

# ch07_standing.vn:310 · front.the_seven · narration
# source-hash: dfb9ea98
# source: The seven slept in what had been the infants' classroom, at the end of the corridor. The coat hooks along one wall were at the height of a small child's shoulder, and above each hook a name was still painted in a teacher's round red hand. None of the names were theirs. Nobody had ever painted them out.
# untranslated: ch7_seven_1

# ch07_standing.vn:311 · front.the_seven · narration
# source-hash: a48d024e
# source: On the fifteenth night there was one candle, on an upturned crate in the middle of the floor, and the seven sat round it on the bunks and the floorboards and, in Yuna's case, the windowsill. Across the yard, in the last of the light from the hangar, sixteen of Theo's strokes on the door were still uncrossed.
# untranslated: ch7_seven_6

# ch07_standing.vn:312 · front.the_seven · narration
# source-hash: 8067bb62
# source: Ezra had a radio open on his knees, because Ezra always had something open on his knees. Noor was singing under her breath in the language her mother had spoken, which nobody else in the room understood and everybody knew by heart. Pim, who was fourteen and already the tallest of them, was folding himself smaller against the wall a joint at a time. Sasha was turning something small and bright over and over in her fingers. Tobiah had his biscuit box.
# untranslated: ch7_seven_7

# ch07_standing.vn:313 · front.the_seven · narration
# source-hash: 3390869a
# source: Mattie waited until Noor's song came to the end of a line. Then he cleared his throat, which was how meetings started.
# untranslated: ch7_seven_8

# ch07_standing.vn:314 · front.the_seven · mattie
# source-hash: 6f58f92a
# source: All right. We said we'd talk about her, so we're talking about her.
# untranslated: ch7_seven_2

# ch07_standing.vn:315 · front.the_seven · pim
# source-hash: 4601ee90
# source: Is this a meeting? Theo says meetings are where...
# untranslated: ch7_seven_9

# ch07_standing.vn:316 · front.the_seven · yuna
# source-hash: d6acbf2a
# source: Where fun goes to die. Everybody knows what Theo says, Pim. Theo says it every day.
# untranslated: ch7_seven_10

# ch07_standing.vn:317 · front.the_seven · narration
# source-hash: f4192719
# source: Yuna laughed without any sound at all, shoulders going, a hand over her mouth. She had learned to laugh that way in a scout's cockpit, where sound carried.
# untranslated: ch7_seven_11

# ch07_standing.vn:318 · front.the_seven · pim
# source-hash: 155297f9
# source: I was going to say it better.
# untranslated: ch7_seven_12

# ch07_standing.vn:319 · front.the_seven · mattie
# source-hash: edae42a5
# source: Before we start. Pim came after. He's only ever had it in pieces. If we're deciding anything, he should have it whole.
# untranslated: ch7_seven_13

# ch07_standing.vn:320 · front.the_seven · narration
# source-hash: 5c9546cb
# source: Everybody looked at Sasha, and then, carefully, at anything else.
# untranslated: ch7_seven_14

# ch07_standing.vn:321 · front.the_seven · sasha
# source-hash: 80a7b9a7
# source: Tell it, then. Tell it right. It was nine days. Everybody says about a week. It was nine.
# untranslated: ch7_seven_3

# ch07_standing.vn:322 · front.the_seven · mattie
# source-hash: d1b5f8e8
# source: The winter before last. We'd lost three that day, at the culvert. That night the Handler came on and asked for the count of serviceable units. That was how he put it.
# untranslated: ch7_seven_15

# ch07_standing.vn:323 · front.the_seven · mattie
# source-hash: 21f2d6d3
# source: And Tomas said, "Three fewer than this morning, sir. I can spell their names for you, if you want to write them down."
# untranslated: ch7_seven_16

# ch07_standing.vn:324 · front.the_seven · narration
# source-hash: f8a28118
# source: Noor had stopped singing.
# untranslated: ch7_seven_17

# ch07_standing.vn:325 · front.the_seven · mattie
# source-hash: 775ee384
# source: That was all he said. The Handler reported him for insubordination before he'd closed the link. Two days later there was an order. Mine clearance, the old beet fields south of the rail line. No Juggernaut. A probe and a bag of flags.
# untranslated: ch7_seven_18

# ch07_standing.vn:326 · front.the_seven · sasha
# source-hash: 6c746578
# source: Nine days.
# untranslated: ch7_seven_19

# ch07_standing.vn:327 · front.the_seven · mattie
# source-hash: 90fca97f
# source: Nine days. And that night the seven of us agreed. No Handler hears our voices again. Not our names, not our call signs, not good morning. When we came to Spearhead, the captain heard it out once and said: then I'll talk. He's never asked us to change it. Not once.
# untranslated: ch7_seven_20

# ch07_standing.vn:328 · front.the_seven · pim
# source-hash: c9530209
# source: He'd have liked her, though. Tomas. Wouldn't he? He talked to everybody.
# untranslated: ch7_seven_21

# ch07_standing.vn:329 · front.the_seven · sasha
# source-hash: 73cbc3e6
# source: That was the whole trouble with him.
# untranslated: ch7_seven_22

# ch07_standing.vn:330 · front.the_seven · mattie
# source-hash: a5e02440
# source: So. What do we think of her? Round the candle.
# untranslated: ch7_seven_23

# ch07_standing.vn:331 · front.the_seven · yuna
# source-hash: 08973cff
# source: She counts us. I heard her do it, under her breath. She got to twelve and stopped, as if twelve was a lot.
# untranslated: ch7_seven_24

# ch07_standing.vn:332 · front.the_seven · ezra
# source-hash: 90c11c25
# source: She's on the link longer than all the others put together. The bands run warm by ten. I opened mine up to check it wasn't faulty. It wasn't. It's just her.
# untranslated: ch7_seven_25

# ch07_standing.vn:333 · front.the_seven · pim
# source-hash: ddfb4e48
# source: She laughs at Theo. Properly, not the polite one. Theo says that means she's clever.
# untranslated: ch7_seven_26

# ch07_standing.vn:334 · front.the_seven · noor
# source-hash: 33e06965
# source: She says goodnight. Not to the captain. To the link. To all twelve of us, even the ones who never say it back.
# untranslated: ch7_seven_27

# ch07_standing.vn:335 · front.the_seven · tobiah
# source-hash: 3476b14b
# source: She writes while we talk. You can hear the pen. I like that. It means it's going somewhere.
# untranslated: ch7_seven_28

# ch07_standing.vn:336 · front.the_seven · sasha
# source-hash: b078e966
# source: They all write. That's how they report you.
# untranslated: ch7_seven_29

# ch07_standing.vn:338 · front.the_seven · pim
# source-hash: 65a34992
# source: She said my name, though. From the files. Laukka. She said it right. Nobody says it right. The second a goes long.
# untranslated: ch7_seven_30

# ch07_standing.vn:339 · front.the_seven · yuna
# source-hash: 7a9b68d1
# source: She said Castellane like the name of a street. I didn't mind.
# untranslated: ch7_seven_31

# ch07_standing.vn:340 · front.the_seven · ezra
# source-hash: 5a74812e
# source: And on the way back from the posts, Sasha, you answered her.
# untranslated: ch7_seven_32

# ch07_standing.vn:341 · front.the_seven · sasha
# source-hash: 4ce6101e
# source: I didn't answer her. I told her his name. It isn't the same thing.
# untranslated: ch7_seven_33

# ch07_standing.vn:342 · front.the_seven · mattie
# source-hash: eec94f50
# source: No. It isn't the same. It isn't nothing, either.
# untranslated: ch7_seven_34

# ch07_standing.vn:343 · front.the_seven · narration
# source-hash: 27fc9787
# source: Sasha closed her fingers over the bright thing in her hand, and said nothing to that.
# untranslated: ch7_seven_35

# ch07_standing.vn:345 · front.the_seven · sasha
# source-hash: 62ce2a90
# source: And you thanked her, Mattie. On the way back from the posts. I heard you.
# untranslated: ch7_seven_36

# ch07_standing.vn:346 · front.the_seven · mattie
# source-hash: d5872793
# source: Two words. That's manners. It isn't talking.
# untranslated: ch7_seven_37

# ch07_standing.vn:347 · front.the_seven · sasha
# source-hash: e01ac8b6
# source: Tomas's was one sentence.
# untranslated: ch7_seven_38

# ch07_standing.vn:348 · front.the_seven · narration
# source-hash: fd956615
# source: Mattie had no answer to that, and did not pretend to have one.
# untranslated: ch7_seven_39

# ch07_standing.vn:350 · front.the_seven · ezra
# source-hash: be8e72cb
# source: The night the captain went past the posts. I had the ward set on. Her rate went somewhere I didn't know the bands could go.
# untranslated: ch7_seven_40

# ch07_standing.vn:351 · front.the_seven · noor
# source-hash: de69cefc
# source: She went with him.
# untranslated: ch7_seven_41

# ch07_standing.vn:352 · front.the_seven · ezra
# source-hash: d18bdfee
# source: She went with him. Into that.
# untranslated: ch7_seven_42

# ch07_standing.vn:353 · front.the_seven · noor
# source-hash: d69d8fc7
# source: She came back quiet. I heard her breathing after, on the link. Like someone who's been under water a long time.
# untranslated: ch7_seven_43

# ch07_standing.vn:354 · front.the_seven · narration
# source-hash: 78639900
# source: Nobody said anything. Every one of them had been near the captain on a bad night and caught, for a second, the edge of what he heard. Not one of them had ever asked to hear more.
# untranslated: ch7_seven_44

# ch07_standing.vn:355 · front.the_seven · narration
# source-hash: fb6914b8
# source: Tobiah had been turning the biscuit box round and round on his knees. It was a butter-biscuit tin from before the walls, with a sailing ship on the lid worn down to bare metal where his thumbs went, and the lid wired shut.
# untranslated: ch7_seven_45

# ch07_standing.vn:356 · front.the_seven · ezra
# source-hash: 2140413e
# source: You could build a radio in that. A good one. The lid would do for the ground plane.
# untranslated: ch7_seven_46

# ch07_standing.vn:357 · front.the_seven · tobiah
# source-hash: 589356bd
# source: It's for letters.
# untranslated: ch7_seven_47

# ch07_standing.vn:358 · front.the_seven · ezra
# source-hash: 23d43e5a
# source: I know. I'm only saying. Somebody could.
# untranslated: ch7_seven_48

# ch07_standing.vn:359 · front.the_seven · narration
# source-hash: ec48e269
# source: Inside there were dozens of letters, folded small, each addressed in Tobiah's careful schoolboy hand. To his mother, at an address that had been a street before it was a camp. To a girl in the fourth ward who had stopped answering on the inter-ward net a year ago. To the Ministry of Defence, asking politely for a copy of the Act. To Tomas. None of them could be sent. The mail sack on the night transport carried forms west and nothing else, and most of the people Tobiah wrote to had nowhere left to receive a letter.
# untranslated: ch7_seven_49

# ch07_standing.vn:361 · front.the_seven · tobiah
# source-hash: 1aa4d855
# source: Kurena sent Kaie's. The one for the Handler. She put it in the mail sack on top of the forms, and wrote the address on it herself.
# untranslated: ch7_seven_50

# ch07_standing.vn:362 · front.the_seven · pim
# source-hash: e4508c4d
# source: Can you do that?
# untranslated: ch7_seven_51

# ch07_standing.vn:363 · front.the_seven · tobiah
# source-hash: fddeea35
# source: Nobody knows. Nobody's tried. If it gets there, it's the first letter out of this ward in two years.
# untranslated: ch7_seven_52

# ch07_standing.vn:364 · front.the_seven · yuna
# source-hash: 9f50ba2f
# source: And if it gets there, you'll send one.
# untranslated: ch7_seven_53

# ch07_standing.vn:365 · front.the_seven · tobiah
# source-hash: 41e65f5a
# source: I'll think about it.
# untranslated: ch7_seven_54

# ch07_standing.vn:366 · front.the_seven · narration
# source-hash: 70e7be8d
# source: He had already thought about it. At the bottom of the box there was one letter newer than the rest, not yet folded, with only the first line written: Dear Handler One.
# untranslated: ch7_seven_55

# ch07_standing.vn:368 · front.the_seven · tobiah
# source-hash: 115ea0cf
# source: Kurena found Kaie's. One for the Handler, addressed and everything. She looked at the front for a long time and put it back in the locker.
# untranslated: ch7_seven_56

# ch07_standing.vn:369 · front.the_seven · pim
# source-hash: a752465a
# source: Why?
# untranslated: ch7_seven_57

# ch07_standing.vn:370 · front.the_seven · tobiah
# source-hash: ccf010c7
# source: I think she didn't know whether the Handler would want it. Or whether she wanted the Handler to have it. It's still there.
# untranslated: ch7_seven_58

# ch07_standing.vn:371 · front.the_seven · narration
# source-hash: 3bb2ca5c
# source: At the bottom of his own box there was one letter newer than the rest, not yet folded, with only the first line written: Dear Handler One. He did not take it out.
# untranslated: ch7_seven_59

# ch07_standing.vn:372 · front.the_seven · pim
# source-hash: 10f59ae7
# source: Read one. Go on. You never read us any.
# untranslated: ch7_seven_60

# ch07_standing.vn:373 · front.the_seven · narration
# source-hash: 4eae3c9a
# source: Tobiah looked at Sasha. Sasha looked at the candle. After a while, since nobody had said no, he unwound the wire from the lid, took a letter from near the top without having to look for it, and unfolded it.
# untranslated: ch7_seven_61

# ch07_standing.vn:374 · front.the_seven · tobiah
# source-hash: d4efc98b
# source: "Dear Tomas. Sasha found a brass button today in the wreck by the culvert, with an anchor on it. She says it's off a real coat, from the old navy, from before. She says it's yours. I said I'd tell you."
# untranslated: ch7_seven_62

# ch07_standing.vn:375 · front.the_seven · sasha
# source-hash: 55531883
# source: That's enough.
# untranslated: ch7_seven_63

# ch07_standing.vn:376 · front.the_seven · narration
# source-hash: e9663e0d
# source: He folded it up again. Sasha opened her hand. The button lay in it, anchor up, bright from being turned.
# untranslated: ch7_seven_64

# ch07_standing.vn:377 · front.the_seven · mattie
# source-hash: 5c187f02
# source: So. Do we speak to her? Round the candle.
# untranslated: ch7_seven_65

# ch07_standing.vn:379 · front.the_seven · yuna
# source-hash: e93b1848
# source: Yes. Quietly. Scouts go first, usually. I'll go after you.
# untranslated: ch7_seven_66

# ch07_standing.vn:380 · front.the_seven · pim
# source-hash: 8438bb6e
# source: Yes. Obviously yes. I've been yes for weeks.
# untranslated: ch7_seven_67

# ch07_standing.vn:381 · front.the_seven · ezra
# source-hash: 638c1774
# source: Yes. The link works better with more people on it talking. That's a technical opinion.
# untranslated: ch7_seven_68

# ch07_standing.vn:382 · front.the_seven · noor
# source-hash: 0d86691f
# source: Yes.
# untranslated: ch7_seven_69

# ch07_standing.vn:383 · front.the_seven · tobiah
# source-hash: 9d203ea7
# source: Yes. If I ever send that letter, I'd like her to know whose voice it goes with.
# untranslated: ch7_seven_70

# ch07_standing.vn:384 · front.the_seven · narration
# source-hash: cabdde7e
# source: Then it was Sasha.
# untranslated: ch7_seven_71

# ch07_standing.vn:385 · front.the_seven · sasha
# source-hash: 8b0137af
# source: ...He'd have talked to her. He talked to everybody. That's the only reason. For him. Not for her.
# untranslated: ch7_seven_72

# ch07_standing.vn:386 · front.the_seven · mattie
# source-hash: 355248e0
# source: Then we speak to her. Not all at once; we'll frighten her. Tomorrow at nine, when she says good evening, I'll say good evening back. We'll see what she does with it.
# untranslated: ch7_seven_4

# ch07_standing.vn:387 · front.the_seven · narration
# source-hash: 1d74ba31
# source: Noor began to sing again, low. After a moment Mattie found the note under hers and held it, as he had held notes in a church choir before the camps, and the candle burned down between the seven of them while the two voices went on.
# untranslated: ch7_seven_73

# ch07_standing.vn:389 · front.the_seven · yuna
# source-hash: 1061b028
# source: Maybe. She counts us. That's a maybe.
# untranslated: ch7_seven_74

# ch07_standing.vn:390 · front.the_seven · pim
# source-hash: db260573
# source: Yes. I mean. Yes, if everybody else does.
# untranslated: ch7_seven_75

# ch07_standing.vn:391 · front.the_seven · ezra
# source-hash: 45de831f
# source: I don't know. I like how she sounds. That isn't a reason.
# untranslated: ch7_seven_76

# ch07_standing.vn:392 · front.the_seven · noor
# source-hash: f163e53c
# source: Not yet.
# untranslated: ch7_seven_77

# ch07_standing.vn:393 · front.the_seven · tobiah
# source-hash: b0d6a72c
# source: I'll write to her. That's what I can do. I've forgotten how to do the other thing.
# untranslated: ch7_seven_78

# ch07_standing.vn:394 · front.the_seven · narration
# source-hash: 54f7aaf6
# source: Then it was Sasha.
# untranslated: ch7_seven_79

# ch07_standing.vn:395 · front.the_seven · sasha
# source-hash: c422cd2f
# source: Not yet. She's kind. His Handler was kind, too, for a month. We've got sixteen days. If she's still kind on the last one, ask me again.
# untranslated: ch7_seven_5

# ch07_standing.vn:396 · front.the_seven · mattie
# source-hash: d926dbab
# source: Then not yet.
# untranslated: ch7_seven_80

# ch07_standing.vn:397 · front.the_seven · narration
# source-hash: 60724dfe
# source: Nobody argued. Pim looked as if he wanted to, and then didn't. Noor began to sing again, low, and after a moment Mattie found the note under hers, and held it.
# untranslated: ch7_seven_81

# ch07_standing.vn:398 · front.the_seven · narration
# source-hash: d8e5df2d
# source: Across the yard the hangar light went out, and the sixteen strokes on the door went on waiting for morning in the dark.
# untranslated: ch7_seven_82

## Scene republic.petals

# ch07_standing.vn:401 · scene `republic.petals` title
# source-hash: 120bd4b9
# source: Pressed Flowers
# untranslated: scene-republic-petals

# ch07_standing.vn:405 · republic.petals · narration
# source-hash: f0d8cfc9
# source: On the eighteenth day she came home at ten, as she did now, and stood in the kitchen in her coat for a while before she remembered to take it off. Thirteen days.
# untranslated: ch7_petals_4

# ch07_standing.vn:407 · republic.petals · narration
# source-hash: 05f82554
# source: The envelope had come to her office that afternoon in the internal post, inside a second envelope with a form clipped to it. She had carried it home unopened in her breast pocket all evening, because the writing on the front did not belong to anybody at headquarters.
# untranslated: ch7_petals_1

# ch07_standing.vn:408 · republic.petals · narration
# source-hash: 4de10d30
# source: It was army brown, the cheap kind, soft from handling. Across the front, in round pencil capitals running cheerfully uphill, with a small flower drawn after them: TO HANDLER ONE, THE NEW ONE. Under that, smaller, in a different hand, in pencil pressed so hard it had nearly gone through: CARE OF ARMY HEADQUARTERS, FIRST SECTOR, CONTROL ROOM THREE.
# untranslated: ch7_petals_5

# ch07_standing.vn:409 · republic.petals · narration
# source-hash: d0b3405a
# source: In the corner, a censor's stamp in violet: EXAMINED. Under the stamp, in the censor's pencil, small and tidy: Contents, vegetable matter, dried. No objection.
# untranslated: ch7_petals_6

# ch07_standing.vn:410 · republic.petals · narration
# source-hash: 4215105d
# source: She opened it with a kitchen knife, slowly, along the top.
# untranslated: ch7_petals_7

# ch07_standing.vn:412 · republic.petals · narration
# source-hash: 00f42f96
# source: Dear Handler One (the new one). Hello! It's Kaie. Kirschblüte. I'm the one who talks.
# untranslated: ch7_petals_8

# ch07_standing.vn:413 · republic.petals · narration
# source-hash: 44435474
# source: I found a cherry tree. It is behind the hangar by the fuel drums. Theo says it is a weed but Theo also says my soup is soup, so he is no judge of anything. It is very small, it comes up to about my ankle. But it is pink and it has five petals and I have desided, so it is a cherry tree.
# untranslated: ch7_petals_9

# ch07_standing.vn:414 · republic.petals · narration
# source-hash: f93d0085
# source: I pressed some for you in the cook book, in the spring part, on the cherry page for luck. Nobody uses that book for cooking. Least of all me. You dont have wild flowers in there I think, only ones in pots that somebody waters. Nobody waters these. They just do it anyway.
# untranslated: ch7_petals_10

# ch07_standing.vn:415 · republic.petals · narration
# source-hash: 1ffe8e8d
# source: Theo has you down for one day in the book and Raiden for one week. I'm the bank so I'm not allowed to bet, but I'm hoping everybody loses, so dont let me down. If your still there when the real ones come out I'll send you those too. A whole branch, if the censor lets me.
# untranslated: ch7_petals_11

# ch07_standing.vn:416 · republic.petals · narration
# source-hash: e70133ec
# source: Your friend (if thats allowed), Kaie Taniya. P.S. Dont tell Kurena. Hers are coming later, when they're real ones.
# untranslated: ch7_petals_12

# ch07_standing.vn:417 · republic.petals · narration
# source-hash: 90a8f52e
# source: The flowers were folded inside a square of greaseproof paper: four of them, five petals each, none bigger than her smallest fingernail, and a few loose petals that had come away on the journey. They had been pink. Now they were the colour of something pink seen through water, and thin enough to read through.
# untranslated: ch7_petals_13

# ch07_standing.vn:418 · republic.petals · narration
# source-hash: e88afc89
# source: Across one of them, faint and backwards, the cookbook had left part of a word. She held it up to the mirror in the hall. CHERR.
# untranslated: ch7_petals_14

# ch07_standing.vn:419 · republic.petals · narration
# source-hash: 93639ba0
# source: She laughed. It came out of her before she could stop it, and then the other thing came, and she sat down on the kitchen floor with her back against the cupboard, where she had sat once before, and let it.
# untranslated: ch7_petals_15

# ch07_standing.vn:420 · republic.petals · narration
# source-hash: c7c2ec25
# source: Later, when she could, she opened the notebook to the page of names and laid the flowers beside Kaie's, one at a time, with the tip of the knife, and the loose petals after them.
# untranslated: ch7_petals_16

# ch07_standing.vn:422 · republic.petals · narration
# source-hash: df48b509
# source: She closed the notebook on them and put the heaviest thing in the flat on top of it. That was Uncle Jérôme's ledger, now. It seemed right that four thousand names should be what held them flat.
# untranslated: ch7_petals_17

# ch07_standing.vn:424 · republic.petals · narration
# source-hash: 273f4388
# source: She closed the notebook on them and put the heaviest thing in the flat on top of it, which was a dictionary she had not opened since school.
# untranslated: ch7_petals_18

# ch07_standing.vn:427 · republic.petals · narration
# source-hash: cd50278b
# source: The telephone rang at a quarter past. There was only one person who telephoned at a quarter past ten.
# untranslated: ch7_petals_2

# ch07_standing.vn:428 · republic.petals · narration
# source-hash: f05b572e
# source: Her mother had heard about the Board. Her mother had heard about it, it emerged, before the Board had, from the wife of a man who sat on it.
# untranslated: ch7_petals_19

# ch07_standing.vn:429 · republic.petals · narration
# source-hash: 0de4475f
# source: She was not angry. That was the frightening part. She was calm and practical and kind, and she had arranged everything.
# untranslated: ch7_petals_20

# ch07_standing.vn:430 · republic.petals · narration
# source-hash: eb10558d
# source: A post at the Ministry, on the civil side, in the office that drafted the Sunday communiqués: the office that wrote, among other sentences, the one about the war costing no human lives. Regular hours. A window. The Minister's private secretary was an old friend, and the transfer could be made quietly at the end of the month, as a promotion. Nobody need ever call it anything else. Lena need only sign.
# untranslated: ch7_petals_21

# ch07_standing.vn:431 · republic.petals · narration
# source-hash: f014beff
# source: And the young man at the Ministry of Finance, from the very good family, had asked after her again. There was a lunch on Sunday, at the lake. Nobody would mind in the least if she came.
# untranslated: ch7_petals_22

# ch07_standing.vn:432 · republic.petals · lena
# source-hash: 3d72d0af
# source: I'll think about it, Mother.
# untranslated: ch7_petals_23

# ch07_standing.vn:433 · republic.petals · narration
# source-hash: e6aff63d
# source: It was the first time in her life she had said that to her mother and meant it. She put the telephone down and stood in the hall, frightened of herself.
# untranslated: ch7_petals_24

# ch07_standing.vn:435 · republic.petals · narration
# source-hash: 2adb3c26
# source: Then she went back to the kitchen and opened the notebook at the page of names and sat with it, and did not think about the Ministry at all. That told her the answer. She was ashamed of how long it had taken to arrive.
# untranslated: ch7_petals_25

# ch07_standing.vn:436 · republic.petals · narration
# source-hash: 9911b77e
# source: Two hundred kilometres east, in a locker with a name on a strip of tape and a small flower drawn after it, an envelope addressed in round capitals to HANDLER ONE, THE NEW ONE lay where Kurena had put it back.
# untranslated: ch7_petals_26

# ch07_standing.vn:438 · republic.petals · narration
# source-hash: 5b2d99f8
# source: Before she closed the notebook she wrote one more name under Shin's: Shourei Nouzen. And beside it, because the page had room: Corporal. He carried me out. He said nearly there.
# untranslated: ch7_petals_27

# ch07_standing.vn:440 · republic.petals · narration
# source-hash: 2fe7d895
# source: Before she closed the notebook she wrote one more name under Shin's: Shourei Nouzen. And beside it, because the page had room: Corporal. He carried me out. I don't remember his face.
# untranslated: ch7_petals_28

# ch07_standing.vn:442 · republic.petals · narration
# source-hash: 03e506c9
# source: In the drawer of the kitchen table, under the tea towels, lay the carbon of a requisition with Uncle Jérôme's signature at the foot. She checked every night that it was still there. It was foolish, and she knew it was foolish, and she checked.
# untranslated: ch7_petals_29

# ch07_standing.vn:444 · republic.petals · narration
# source-hash: 395ecfe4
# source: The Board's letter had come on the fifteenth day. Handler One would continue in post, pending review. She had read it on the stairs and understood that the only word in it that mattered was pending.
# untranslated: ch7_petals_3

# ch07_standing.vn:445 · republic.petals · narration
# source-hash: 801da844
# source: Her office had been moved to the basement, next to the records. The clerk brought her tea in the mornings now, in a cup with a chip that he always turned away from her. Upstairs, officers who had dined at her mother's table found the noticeboards suddenly absorbing when she passed. Her pass to the research wing had been suspended, so she met Annette at the café instead, at odd hours, like conspirators.
# untranslated: ch7_petals_30

# ch07_standing.vn:446 · republic.petals · narration
# source-hash: 26181617
# source: She had begun to count things. The days on a hangar door she had never seen. The breaths on the link. The people at headquarters who still said good morning. The last number was going down faster than the first.
# untranslated: ch7_petals_31

# ch07_standing.vn:447 · republic.petals · narration
# source-hash: b8e41461
# source: If the Legion came to the walls, and Shin said something was coming, nobody would hand a Handler pending review anything to hold. She knew that. She pressed her uniform anyway, every night, and hung it where she could see it from the bed.
# untranslated: ch7_petals_32

# ch07_standing.vn:449 · republic.petals · narration
# source-hash: 55d70899
# source: The Board's letter had come on the fifteenth day. It thanked her for her cooperation. People said good morning to her in the corridors again. Her mother's friends telephoned. Someone had mended the radiator in her office without being asked.
# untranslated: ch7_petals_33

# ch07_standing.vn:450 · republic.petals · narration
# source-hash: e05800d5
# source: She kept the letter in a drawer she did not open, and in the evenings, when the window went dark and showed her to herself, she found she looked away first.
# untranslated: ch7_petals_34

# ch07_standing.vn:451 · republic.petals · narration
# source-hash: 7dd73815
# source: She turned off the kitchen light, touched the band at her throat once, out of habit, to feel that it was there, and went to bed. Twelve days, by morning.
# untranslated: ch7_petals_35

## Scene republic.range

# ch08_last_week.vn:15 · scene `republic.range` title
# source-hash: 5aa0e160
# source: Eighty Kilometres
# untranslated: scene-republic-range

# ch08_last_week.vn:21 · republic.range · narration
# source-hash: 6edb2a54
# source: Seven days left. At night the research wing kept one corridor lit, and at the end of it Annette's laboratory, where the window she had fought for showed nothing but the bench reflected back, and two women leaning over it.
# untranslated: ch8_range_1

# ch08_last_week.vn:22 · republic.range · narration
# source-hash: 760b3299
# source: On the bench lay the Republic's own map of the eastern front, clean and green. Annette had drawn a circle on it in pencil. The centre of the circle was the first ward. Its edge was eighty kilometres past the wall, and past the edge she had written nothing at all.
# untranslated: ch8_range_7

# ch08_last_week.vn:23 · republic.range · annette
# source-hash: b28b0a53
# source: That's how far it reaches. Eighty. Eighty-three on a dry night, if the wind behaves. Past that the crystal can't find them, and it isn't allowed to try harder.
# untranslated: ch8_range_8

# ch08_last_week.vn:24 · republic.range · lena
# source-hash: d76b9360
# source: Who doesn't allow it?
# untranslated: ch8_range_9

# ch08_last_week.vn:25 · republic.range · narration
# source-hash: d897ef08
# source: Annette opened a drawer and took out something no bigger than a matchbox, grey, with a wire at each end. It looked like nothing. Most of the important things in the laboratory looked like nothing.
# untranslated: ch8_range_10

# ch08_last_week.vn:26 · republic.range · annette
# source-hash: fd70320a
# source: This. A spare. There's one in every Handler's set, and one in mine. The limiter.
# untranslated: ch8_range_11

# ch08_last_week.vn:27 · republic.range · annette
# source-hash: 0c3fa4bc
# source: When the signal thins out, the link tries to make up the difference by reaching further into the Handler. This says no. It says no about forty times a second.
# untranslated: ch8_range_12

# ch08_last_week.vn:28 · republic.range · annette
# source-hash: 1d7e626a
# source: The General Staff wanted it so that nobody inside would hear anything past the line they'd have to write down. I built it so that nobody inside would get hurt. It does both. It's the only thing they ever asked me for that I was glad to make.
# untranslated: ch8_range_13

# ch08_last_week.vn:29 · republic.range · annette (worried)
# source-hash: 1a6c0db2
# source: Take it out, and the link goes with them as far as they go. Fainter every kilometre. It takes more of the Handler to hold it, and there's nothing left in the set to say when it's taken enough.
# untranslated: ch8_range_14

# ch08_last_week.vn:30 · republic.range · lena
# source-hash: 5262f7f2
# source: And the regulations?
# untranslated: ch8_range_15

# ch08_last_week.vn:31 · republic.range · annette
# source-hash: d802d661
# source: Say that no Handler is to be harmed by her equipment. It's my favourite regulation. I drafted it.
# untranslated: ch8_range_16

# ch08_last_week.vn:33 · republic.range · annette (sad)
# source-hash: 95c0be82
# source: I've started, you know. The night you asked. There are six screws in the housing. I take one out when I can't sleep, and I put it back in the morning in case anybody looks. So strictly speaking I've taken the first screw out nineteen times.
# untranslated: ch8_range_2

# ch08_last_week.vn:34 · republic.range · narration
# source-hash: 3f56f6d3
# source: Around the pencil circle there was the ghost of a second, larger one, drawn and rubbed out and drawn again.
# untranslated: ch8_range_17

# ch08_last_week.vn:35 · republic.range · annette
# source-hash: 2093bc0f
# source: They asked about this room at your hearing. The power logs. I've been slightly less brave about the screws since.
# untranslated: ch8_range_18

# ch08_last_week.vn:37 · republic.range · narration
# source-hash: 778157ef
# source: Lena did not ask. Not yet. It was not the kind of thing a major could order a lieutenant to do, and barely the kind a friend could ask. A friend could ask it once.
# untranslated: ch8_range_19

# ch08_last_week.vn:38 · republic.range · annette (worried)
# source-hash: de69e7b9
# source: You're going to ask. I can see you deciding how. I'd like it on the record that I can see you deciding.
# untranslated: ch8_range_20

# ch08_last_week.vn:40 · republic.range · lena
# source-hash: 676b75e0
# source: And the other thing, Annette.
# untranslated: ch8_range_21

# ch08_last_week.vn:41 · republic.range · narration
# source-hash: b77aac0a
# source: Annette put the limiter down on the bench very carefully, as if it might go off.
# untranslated: ch8_range_22

# ch08_last_week.vn:42 · republic.range · annette (sad)
# source-hash: 378c2583
# source: I know. I've opened the channel four times this week. Once I got as far as breathing into it. Then I shut it. He probably thinks it's a fault. It is a fault. It's mine.
# untranslated: ch8_range_23

# ch08_last_week.vn:43 · republic.range · annette
# source-hash: a7947bdc
# source: I can do one thing this week, Lena, not two. The limiter is seven nights at the bench. The other thing is five minutes I've been not doing for nine years.
# untranslated: ch8_range_24

# ch08_last_week.vn:44 · republic.range · choice
# source-hash: 651545bd
# source: The limiter sits on the bench between them, saying no forty times a second.
# untranslated: ch8_range_q1

# ch08_last_week.vn:45 · republic.range · option
# source-hash: eb97bdc2
# source: "Take it out."
# untranslated: ch8_range_o1

# ch08_last_week.vn:50 · republic.range · annette
# source-hash: 11faefc8
# source: All right. Then tonight I don't put it back. That was always the hard part. Not the screws. The putting back.
# untranslated: ch8_range_3

# ch08_last_week.vn:51 · republic.range · narration
# source-hash: 9f8f9fa0
# source: She took a screwdriver out of her coat pocket, where it had evidently been living for some weeks.
# untranslated: ch8_range_25

# ch08_last_week.vn:53 · republic.range · annette
# source-hash: 3b85f6e1
# source: I'd say no to anyone else. I'd say no to the Director and enjoy it. I'd say no to my own father and enjoy that more. It's you asking. I want you to know that's the only reason.
# untranslated: ch8_range_4

# ch08_last_week.vn:54 · republic.range · narration
# source-hash: 74ed24b6
# source: She fetched a screwdriver from the rack and looked at it for a while, as if it had asked her something.
# untranslated: ch8_range_26

# ch08_last_week.vn:55 · republic.range · annette (worried)
# source-hash: 5d00c3bf
# source: It'll be out before they go. And Lena: once it's out, the link won't tell you when to stop. I will. If I say stop...
# untranslated: ch8_range_27

# ch08_last_week.vn:56 · republic.range · lena
# source-hash: 8b246159
# source: I stop.
# untranslated: ch8_range_28

# ch08_last_week.vn:57 · republic.range · narration
# source-hash: 38ed65ae
# source: The work would show in the power logs by the end of the week, and the logs went upstairs. Neither of them mentioned it. It was the kind of thing that went without saying and then arrived anyway, in an envelope.
# untranslated: ch8_range_29

# ch08_last_week.vn:59 · republic.range · lena
# source-hash: da6acd79
# source: And Shin?
# untranslated: ch8_range_30

# ch08_last_week.vn:60 · republic.range · annette
# source-hash: b4f808c6
# source: After. If there's time.
# untranslated: ch8_range_31

# ch08_last_week.vn:61 · republic.range · narration
# source-hash: bada1661
# source: There would not be time. They both knew it. Neither of them said so, and the screwdriver went on turning.
# untranslated: ch8_range_32

# ch08_last_week.vn:62 · republic.range · option
# source-hash: 6955f3a7
# source: "Not if it puts you at risk."
# untranslated: ch8_range_o2

# ch08_last_week.vn:64 · republic.range · annette
# source-hash: c084b3cd
# source: It isn't me it puts at risk. It's you. I'd only lose a laboratory.
# untranslated: ch8_range_5

# ch08_last_week.vn:65 · republic.range · lena
# source-hash: b8be2cd1
# source: You'd lose your name. They'd take it off the crystal and put it on a charge sheet. You'd be the woman who broke the Para-RAID, and they'd never let you build anything again. I won't have it, Annette.
# untranslated: ch8_range_33

# ch08_last_week.vn:67 · republic.range · narration
# source-hash: 2b3930f7
# source: Annette looked at the open housing for a long moment. Then she put the screw back in, for the twentieth time, and this time she did not take it out again.
# untranslated: ch8_range_34

# ch08_last_week.vn:68 · republic.range · annette (sad)
# source-hash: 74466411
# source: Thank you. I hate that I'm relieved. I want you to know that I hate it.
# untranslated: ch8_range_35

# ch08_last_week.vn:69 · republic.range · annette
# source-hash: a4e01324
# source: They'll go out of range on the first day. About noon, at a walking pace. I've done the sum. I've done it several times, in case it came out differently.
# untranslated: ch8_range_36

# ch08_last_week.vn:70 · republic.range · lena
# source-hash: cc50dff9
# source: Then I'll have them until noon.
# untranslated: ch8_range_37

# ch08_last_week.vn:71 · republic.range · option
# source-hash: da9746c5
# source: "First, talk to him."
# untranslated: ch8_range_o3

# ch08_last_week.vn:74 · republic.range · annette
# source-hash: 7e06e0ad
# source: Then there's no time for the limiter. You know that. It's seven nights at the bench, and I have seven, and I'd have spent every one of them at the bench so that I didn't have to go near the link.
# untranslated: ch8_range_6

# ch08_last_week.vn:75 · republic.range · lena
# source-hash: 4583a65e
# source: I know. That's why.
# untranslated: ch8_range_38

# ch08_last_week.vn:76 · republic.range · annette (angry)
# source-hash: b2cb3c85
# source: That's a horrible thing to understand about a person.
# untranslated: ch8_range_39

# ch08_last_week.vn:77 · republic.range · lena
# source-hash: 417ee202
# source: I've had a lot of practice at you.
# untranslated: ch8_range_40

# ch08_last_week.vn:78 · republic.range · narration
# source-hash: f97117d1
# source: Annette looked at the spare limiter for a long time. Then she put it back in its drawer and shut the drawer, and the circle on the map stayed the size it was.
# untranslated: ch8_range_41

# ch08_last_week.vn:79 · republic.range · annette (sad)
# source-hash: 9703c18e
# source: The night before the last night. Give me until then to be a coward in. I'll be very thorough about it, and get it out of my system. Then open the link.
# untranslated: ch8_range_42

# ch08_last_week.vn:80 · republic.range · lena
# source-hash: 7d3b0030
# source: The night before the last night.
# untranslated: ch8_range_43

# ch08_last_week.vn:81 · republic.range · narration
# source-hash: f9b8c088
# source: When Lena went home, the laboratory light was still on. It stayed on every night that week, for one reason or another.
# untranslated: ch8_range_44

## Scene front.last_week

# ch08_last_week.vn:86 · scene `front.last_week` title
# source-hash: 7077a6a9
# source: The Last Week
# untranslated: scene-front-last_week

# ch08_last_week.vn:89 · front.last_week · narration
# source-hash: e003b243
# source: In the last week the hangar stopped being a hangar and became a place that people were leaving.
# untranslated: ch8_week_1

# ch08_last_week.vn:90 · front.last_week · narration
# source-hash: f1c83f41
# source: Nobody said so. The lockers along the back wall stood open, one after another, and things came out of them and were looked at and put on one of two piles, and nobody asked anybody what the piles meant.
# untranslated: ch8_week_5

# ch08_last_week.vn:92 · front.last_week · narration
# source-hash: 6351379b
# source: Every morning before breakfast Theo crossed out one more stroke on the hangar door. He had done it since the count began, without missing a day, and nobody else was allowed near it. This morning there were six left. He had taken some trouble over the line through the seventh.
# untranslated: ch8_week_6

# ch08_last_week.vn:93 · front.last_week · narration
# source-hash: 01fc7d62
# source: Under the strokes, since there had been fewer than ten of them, he had started writing other things, in capitals large enough to read from the far end of the runway.
# untranslated: ch8_week_7

# ch08_last_week.vn:94 · front.last_week · narration
# source-hash: 0330517a
# source: ROOF LEAKS OVER BAY SIX. STOVE RUNS HOT ON THE LEFT. WATER TOWER: THREE RUNGS MISSING, DO NOT TRUST THE FOURTH EITHER. SOUP: DO NOT.
# untranslated: ch8_week_8

# ch08_last_week.vn:95 · front.last_week · pim
# source-hash: 789e678d
# source: Who's it for?
# untranslated: ch8_week_9

# ch08_last_week.vn:96 · front.last_week · narration
# source-hash: e2db5b05
# source: Pim was sitting on an ammunition crate with his knees up near his ears, which was how Pim sat on everything.
# untranslated: ch8_week_10

# ch08_last_week.vn:97 · front.last_week · theo
# source-hash: 3778c56a
# source: The next lot. There's always a next lot.
# untranslated: ch8_week_11

# ch08_last_week.vn:98 · front.last_week · pim
# source-hash: a75b43d4
# source: They won't read it.
# untranslated: ch8_week_12

# ch08_last_week.vn:99 · front.last_week · theo (smile)
# source-hash: 294803b7
# source: Everybody reads a door with writing on it. That's the whole principle of doors.
# untranslated: ch8_week_13

# ch08_last_week.vn:100 · front.last_week · narration
# source-hash: 12160003
# source: He stood back, looked at it, and added a line underneath, smaller: THE GRAVES BEHIND THE HANGAR ARE OURS.
# untranslated: ch8_week_14

# ch08_last_week.vn:101 · front.last_week · narration
# source-hash: 13ceeade
# source: Then he stayed there with his hand still raised, as though the sentence had not finished, and did not finish it.
# untranslated: ch8_week_15

# ch08_last_week.vn:103 · front.last_week · kurena
# source-hash: a3138ed6
# source: And who's going to look after them?
# untranslated: ch8_week_16

# ch08_last_week.vn:104 · front.last_week · theo
# source-hash: 74b6bff6
# source: The next lot.
# untranslated: ch8_week_17

# ch08_last_week.vn:105 · front.last_week · kurena
# source-hash: 0270d6ed
# source: The next lot won't know who they are. They'll see a lot of scrap stuck in the ground. They'll pull it up and patch the roof over bay six with it.
# untranslated: ch8_week_18

# ch08_last_week.vn:106 · front.last_week · raiden
# source-hash: 100cf2ab
# source: Nobody's patched the roof over bay six in three years.
# untranslated: ch8_week_19

# ch08_last_week.vn:107 · front.last_week · kurena (angry)
# source-hash: 57d5cae4
# source: That isn't the point, and you know it isn't the point.
# untranslated: ch8_week_20

# ch08_last_week.vn:108 · front.last_week · narration
# source-hash: 47b76607
# source: It was not. Nobody said what the point was. Kaie's plate was the newest behind the hangar. It had been the newest since the river, which for Spearhead was a long time, and Kurena went out every evening and straightened it whether it needed straightening or not.
# untranslated: ch8_week_21

# ch08_last_week.vn:110 · front.last_week · anju
# source-hash: 4f54e2ee
# source: We could leave them the names. Written down. So they know what it is they're looking after.
# untranslated: ch8_week_22

# ch08_last_week.vn:111 · front.last_week · tobiah
# source-hash: 83ff9e72
# source: I'll do it.
# untranslated: ch8_week_23

# ch08_last_week.vn:112 · front.last_week · narration
# source-hash: 09659aa1
# source: Tobiah said it from the workbench without looking up. He had the neatest hand on the ward and a biscuit box of letters to people with no address, and he wrote in it most nights, and nobody asked him to read them out.
# untranslated: ch8_week_24

# ch08_last_week.vn:113 · front.last_week · tobiah
# source-hash: eb4e8ba0
# source: I'm good at writing to people who aren't there yet. I've had the practice.
# untranslated: ch8_week_25

# ch08_last_week.vn:114 · front.last_week · narration
# source-hash: 371de95f
# source: Yuna laughed, with her shoulders only. Kurena looked as if she might say something sharp, and then did not.
# untranslated: ch8_week_26

# ch08_last_week.vn:115 · front.last_week · kurena (sad)
# source-hash: b209f949
# source: It's not the same.
# untranslated: ch8_week_27

# ch08_last_week.vn:116 · front.last_week · anju
# source-hash: b5209a36
# source: No. It isn't.
# untranslated: ch8_week_28

# ch08_last_week.vn:117 · front.last_week · narration
# source-hash: 25de40f6
# source: Theo wrote one more word on the door, under the last line, and this time he did finish: PLEASE.
# untranslated: ch8_week_29

# ch08_last_week.vn:121 · front.last_week · narration
# source-hash: 621e6c3d
# source: The seven worked as they always worked, a little apart, and together.
# untranslated: ch8_week_30

# ch08_last_week.vn:122 · front.last_week · narration
# source-hash: a091b234
# source: Ezra had the left rear leg off Raiden's Juggernaut and his ear against the actuator casing. Noor was greasing gun mounts and singing under her breath, in her mother's language, the song with no end. Mattie counted ration tins into crates out loud, low, so that the numbers came out sounding like a hymn. Sasha sat in the middle of her bright things, deciding which of them could go east. Most of them could not. She was taking a long time about it.
# untranslated: ch8_week_31

# ch08_last_week.vn:123 · front.last_week · ezra
# source-hash: a7740164
# source: It's singing.
# untranslated: ch8_week_32

# ch08_last_week.vn:125 · front.last_week · raiden
# source-hash: 03466e5f
# source: It's been singing since the winter.
# untranslated: ch8_week_33

# ch08_last_week.vn:126 · front.last_week · ezra
# source-hash: ff396f1c
# source: It's singing a different note.
# untranslated: ch8_week_34

# ch08_last_week.vn:127 · front.last_week · narration
# source-hash: 0021182f
# source: Raiden listened. After a moment he put his spanner down, which from Raiden was agreement.
# untranslated: ch8_week_35

# ch08_last_week.vn:129 · front.last_week · narration
# source-hash: 9a193baa
# source: Shin was going over the legs of his own Juggernaut, one joint at a time. Every so often he stopped with his hand flat on the metal and looked east through the open door, and then went on.
# untranslated: ch8_week_36

# ch08_last_week.vn:130 · front.last_week · raiden
# source-hash: 98011261
# source: Louder?
# untranslated: ch8_week_37

# ch08_last_week.vn:131 · front.last_week · shin
# source-hash: 2ab4135e
# source: Closer.
# untranslated: ch8_week_38

# ch08_last_week.vn:132 · front.last_week · narration
# source-hash: a90f79a5
# source: Raiden picked the spanner up again.
# untranslated: ch8_week_39

# ch08_last_week.vn:134 · front.last_week · narration
# source-hash: 860e330e
# source: She called at noon now, as well as at nine. Nobody on the ward had mentioned it. Nobody would have dreamed of mentioning it.
# untranslated: ch8_week_40

# ch08_last_week.vn:135 · front.last_week · lena
# source-hash: ccc557ae
# source: Spearhead, this is Lena. I have the supply schedule in front of me. There's one more transport to the first ward before the thirty-first. I want to know what to put on it.
# untranslated: ch8_week_41

# ch08_last_week.vn:136 · front.last_week · raiden
# source-hash: 7281962a
# source: The order says resupply, none.
# untranslated: ch8_week_42

# ch08_last_week.vn:137 · front.last_week · lena
# source-hash: 5dad147a
# source: The order says none after you leave. It says nothing at all about before. I've read it a great many times.
# untranslated: ch8_week_43

# ch08_last_week.vn:138 · front.last_week · shin
# source-hash: 55d03b55
# source: What can you send?
# untranslated: ch8_week_44

# ch08_last_week.vn:139 · front.last_week · lena
# source-hash: 58f19493
# source: That depends on what I'm prepared to sign. Tell me what you need. All of it. Not what you think I can get.
# untranslated: ch8_week_45

# ch08_last_week.vn:140 · front.last_week · raiden
# source-hash: ea0de3cf
# source: Rations. Ammunition. Fuel cells for twelve units, and spares, because there won't be a hangar. Filters. Antibiotics that aren't older than Pim. Boots. Pim's are held together with wire.
# untranslated: ch8_week_46

# ch08_last_week.vn:141 · front.last_week · pim
# source-hash: 8d70747c
# source: They're fine.
# untranslated: ch8_week_47

# ch08_last_week.vn:142 · front.last_week · raiden
# source-hash: 7ef3cc5a
# source: They're wire.
# untranslated: ch8_week_48

# ch08_last_week.vn:144 · front.last_week · ezra
# source-hash: e8189796
# source: And a valve for the long-range set. A nine-series. Nobody's made one since before the walls. There'll be one in a drawer in there somewhere, in a box, with a label nobody's read.
# untranslated: ch8_week_49

# ch08_last_week.vn:145 · front.last_week · lena
# source-hash: 7d7d01e9
# source: Ezra?
# untranslated: ch8_week_50

# ch08_last_week.vn:146 · front.last_week · ezra
# source-hash: a2306173
# source: Tinker. You know who it is.
# untranslated: ch8_week_51

# ch08_last_week.vn:147 · front.last_week · lena
# source-hash: 93e018fa
# source: I'll find your valve, Ezra.
# untranslated: ch8_week_52

# ch08_last_week.vn:148 · front.last_week · narration
# source-hash: 11405953
# source: Ezra went back to the actuator. At the bench, Sasha had stopped sorting, and was looking at the band on Ezra's neck as if it had done something unexpected, and not entirely unforgivable.
# untranslated: ch8_week_53

# ch08_last_week.vn:150 · front.last_week · narration
# source-hash: 6ccc594b
# source: Behind Raiden's list there was a pause, and a scrap of paper came sliding along the bench. Ezra never spoke on the link. He wrote.
# untranslated: ch8_week_54

# ch08_last_week.vn:151 · front.last_week · raiden
# source-hash: 18d89ddd
# source: And a valve for the long-range set. Nine-series. Ezra says nobody's made one since before the walls, and there'll be one in a drawer in there somewhere, in a box with a label nobody's read.
# untranslated: ch8_week_55

# ch08_last_week.vn:152 · front.last_week · lena
# source-hash: ba9c4e89
# source: Tell Ezra I'll look for his valve.
# untranslated: ch8_week_56

# ch08_last_week.vn:153 · front.last_week · narration
# source-hash: 1195dafa
# source: Raiden told him. Ezra nodded at the scrap of paper, and did not look at the link, and went back to the actuator.
# untranslated: ch8_week_57

# ch08_last_week.vn:154 · front.last_week · choice
# source-hash: 849b23e0
# source: One more transport east before the thirty-first. What does she put on it?
# untranslated: ch8_week_q1

# ch08_last_week.vn:155 · front.last_week · option
# source-hash: f41d4dcb
# source: Falsify a manifest and send everything the ward can hold.
# untranslated: ch8_week_o1

# ch08_last_week.vn:159 · front.last_week · narration
# source-hash: 09e75881
# source: She took the first ward's quarterly requisition, the one Logistics stamped every three months without reading, and did not change a word of it. She changed the numbers. Then she wrote ROUTINE STORES, ONE CONTAINER across the top of the manifest, and signed it, and sent three.
# untranslated: ch8_week_2

# ch08_last_week.vn:160 · front.last_week · lena
# source-hash: e80675ac
# source: It's done. Don't ask me how. If anyone ever asks you, you received routine stores.
# untranslated: ch8_week_58

# ch08_last_week.vn:162 · front.last_week · raiden
# source-hash: ce0b1759
# source: Lena, what did you...
# untranslated: ch8_week_59

# ch08_last_week.vn:164 · front.last_week · raiden
# source-hash: c7f43bf5
# source: Handler One, what did you...
# untranslated: ch8_week_86

# ch08_last_week.vn:165 · front.last_week · lena
# source-hash: 180ba906
# source: Routine stores, Raiden.
# untranslated: ch8_week_60

# ch08_last_week.vn:166 · front.last_week · narration
# source-hash: af0f2061
# source: The transport came at two in the morning four nights later, driverless, as always, and left its containers in the field like parcels on a doorstep. There were three. Raiden walked round them twice with a torch before he opened one.
# untranslated: ch8_week_61

# ch08_last_week.vn:167 · front.last_week · narration
# source-hash: 08287c3e
# source: Rations for a month. Ammunition for more fights than anyone wanted to count. Fuel cells, spares, filters still in their wrapping, antibiotics with next year's date on them. Boots in several sizes, one pair long enough for Pim. And in the last crate, packed round a small box with a label nobody had read, to stop it rattling: sugar.
# untranslated: ch8_week_62

# ch08_last_week.vn:168 · front.last_week · narration
# source-hash: 94e6ab80
# source: Anju held a handful of it in the torchlight and began to laugh, and then stopped laughing, and went on holding it.
# untranslated: ch8_week_63

# ch08_last_week.vn:169 · front.last_week · theo
# source-hash: f315e277
# source: What did this cost her?
# untranslated: ch8_week_64

# ch08_last_week.vn:170 · front.last_week · raiden
# source-hash: 1f82a5b9
# source: Whatever she had left, probably. Don't tell her I said so.
# untranslated: ch8_week_65

# ch08_last_week.vn:171 · front.last_week · option
# source-hash: 15821801
# source: Send what Karlstahl signed for.
# untranslated: ch8_week_o2

# ch08_last_week.vn:173 · front.last_week · narration
# source-hash: 1ba96a29
# source: She read them the supply order as it stood, in a general's hand, every word of it legal. Karlstahl had signed it at his desk with his own pen and had not said anything while he did.
# untranslated: ch8_week_3

# ch08_last_week.vn:174 · front.last_week · lena
# source-hash: 0f0a0622
# source: It isn't everything. It's what I can send without lying. I wanted you to have one thing from in here that nobody can take back.
# untranslated: ch8_week_66

# ch08_last_week.vn:175 · front.last_week · narration
# source-hash: 5bb3e7d1
# source: The transport came four nights later: one container, sealed, AUTHORISED across the manifest in a general's ink. Filters. Antibiotics in date. Ammunition for the march. Boots, one pair long enough for Pim. The valve, in its box. Rations for fourteen days.
# untranslated: ch8_week_67

# ch08_last_week.vn:176 · front.last_week · raiden
# source-hash: d111882e
# source: Fourteen days.
# untranslated: ch8_week_68

# ch08_last_week.vn:177 · front.last_week · theo
# source-hash: ca8a189d
# source: An optimist, her general.
# untranslated: ch8_week_69

# ch08_last_week.vn:178 · front.last_week · kurena
# source-hash: a73a0c21
# source: It's fourteen more than anybody ever sent.
# untranslated: ch8_week_70

# ch08_last_week.vn:179 · front.last_week · narration
# source-hash: fc7b003a
# source: Raiden stacked the ration tins on the hangar floor in fourteen neat rows of twelve, so that everyone could see how long fourteen days was. After a while he took the rows apart again.
# untranslated: ch8_week_71

# ch08_last_week.vn:180 · front.last_week · option
# source-hash: 9e48b72b
# source: Send maps instead: everything the archives know of the east.
# untranslated: ch8_week_o3

# ch08_last_week.vn:183 · front.last_week · lena
# source-hash: 5e3dc9dd
# source: I can't send you enough food to get anywhere. Nobody could. But I can send you where you're going.
# untranslated: ch8_week_4

# ch08_last_week.vn:184 · front.last_week · narration
# source-hash: 20dcee22
# source: The archives had the east as it had been before the war, in survey sheets nobody had unfolded in nine years: the rail lines, the rivers, the towns and their wells, the depots the Republic had left behind when it pulled in behind its walls.
# untranslated: ch8_week_72

# ch08_last_week.vn:186 · front.last_week · lena
# source-hash: a26e0ceb
# source: And the ledger has dates. Every squadron sent east on an order like yours, for nine years. I've matched them against the last positions in the archives. I can tell you which roads they took. And where each of them stopped reporting.
# untranslated: ch8_week_73

# ch08_last_week.vn:187 · front.last_week · shin
# source-hash: 676ee0ce
# source: Where they stopped.
# untranslated: ch8_week_74

# ch08_last_week.vn:188 · front.last_week · lena
# source-hash: 3374c5e0
# source: Yes.
# untranslated: ch8_week_75

# ch08_last_week.vn:189 · front.last_week · shin
# source-hash: 59ccc3ce
# source: That's useful. Thank you.
# untranslated: ch8_week_76

# ch08_last_week.vn:190 · front.last_week · narration
# source-hash: eec6b796
# source: It was a terrible thing to be thanked for. She had known it would be, and she had done it anyway.
# untranslated: ch8_week_77

# ch08_last_week.vn:192 · front.last_week · lena
# source-hash: 4fb06ab7
# source: The clerk found them for me. He said nobody had asked since before the walls, and then he went and found the good ones, and made me promise to send them back, and we both pretended I would.
# untranslated: ch8_week_78

# ch08_last_week.vn:193 · front.last_week · narration
# source-hash: 66b33482
# source: She read them over the link every night that week, at nine, sheet by sheet. Tobiah copied them down on the backs of his letters, because there was no other paper, and the sheets themselves were promised to the last transport, rolled in a tube.
# untranslated: ch8_week_79

# ch08_last_week.vn:194 · front.last_week · narration
# source-hash: 05c66f34
# source: Names came down the link from a country that no longer used them. Villages. A junction. A mill on a river that might still be a river. Shin listened to all of it, and asked for the contour lines twice.
# untranslated: ch8_week_80

# ch08_last_week.vn:195 · front.last_week · kurena
# source-hash: 778ae505
# source: Is there anything about trees?
# untranslated: ch8_week_81

# ch08_last_week.vn:196 · front.last_week · lena
# source-hash: d5f456d6
# source: There's an orchard. Forty kilometres past the river, on a south slope. The legend doesn't say what kind.
# untranslated: ch8_week_82

# ch08_last_week.vn:197 · front.last_week · kurena
# source-hash: f742cdfe
# source: It's cherries.
# untranslated: ch8_week_83

# ch08_last_week.vn:198 · front.last_week · narration
# source-hash: 7e2471b3
# source: Nobody argued with her.
# untranslated: ch8_week_84

# ch08_last_week.vn:199 · front.last_week · narration
# source-hash: 3d2a1dcc
# source: By the time there were two strokes left on the hangar door, the lockers were empty, and both piles had gone wherever piles go, and nobody asked where.
# untranslated: ch8_week_85

# ch08_last_week.vn:201 · front.last_week · narration
# source-hash: cdbf1326
# source: Kaie's was the last. Kurena emptied it herself. The envelope with the round capitals on it went on neither pile: it went into the inside pocket of her jacket, and she buttoned the pocket, and did not say who it was for now.
# untranslated: ch8_week_99

## Scene republic.biscuit_tin_radio

# ch08_last_week.vn:206 · scene `republic.biscuit_tin_radio` title
# source-hash: 9dc0d924
# source: The Biscuit-Tin Radio
# untranslated: scene-republic-biscuit_tin_radio

# ch08_last_week.vn:211 · republic.biscuit_tin_radio · narration
# source-hash: 86b9b10a
# source: The night before the last night, at a quarter to nine, Lena came down to the laboratory, unclasped the silver band from her throat and laid it on the bench beside Annette's cold tea.
# untranslated: ch8_radio_1

# ch08_last_week.vn:212 · republic.biscuit_tin_radio · lena
# source-hash: 58fd72b6
# source: It's open. I've asked him to take it alone. He knows someone wants to speak to him. He doesn't know who.
# untranslated: ch8_radio_4

# ch08_last_week.vn:213 · republic.biscuit_tin_radio · annette
# source-hash: e9439325
# source: You didn't tell him.
# untranslated: ch8_radio_5

# ch08_last_week.vn:214 · republic.biscuit_tin_radio · lena
# source-hash: b3f948f4
# source: It isn't mine to tell. I'll be in the corridor.
# untranslated: ch8_radio_6

# ch08_last_week.vn:216 · republic.biscuit_tin_radio · narration
# source-hash: 3f19ac49
# source: The door closed. Annette sat alone with the first band she had ever made, before the Para-RAID had a name: the prototype, with a scratch on the inside where she had dropped it on the floor of her father's study at fifteen. She had never worn it to a squadron. She put it on now. It was cold, and then it was not.
# untranslated: ch8_radio_7

# ch08_last_week.vn:218 · republic.biscuit_tin_radio · narration
# source-hash: 8560a983
# source: Wind. The creak of metal cooling somewhere. Someone breathing, very close.
# untranslated: ch8_radio_8

# ch08_last_week.vn:219 · republic.biscuit_tin_radio · shin
# source-hash: 509705d0
# source: This is Nouzen.
# untranslated: ch8_radio_9

# ch08_last_week.vn:220 · republic.biscuit_tin_radio · narration
# source-hash: 356f1d87
# source: She had written it out. Three pages, in the small hand she kept for calculations. She had read them aloud to the pear tarts on the windowsill. She looked at the three pages now, and turned them face down.
# untranslated: ch8_radio_10

# ch08_last_week.vn:221 · republic.biscuit_tin_radio · annette
# source-hash: 42ca65b6
# source: Captain Nouzen. This is Lieutenant Penrose, from the research wing. I built the... I'm the one who built the thing at the back of your neck.
# untranslated: ch8_radio_11

# ch08_last_week.vn:222 · republic.biscuit_tin_radio · shin
# source-hash: 69f0d6bc
# source: I know who built it.
# untranslated: ch8_radio_12

# ch08_last_week.vn:223 · republic.biscuit_tin_radio · annette
# source-hash: 96c1e807
# source: Two doors down from your house there was a house with a gap in the hedge at the back. There was a girl in it, and she had a crystal she'd stolen from her father's desk, and she...
# untranslated: ch8_radio_13

# ch08_last_week.vn:224 · republic.biscuit_tin_radio · shin
# source-hash: e675f069
# source: Henrietta.
# untranslated: ch8_radio_14

# ch08_last_week.vn:225 · republic.biscuit_tin_radio · narration
# source-hash: 1137b502
# source: Annette stopped.
# untranslated: ch8_radio_15

# ch08_last_week.vn:226 · republic.biscuit_tin_radio · narration
# source-hash: 0f7e8a19
# source: Nobody had called her that in years. She had not expected him to have it. She had expected to have to give it to him, and watch him decide what it was worth.
# untranslated: ch8_radio_16

# ch08_last_week.vn:227 · republic.biscuit_tin_radio · annette
# source-hash: 09fb41c5
# source: ...Yes.
# untranslated: ch8_radio_17

# ch08_last_week.vn:228 · republic.biscuit_tin_radio · shin
# source-hash: 1627b8ea
# source: You had the crystal. I had the tin.
# untranslated: ch8_radio_18

# ch08_last_week.vn:229 · republic.biscuit_tin_radio · annette
# source-hash: 9f400e4c
# source: It had a blue windmill on the lid.
# untranslated: ch8_radio_19

# ch08_last_week.vn:230 · republic.biscuit_tin_radio · shin
# source-hash: c07023da
# source: It was my mother's. She wanted it back.
# untranslated: ch8_radio_20

# ch08_last_week.vn:231 · republic.biscuit_tin_radio · narration
# source-hash: 82c7a209
# source: Annette laughed. It came out wrong, and she let it.
# untranslated: ch8_radio_21

# ch08_last_week.vn:232 · republic.biscuit_tin_radio · annette
# source-hash: c9978386
# source: The first thing we heard was the weather for the southern provinces.
# untranslated: ch8_radio_22

# ch08_last_week.vn:233 · republic.biscuit_tin_radio · shin
# source-hash: 2fe7e19e
# source: The second night it was a man reading the price of wheat. You wanted to write to him.
# untranslated: ch8_radio_23

# ch08_last_week.vn:234 · republic.biscuit_tin_radio · annette
# source-hash: 825ac5c9
# source: I did not.
# untranslated: ch8_radio_24

# ch08_last_week.vn:235 · republic.biscuit_tin_radio · shin
# source-hash: 059cf4ca
# source: You wrote the letter. You didn't send it.
# untranslated: ch8_radio_25

# ch08_last_week.vn:237 · republic.biscuit_tin_radio · narration
# source-hash: 97cc40e4
# source: She put her hand over her mouth. She had forgotten. She had forgotten a whole letter, and he had carried it for nine years, across whatever he had been carried across since.
# untranslated: ch8_radio_26

# ch08_last_week.vn:238 · republic.biscuit_tin_radio · annette
# source-hash: 65334ffe
# source: You held the aerial.
# untranslated: ch8_radio_27

# ch08_last_week.vn:239 · republic.biscuit_tin_radio · shin
# source-hash: 0d2a77e9
# source: You said I was good at not breathing.
# untranslated: ch8_radio_28

# ch08_last_week.vn:240 · republic.biscuit_tin_radio · annette
# source-hash: 3f21cc0e
# source: You were. You still are. I can hear you doing it now.
# untranslated: ch8_radio_29

# ch08_last_week.vn:241 · republic.biscuit_tin_radio · narration
# source-hash: 63c26734
# source: The breathing on the link let go, and caught, and went on.
# untranslated: ch8_radio_30

# ch08_last_week.vn:242 · republic.biscuit_tin_radio · annette
# source-hash: 827cdc81
# source: Your brother said it would never work.
# untranslated: ch8_radio_31

# ch08_last_week.vn:243 · republic.biscuit_tin_radio · shin
# source-hash: f0555781
# source: He listened to it afterwards. When he thought I was asleep.
# untranslated: ch8_radio_32

# ch08_last_week.vn:244 · republic.biscuit_tin_radio · narration
# source-hash: fe173171
# source: She did not ask about his brother. She knew, from Lena, where he was going, and she knew that he would not want it asked about by her. She had not earned the right to the brother. She was not sure she had earned the tin.
# untranslated: ch8_radio_33

# ch08_last_week.vn:246 · republic.biscuit_tin_radio · annette
# source-hash: 70a6be45
# source: I have to tell you about the door.
# untranslated: ch8_radio_34

# ch08_last_week.vn:247 · republic.biscuit_tin_radio · annette
# source-hash: ef536c20
# source: You know what happened. You were on the other side of it. Lena says you've never heard why, so I'm going to tell you why, and then you can do what you like with it.
# untranslated: ch8_radio_35

# ch08_last_week.vn:248 · republic.biscuit_tin_radio · annette
# source-hash: 68c707fb
# source: My father was in the kitchen behind me, in the dark. He didn't say anything. I had my hand on the bolt. I was afraid of him, and I was afraid of the lorries, and I was ten, and I thought being afraid was a reason. So I took my hand off the bolt.
# untranslated: ch8_radio_36

# ch08_last_week.vn:249 · republic.biscuit_tin_radio · annette
# source-hash: 598de007
# source: That's the why. It isn't a good one. I've been looking for a better one for nine years and there isn't one.
# untranslated: ch8_radio_37

# ch08_last_week.vn:250 · republic.biscuit_tin_radio · annette
# source-hash: 532e7f32
# source: I'm sorry. I've said it to the ceiling, and to Lena, and to a great many pear tarts. I've never once said it to you.
# untranslated: ch8_radio_38

# ch08_last_week.vn:252 · republic.biscuit_tin_radio · shin
# source-hash: 673c78d6
# source: I remember.
# untranslated: ch8_radio_2

# ch08_last_week.vn:253 · republic.biscuit_tin_radio · narration
# source-hash: b13f0b59
# source: Nothing else, for a long moment. Wind on the link. Somewhere behind him a stove door, and someone laughing very quietly in another room.
# untranslated: ch8_radio_39

# ch08_last_week.vn:254 · republic.biscuit_tin_radio · shin
# source-hash: 975fa3d8
# source: Three, and one. I knocked it twice.
# untranslated: ch8_radio_40

# ch08_last_week.vn:255 · republic.biscuit_tin_radio · annette
# source-hash: c05094ab
# source: I know.
# untranslated: ch8_radio_41

# ch08_last_week.vn:256 · republic.biscuit_tin_radio · shin
# source-hash: 8a8b706e
# source: The kitchen was dark. I could see somebody standing behind you.
# untranslated: ch8_radio_42

# ch08_last_week.vn:257 · republic.biscuit_tin_radio · annette
# source-hash: 57729289
# source: My father.
# untranslated: ch8_radio_43

# ch08_last_week.vn:258 · republic.biscuit_tin_radio · shin
# source-hash: ba1b86bc
# source: I thought so.
# untranslated: ch8_radio_44

# ch08_last_week.vn:260 · republic.biscuit_tin_radio · shin
# source-hash: bd823682
# source: You were ten.
# untranslated: ch8_radio_45

# ch08_last_week.vn:261 · republic.biscuit_tin_radio · annette
# source-hash: 746b4a5d
# source: That isn't an answer.
# untranslated: ch8_radio_46

# ch08_last_week.vn:262 · republic.biscuit_tin_radio · shin
# source-hash: 906054b0
# source: It isn't meant to be. It's how old you were.
# untranslated: ch8_radio_47

# ch08_last_week.vn:263 · republic.biscuit_tin_radio · narration
# source-hash: 5e5c56e4
# source: It was not forgiveness. She had braced herself for nine years against not being forgiven, and she found she had nothing braced at all against this: someone who had stood on the other side of the door telling her one plain, true thing about it, and then not adding anything to make it easier.
# untranslated: ch8_radio_48

# ch08_last_week.vn:264 · republic.biscuit_tin_radio · annette
# source-hash: 6415ffa6
# source: Did you hate me?
# untranslated: ch8_radio_49

# ch08_last_week.vn:265 · republic.biscuit_tin_radio · shin
# source-hash: 74dbde74
# source: For a while.
# untranslated: ch8_radio_50

# ch08_last_week.vn:266 · republic.biscuit_tin_radio · shin
# source-hash: 75c95f6c
# source: Then there were other things. There wasn't room.
# untranslated: ch8_radio_51

# ch08_last_week.vn:267 · republic.biscuit_tin_radio · narration
# source-hash: b44167b4
# source: She had been ready to be hated. She had not been ready for this: to have been set down, long ago, somewhere along a road, because there had been heavier things to carry.
# untranslated: ch8_radio_52

# ch08_last_week.vn:268 · republic.biscuit_tin_radio · annette
# source-hash: 705728e0
# source: I think that might be worse.
# untranslated: ch8_radio_53

# ch08_last_week.vn:269 · republic.biscuit_tin_radio · shin
# source-hash: 8792c52b
# source: Maybe. It's what happened.
# untranslated: ch8_radio_54

# ch08_last_week.vn:271 · republic.biscuit_tin_radio · shin
# source-hash: edf91861
# source: I took the radio. It was in my coat. Nobody looked.
# untranslated: ch8_radio_55

# ch08_last_week.vn:272 · republic.biscuit_tin_radio · annette
# source-hash: 68506708
# source: You...
# untranslated: ch8_radio_56

# ch08_last_week.vn:273 · republic.biscuit_tin_radio · shin
# source-hash: f0627c2e
# source: I had it until the second camp. Someone needed the wire.
# untranslated: ch8_radio_57

# ch08_last_week.vn:274 · republic.biscuit_tin_radio · annette
# source-hash: 063508b7
# source: You kept it.
# untranslated: ch8_radio_58

# ch08_last_week.vn:275 · republic.biscuit_tin_radio · shin
# source-hash: c42cb54e
# source: It was the only radio.
# untranslated: ch8_radio_59

# ch08_last_week.vn:276 · republic.biscuit_tin_radio · narration
# source-hash: df9e34ef
# source: He said nothing else about it. He did not need to. She had built a great many things since the biscuit tin, things with her name on them and committees to approve them, and not one of them had ever been carried anywhere in a coat.
# untranslated: ch8_radio_60

# ch08_last_week.vn:277 · republic.biscuit_tin_radio · annette
# source-hash: 0b40f6f0
# source: Shin, I don't know how to... there isn't anything I can make that would...
# untranslated: ch8_radio_61

# ch08_last_week.vn:278 · republic.biscuit_tin_radio · shin
# source-hash: d3963518
# source: No. It isn't something that gets made.
# untranslated: ch8_radio_62

# ch08_last_week.vn:279 · republic.biscuit_tin_radio · narration
# source-hash: c7e860a9
# source: He did not say it to hurt her. He said it because it was so, and she understood, as it went in, that she had wanted that more than she had wanted to be forgiven: one person who would not lie to her about it.
# untranslated: ch8_radio_63

# ch08_last_week.vn:281 · republic.biscuit_tin_radio · shin
# source-hash: 0c41822b
# source: She's going to keep listening after we go. Lena. Past where it reaches, if she can.
# untranslated: ch8_radio_64

# ch08_last_week.vn:282 · republic.biscuit_tin_radio · annette
# source-hash: 2ecee299
# source: I know.
# untranslated: ch8_radio_65

# ch08_last_week.vn:283 · republic.biscuit_tin_radio · shin
# source-hash: d31c6abf
# source: She'll try to do it by herself.
# untranslated: ch8_radio_66

# ch08_last_week.vn:284 · republic.biscuit_tin_radio · annette
# source-hash: 08b980de
# source: She won't get the chance. I'll be there. I'll be unbearable about it.
# untranslated: ch8_radio_67

# ch08_last_week.vn:285 · republic.biscuit_tin_radio · shin
# source-hash: b5863dc3
# source: Good.
# untranslated: ch8_radio_68

# ch08_last_week.vn:286 · republic.biscuit_tin_radio · narration
# source-hash: 89a64249
# source: She heard him shift his weight, and the creak of whatever he was sitting on, and the wind.
# untranslated: ch8_radio_69

# ch08_last_week.vn:287 · republic.biscuit_tin_radio · shin
# source-hash: c769c5de
# source: Good night, Henrietta.
# untranslated: ch8_radio_70

# ch08_last_week.vn:288 · republic.biscuit_tin_radio · narration
# source-hash: a1486c75
# source: The second time, it did not sound like something he had found. It sounded like her name.
# untranslated: ch8_radio_71

# ch08_last_week.vn:290 · republic.biscuit_tin_radio · narration
# source-hash: f9ca6827
# source: She took the band off and sat with it in her lap. After a while the door opened, and Lena came in from the corridor, and did not ask anything at all.
# untranslated: ch8_radio_72

# ch08_last_week.vn:291 · republic.biscuit_tin_radio · annette
# source-hash: 607d4133
# source: He remembered the wheat. I'd forgotten the wheat, Lena. I wrote a letter to a man on the radio about the price of wheat, and I forgot, and he...
# untranslated: ch8_radio_73

# ch08_last_week.vn:292 · republic.biscuit_tin_radio · narration
# source-hash: 107cfd6b
# source: Then she was crying, and laughing, and not able to tell which, and Lena pulled the other stool round and sat down beside her, shoulder against shoulder, and stayed until the window went grey.
# untranslated: ch8_radio_74

# ch08_last_week.vn:294 · republic.biscuit_tin_radio · narration
# source-hash: a60efb5d
# source: The night before the last night, at nine, Annette was alone in the laboratory with the link she had built.
# untranslated: ch8_radio_3

# ch08_last_week.vn:295 · republic.biscuit_tin_radio · narration
# source-hash: 3df172e3
# source: On the bench sat a small grey speaker wired into the monitoring channel. Every Handler's link passed through the research wing on its way east; she had designed it so, so that someone could always listen for a fault. Until this month she had never used it to listen to one link in particular. This month she had used it every night.
# untranslated: ch8_radio_75

# ch08_last_week.vn:297 · republic.biscuit_tin_radio · narration
# source-hash: f8348764
# source: Beside the speaker lay the limiter, out of its housing, with its six screws in a saucer. Now the open set had to be tested every night at nine, because it had to be, and so every night at nine, because she had to, she heard him.
# untranslated: ch8_radio_76

# ch08_last_week.vn:299 · republic.biscuit_tin_radio · narration
# source-hash: a0067762
# source: Beside the speaker lay the map with the pencil circle. Eighty-three kilometres on a dry night. She had worked out the hour they would cross it, at a walking pace, and then, because the hour was not enough, the minute.
# untranslated: ch8_radio_77

# ch08_last_week.vn:301 · republic.biscuit_tin_radio · narration
# source-hash: 67e05943
# source: Lena had said she would open the link for her. Lena had. It had been open all week, every night at nine, and every night Annette had sat here and let it be open.
# untranslated: ch8_radio_78

# ch08_last_week.vn:303 · republic.biscuit_tin_radio · lena
# source-hash: c92e49b0
# source: Good evening, Spearhead.
# untranslated: ch8_radio_79

# ch08_last_week.vn:305 · republic.biscuit_tin_radio · theo
# source-hash: 2d475a2b
# source: Lena! We're packing. Raiden's packing wrong.
# untranslated: ch8_radio_80

# ch08_last_week.vn:306 · republic.biscuit_tin_radio · raiden
# source-hash: 330e0012
# source: There's no wrong way to pack.
# untranslated: ch8_radio_81

# ch08_last_week.vn:307 · republic.biscuit_tin_radio · theo
# source-hash: 76f8daae
# source: There's your way.
# untranslated: ch8_radio_82

# ch08_last_week.vn:309 · republic.biscuit_tin_radio · raiden
# source-hash: e724673c
# source: Evening, Handler One. All quiet.
# untranslated: ch8_radio_83

# ch08_last_week.vn:311 · republic.biscuit_tin_radio · shin
# source-hash: 5187a1eb
# source: Good evening, Lena.
# untranslated: ch8_radio_84

# ch08_last_week.vn:313 · republic.biscuit_tin_radio · shin
# source-hash: 98f818c8
# source: Good evening, Handler One.
# untranslated: ch8_radio_85

# ch08_last_week.vn:314 · republic.biscuit_tin_radio · narration
# source-hash: ee839e4c
# source: She had known that voice when it was eight, and serious, and sure that the aerial worked better if nobody breathed. It was lower now. It was not as different as it ought to have been.
# untranslated: ch8_radio_86

# ch08_last_week.vn:315 · republic.biscuit_tin_radio · narration
# source-hash: 37000c4a
# source: The last time he had heard her voice and known whose it was, it had been ten years old and behind a door.
# untranslated: ch8_radio_87

# ch08_last_week.vn:316 · republic.biscuit_tin_radio · narration
# source-hash: af9e1426
# source: On the front of the console was the transmit switch, under a hinged red cover, so that nobody could speak into a Handler's link by accident. She lifted the cover.
# untranslated: ch8_radio_88

# ch08_last_week.vn:317 · republic.biscuit_tin_radio · narration
# source-hash: b2dbdd05
# source: Her thumb on the switch. The link open. Two hundred kilometres east, a boy she had known, sitting on something that creaked, saying good evening to her best friend.
# untranslated: ch8_radio_89

# ch08_last_week.vn:318 · republic.biscuit_tin_radio · narration
# source-hash: 6cf7d78b
# source: There was nobody behind her. That was what she noticed, sitting there. Nobody in the dark of the room, being behind her. Nobody had stopped her this time, and there would be nobody, afterwards, to say that she had been stopped.
# untranslated: ch8_radio_90

# ch08_last_week.vn:320 · republic.biscuit_tin_radio · narration
# source-hash: 748df313
# source: She put the cover down.
# untranslated: ch8_radio_91

# ch08_last_week.vn:321 · republic.biscuit_tin_radio · narration
# source-hash: 71ea5212
# source: She listened until Lena said good night, and the link closed, and for some time after that, to the hiss of a channel with nobody on it.
# untranslated: ch8_radio_92

# ch08_last_week.vn:322 · republic.biscuit_tin_radio · narration
# source-hash: 5321c1d2
# source: Then she opened the laboratory logbook and wrote, in the small hand she kept for calculations: Channel monitored, twenty-one hundred to twenty-one forty. No transmission.
# untranslated: ch8_radio_93

## Scene front.last_night

# ch08_last_week.vn:326 · scene `front.last_night` title
# source-hash: a12632a1
# source: The Last Night
# untranslated: scene-front-last_night

# ch08_last_week.vn:329 · front.last_night · narration
# source-hash: 01c6e287
# source: On the last evening all twelve of them went out behind the hangar while there was still light to read the names by. Nobody suggested it. One by one they were simply there.
# untranslated: ch8_night_1

# ch08_last_week.vn:330 · front.last_night · narration
# source-hash: 9ed4edf9
# source: Squares of aluminium in the bare ground, in no particular order, each with a name scratched into it with the point of a knife. Some were so old the rain had nearly taken the letters. Shin had cut most of them. He had cut the newest.
# untranslated: ch8_night_7

# ch08_last_week.vn:332 · front.last_night · narration
# source-hash: 5c9e6e7a
# source: Kurena knelt at the newest and straightened it. It did not need straightening. She straightened it.
# untranslated: ch8_night_8

# ch08_last_week.vn:334 · front.last_night · narration
# source-hash: ef936075
# source: Theo had brought his sketchbook, and this time he opened it. He drew the whole row as it was, quickly, the crooked ones crooked.
# untranslated: ch8_night_9

# ch08_last_week.vn:335 · front.last_night · theo
# source-hash: 1aa698ee
# source: So somebody has it. In case the next lot want a roof.
# untranslated: ch8_night_10

# ch08_last_week.vn:336 · front.last_night · kurena
# source-hash: b33466dd
# source: They'd better not.
# untranslated: ch8_night_11

# ch08_last_week.vn:337 · front.last_night · theo
# source-hash: 48b1d68c
# source: I wrote please.
# untranslated: ch8_night_12

# ch08_last_week.vn:338 · front.last_night · narration
# source-hash: ed97c1ad
# source: The seven stood a little behind the others, as they always did. Then, because it was the last evening, they did not.
# untranslated: ch8_night_13

# ch08_last_week.vn:339 · front.last_night · narration
# source-hash: 12033162
# source: Sasha had the brass casing from the head of her row, the one Ezra said was only a shell casing. She had hammered it flat. Into the flat of it she had scratched a name.
# untranslated: ch8_night_14

# ch08_last_week.vn:340 · front.last_night · sasha
# source-hash: 60af57d8
# source: He isn't here. He never was. They sent him to clear mines, and nobody sent him back.
# untranslated: ch8_night_15

# ch08_last_week.vn:341 · front.last_night · yuna
# source-hash: 4704fa0e
# source: Sasha.
# untranslated: ch8_night_16

# ch08_last_week.vn:342 · front.last_night · sasha
# source-hash: 2875bf6c
# source: He isn't anywhere. So now he can be here.
# untranslated: ch8_night_17

# ch08_last_week.vn:343 · front.last_night · narration
# source-hash: 0d2273a2
# source: She pushed the brass into the ground at the end of the row, and it caught the last of the light and held it. TOMAS IWAI.
# untranslated: ch8_night_18

# ch08_last_week.vn:344 · front.last_night · mattie
# source-hash: 45876f27
# source: That's right. That's where he goes.
# untranslated: ch8_night_19

# ch08_last_week.vn:345 · front.last_night · narration
# source-hash: a01e708c
# source: Mattie began to hum, one low note and then the next under it, as he did when the others were frightened. After a while Noor joined him, in the language her mother had spoken, and Anju, who did not know the words, hummed the shape of them.
# untranslated: ch8_night_20

# ch08_last_week.vn:346 · front.last_night · tobiah
# source-hash: ff0a0504
# source: I was going to leave the letters here. With them.
# untranslated: ch8_night_21

# ch08_last_week.vn:347 · front.last_night · ezra
# source-hash: 26dfc22f
# source: And?
# untranslated: ch8_night_22

# ch08_last_week.vn:348 · front.last_night · tobiah
# source-hash: 4ac8a759
# source: They don't have an address here either. I'll carry them. It's no different, east.
# untranslated: ch8_night_23

# ch08_last_week.vn:349 · front.last_night · pim
# source-hash: fc798b29
# source: Theo. Will somebody come back for them? The plates?
# untranslated: ch8_night_24

# ch08_last_week.vn:350 · front.last_night · theo
# source-hash: 5efa4226
# source: Somebody will.
# untranslated: ch8_night_25

# ch08_last_week.vn:351 · front.last_night · narration
# source-hash: 11033e4e
# source: Pim looked at him for a long time, and decided to believe it, and Theo let him.
# untranslated: ch8_night_26

# ch08_last_week.vn:352 · front.last_night · raiden
# source-hash: e354b875
# source: We should eat something.
# untranslated: ch8_night_27

# ch08_last_week.vn:353 · front.last_night · kurena
# source-hash: 63cec066
# source: If you say she'd want us to, I'll hit you.
# untranslated: ch8_night_28

# ch08_last_week.vn:354 · front.last_night · raiden
# source-hash: 4331997e
# source: She would, though.
# untranslated: ch8_night_29

# ch08_last_week.vn:355 · front.last_night · kurena
# source-hash: 244a8dfc
# source: I know. I'll still hit you.
# untranslated: ch8_night_30

# ch08_last_week.vn:358 · front.last_night · lena
# source-hash: bf5ee18c
# source: Spearhead. This is Lena. I know it's early. I asked Shin if I could be here tonight.
# untranslated: ch8_night_31

# ch08_last_week.vn:360 · front.last_night · narration
# source-hash: bd6e16bf
# source: At the cold tingle of the band, for two years, seven people had stopped talking. Tonight Mattie looked at the others, and the others looked back at him, and nobody stopped.
# untranslated: ch8_night_32

# ch08_last_week.vn:361 · front.last_night · mattie
# source-hash: df218b8b
# source: Lena. This is Mattie.
# untranslated: ch8_night_33

# ch08_last_week.vn:363 · front.last_night · mattie
# source-hash: ccbed03b
# source: You read us our names once, out of a file. Sasha walked out. We thought you should have them again, from us, the right way.
# untranslated: ch8_night_34

# ch08_last_week.vn:365 · front.last_night · mattie
# source-hash: 367fc54b
# source: Two years ago we agreed never to speak to a Handler. This afternoon we agreed again, the other way. It took less time.
# untranslated: ch8_night_35

# ch08_last_week.vn:366 · front.last_night · mattie
# source-hash: cdf8967e
# source: Matthias Oyelaran. Bellringer.
# untranslated: ch8_night_36

# ch08_last_week.vn:367 · front.last_night · yuna
# source-hash: 52eb4921
# source: Yuna Castellane. Wisp.
# untranslated: ch8_night_37

# ch08_last_week.vn:368 · front.last_night · narration
# source-hash: 38e13aaf
# source: Then a breath that Lena had learned, that week, was Yuna laughing.
# untranslated: ch8_night_38

# ch08_last_week.vn:369 · front.last_night · tobiah
# source-hash: 51282227
# source: Tobiah Renke. Ferryman.
# untranslated: ch8_night_39

# ch08_last_week.vn:370 · front.last_night · ezra
# source-hash: 016c4580
# source: Ezra Kowal. Tinker.
# untranslated: ch8_night_40

# ch08_last_week.vn:371 · front.last_night · noor
# source-hash: fd7457cd
# source: Noor Halvard. Nightjar.
# untranslated: ch8_night_41

# ch08_last_week.vn:372 · front.last_night · pim
# source-hash: f940273a
# source: Pim Laukka. Scarecrow. I'm the tall one.
# untranslated: ch8_night_42

# ch08_last_week.vn:373 · front.last_night · narration
# source-hash: eba71d89
# source: A pause, long enough that Lena thought it was over.
# untranslated: ch8_night_43

# ch08_last_week.vn:374 · front.last_night · sasha
# source-hash: 290ae958
# source: Sasha Iwai. Magpie.
# untranslated: ch8_night_44

# ch08_last_week.vn:375 · front.last_night · sasha
# source-hash: 5e448a77
# source: And Tomas Iwai. My brother. He answered a Handler back once, and the Handler wrote it down, and they sent him to clear mines, and he lasted nine days. He's at the end of the row now. I put him there. I wanted somebody inside to have heard his name.
# untranslated: ch8_night_45

# ch08_last_week.vn:376 · front.last_night · lena
# source-hash: 8117f7e5
# source: Tomas Iwai.
# untranslated: ch8_night_46

# ch08_last_week.vn:377 · front.last_night · narration
# source-hash: 0b4b48ce
# source: She said it once, carefully. Then she said the others back to them, the seven in the order they had given them, and wrote nothing down, because she would not need to.
# untranslated: ch8_night_47

# ch08_last_week.vn:378 · front.last_night · sasha
# source-hash: d7a3b9d6
# source: ...All right.
# untranslated: ch8_night_48

# ch08_last_week.vn:379 · front.last_night · narration
# source-hash: c30e4c32
# source: It was not forgiveness. From Sasha, it was the next thing to it.
# untranslated: ch8_night_49

# ch08_last_week.vn:381 · front.last_night · narration
# source-hash: 36f82956
# source: The band at every neck gave its small cold tingle, and Noor's song stopped in the middle of a line.
# untranslated: ch8_night_50

# ch08_last_week.vn:382 · front.last_night · narration
# source-hash: 1b800cb0
# source: It was nothing Lena had said. It was what she was. For two years, at that tingle, seven people had stopped talking, and tonight they stopped again, all at once, neatly, as they had practised.
# untranslated: ch8_night_51

# ch08_last_week.vn:383 · front.last_night · narration
# source-hash: 8ea69a5d
# source: Lena heard the song stop. She did not know what it had been. She counted the breathing on the link, as she did every night now. Twelve.
# untranslated: ch8_night_52

# ch08_last_week.vn:384 · front.last_night · lena
# source-hash: ca699e4b
# source: I'm sorry. I'll be quiet. Please go on.
# untranslated: ch8_night_53

# ch08_last_week.vn:385 · front.last_night · narration
# source-hash: bb4a0f4e
# source: Nobody went on. After a while Mattie hummed a single low note, to nobody in particular, and let it go.
# untranslated: ch8_night_54

# ch08_last_week.vn:386 · front.last_night · narration
# source-hash: 0aeb3f6c
# source: At the end of the row a piece of brass stood in the ground, catching the last of the light, with a name on it Lena would never hear.
# untranslated: ch8_night_55

# ch08_last_week.vn:388 · front.last_night · shin
# source-hash: 22068b08
# source: We'll go in.
# untranslated: ch8_night_56

# ch08_last_week.vn:389 · front.last_night · narration
# source-hash: ea41f658
# source: He stood up last, and brushed the earth from his knees, and looked along the row once, the whole length of it, as though he were counting. Then he went in.
# untranslated: ch8_night_57

# ch08_last_week.vn:394 · front.last_night · narration
# source-hash: 29e77ed9
# source: The common room, the last night. Fourteen chairs round the long table. Twelve packs by the door. On the blackboard the rota still had one name on it that nobody had rubbed off since the spring. Nobody rubbed it off tonight either.
# untranslated: ch8_night_58

# ch08_last_week.vn:395 · front.last_night · narration
# source-hash: 7ad45909
# source: They did not go to their beds. They lay down on the floor of the common room instead, all twelve, on blankets, and nobody said why. The lamp went out. Nobody slept. Everyone pretended, generously, so that everyone else could.
# untranslated: ch8_night_59

# ch08_last_week.vn:396 · front.last_night · narration
# source-hash: 1ef1a43d
# source: The link was still open. Lena had not closed it, and nobody had asked her to.
# untranslated: ch8_night_60

# ch08_last_week.vn:398 · front.last_night · narration
# source-hash: d0928734
# source: Then Kurena sat up in the dark.
# untranslated: ch8_night_61

# ch08_last_week.vn:400 · front.last_night · kurena
# source-hash: f7de3883
# source: Lena.
# untranslated: ch8_night_62

# ch08_last_week.vn:402 · front.last_night · kurena
# source-hash: 92b65214
# source: Handler One.
# untranslated: ch8_night_63

# ch08_last_week.vn:403 · front.last_night · lena
# source-hash: d570fb2c
# source: I'm here, Kurena.
# untranslated: ch8_night_64

# ch08_last_week.vn:404 · front.last_night · kurena
# source-hash: be08605e
# source: Not your radio voice. Not the Handler one. Properly.
# untranslated: ch8_night_65

# ch08_last_week.vn:405 · front.last_night · kurena
# source-hash: 28dd0fe3
# source: Will we come back?
# untranslated: ch8_night_2

# ch08_last_week.vn:406 · front.last_night · narration
# source-hash: 0c62b396
# source: Eleven people stopped pretending to be asleep, without moving at all.
# untranslated: ch8_night_66

# ch08_last_week.vn:407 · front.last_night · choice
# source-hash: 610365ac
# source: Eleven people in the dark are listening for her answer. So is Kurena.
# untranslated: ch8_night_q1

# ch08_last_week.vn:408 · front.last_night · option
# source-hash: e27bdcda
# source: The truth. "No."
# untranslated: ch8_night_o1

# ch08_last_week.vn:411 · front.last_night · lena
# source-hash: d2cdaf35
# source: No. I don't think you will.
# untranslated: ch8_night_3

# ch08_last_week.vn:412 · front.last_night · lena
# source-hash: f85c5644
# source: Nobody sent east on an order like yours has ever come back. I looked for one. I looked all month. I won't tell you something different tonight because it's tonight.
# untranslated: ch8_night_67

# ch08_last_week.vn:413 · front.last_night · narration
# source-hash: 1d9eadff
# source: It was a long time before anyone moved.
# untranslated: ch8_night_68

# ch08_last_week.vn:414 · front.last_night · kurena
# source-hash: 461b8b10
# source: Nobody ever said it. Not once. They all said rotation. They all said see you next term.
# untranslated: ch8_night_69

# ch08_last_week.vn:415 · front.last_night · kurena
# source-hash: d2538f1a
# source: Thank you. I hate it. Thank you.
# untranslated: ch8_night_70

# ch08_last_week.vn:416 · front.last_night · narration
# source-hash: 4c58d60d
# source: She lay down again. Somewhere down the room somebody turned over to face the wall and stayed turned. Nobody pretended to sleep after that. Nobody spoke, either.
# untranslated: ch8_night_71

# ch08_last_week.vn:417 · front.last_night · option
# source-hash: 75a7b99e
# source: The kind lie. "Yes."
# untranslated: ch8_night_o2

# ch08_last_week.vn:420 · front.last_night · lena
# source-hash: 668dee58
# source: Yes. You'll come back. And I'll be here when you do, and you can tell me I was right.
# untranslated: ch8_night_4

# ch08_last_week.vn:421 · front.last_night · narration
# source-hash: a598afbe
# source: A breath went out of Kurena that she might have been holding since the river.
# untranslated: ch8_night_72

# ch08_last_week.vn:422 · front.last_night · kurena
# source-hash: 2548019f
# source: ...Okay.
# untranslated: ch8_night_73

# ch08_last_week.vn:423 · front.last_night · kurena
# source-hash: bfc60d9f
# source: Okay. Good.
# untranslated: ch8_night_74

# ch08_last_week.vn:424 · front.last_night · narration
# source-hash: 5aa44c4e
# source: She lay down. Down the room, Pim said "good" to the ceiling, and a little later he was really asleep, the only one of them who was.
# untranslated: ch8_night_75

# ch08_last_week.vn:425 · front.last_night · narration
# source-hash: 60a7367e
# source: On the link, very close, Shin was breathing, and said nothing at all. He did not correct her. He would never correct her, not in front of them, not tonight. Listening to him not say it, she understood that he had heard exactly what it was.
# untranslated: ch8_night_76

# ch08_last_week.vn:426 · front.last_night · option
# source-hash: 1db61be2
# source: "I don't know. But I'll be listening."
# untranslated: ch8_night_o3

# ch08_last_week.vn:429 · front.last_night · lena
# source-hash: d5c3ed5b
# source: I don't know, Kurena. Nobody does. But the link is going with you. Annette took the limiter out. Wherever you are, I'll be at the other end of it. I'll be listening.
# untranslated: ch8_night_5

# ch08_last_week.vn:430 · front.last_night · kurena
# source-hash: 4809dd02
# source: To all of it?
# untranslated: ch8_night_77

# ch08_last_week.vn:431 · front.last_night · lena
# source-hash: 90a2c204
# source: To all of it.
# untranslated: ch8_night_78

# ch08_last_week.vn:432 · front.last_night · kurena
# source-hash: 1753d38c
# source: Even if it's bad.
# untranslated: ch8_night_79

# ch08_last_week.vn:433 · front.last_night · lena
# source-hash: 6f1b81cf
# source: Especially then.
# untranslated: ch8_night_80

# ch08_last_week.vn:434 · front.last_night · narration
# source-hash: c4c25fae
# source: Kurena was quiet for a long time.
# untranslated: ch8_night_81

# ch08_last_week.vn:435 · front.last_night · kurena
# source-hash: c52e2df2
# source: That's not an answer.
# untranslated: ch8_night_82

# ch08_last_week.vn:436 · front.last_night · lena
# source-hash: 267c9442
# source: No. It's the only promise I know I can keep.
# untranslated: ch8_night_83

# ch08_last_week.vn:437 · front.last_night · narration
# source-hash: 9fef9351
# source: Kurena lay down. By the window, Shin turned his head towards the east, where there was nothing to see, and spoke so quietly that it was almost only breath.
# untranslated: ch8_night_84

# ch08_last_week.vn:438 · front.last_night · shin
# source-hash: 89390b89
# source: That's a long way to listen.
# untranslated: ch8_night_85

# ch08_last_week.vn:439 · front.last_night · lena
# source-hash: f49a5521
# source: I know.
# untranslated: ch8_night_86

# ch08_last_week.vn:441 · front.last_night · shin
# source-hash: 1759d058
# source: You said you'd come and find us. Past the walls. If you had to walk.
# untranslated: ch8_night_6

# ch08_last_week.vn:442 · front.last_night · lena
# source-hash: 7cf307f8
# source: I did.
# untranslated: ch8_night_87

# ch08_last_week.vn:443 · front.last_night · shin
# source-hash: b8098018
# source: It's further now.
# untranslated: ch8_night_88

# ch08_last_week.vn:444 · front.last_night · lena
# source-hash: bc6165b0
# source: Then I'll walk further.
# untranslated: ch8_night_89

# ch08_last_week.vn:446 · front.last_night · shin
# source-hash: f019fe4c
# source: I said I'd wait. I still will. I'll only be further off while I do it.
# untranslated: ch8_night_90

# ch08_last_week.vn:448 · front.last_night · shin
# source-hash: 467539f1
# source: Walk in the daytime. The mines are easier to see.
# untranslated: ch8_night_91

# ch08_last_week.vn:449 · front.last_night · narration
# source-hash: 3ba5d091
# source: It was, she realised some time later, the nearest thing to yes that he had ever said to her.
# untranslated: ch8_night_92

# ch08_last_week.vn:450 · front.last_night · narration
# source-hash: 494147c3
# source: Lena did not close the link. Nobody asked her to. Near three in the morning, one at a time, she heard them really fall asleep, and she counted until there were twelve.
# untranslated: ch8_night_93

## Scene republic.departure

# ch08_last_week.vn:454 · scene `republic.departure` title
# source-hash: 37ebba58
# source: Dawn
# untranslated: scene-republic-departure

# ch08_last_week.vn:458 · republic.departure · narration
# source-hash: 24051034
# source: Control room three at five in the morning. The good chair, the bad map. She had not gone home.
# untranslated: ch8_dawn_1

# ch08_last_week.vn:459 · republic.departure · narration
# source-hash: 80f5b052
# source: On the map the first ward was a small grey square against the clean green line, and inside the square were twelve blue marks.
# untranslated: ch8_dawn_2

# ch08_last_week.vn:461 · republic.departure · narration
# source-hash: bb78fa13
# source: A man from the Inspectorate had come in at four with a clipboard and sat down at the back of the room without introducing himself. She had not turned round. She did not turn round now.
# untranslated: ch8_dawn_3

# ch08_last_week.vn:462 · republic.departure · shin
# source-hash: f1498150
# source: Spearhead, moving out.
# untranslated: ch8_dawn_4

# ch08_last_week.vn:463 · republic.departure · lena
# source-hash: d4eca4cc
# source: Handler One. I have you.
# untranslated: ch8_dawn_5

# ch08_last_week.vn:464 · republic.departure · narration
# source-hash: 4d8f280c
# source: The marks left the square one after another, in a line, and went east. They crossed the green line at six minutes past five. The map did not mark it. The map had never marked anything.
# untranslated: ch8_dawn_6

# ch08_last_week.vn:465 · republic.departure · narration
# source-hash: c65ce173
# source: Past the line it had a grid of fine grey squares, ten kilometres on a side, for fifty kilometres, to where the Republic's surveyors had stopped nine years ago and gone home. Past that there was no grid, and no names. Only the plain colour of the screen, and twelve blue marks going slowly out into it.
# untranslated: ch8_dawn_7

# ch08_last_week.vn:467 · republic.departure · narration
# source-hash: 915c2149
# source: The band at her throat was cold and steady. There was nothing in the set now to tell her when to stop. Two floors down, Annette would be watching the readings, with her hand near the switch.
# untranslated: ch8_dawn_8

# ch08_last_week.vn:469 · republic.departure · narration
# source-hash: 6a983875
# source: Eighty kilometres. About noon, at a walking pace. She had written the time on a card in her neat hand, and put it face down on the desk, and did not turn it over.
# untranslated: ch8_dawn_9

# ch08_last_week.vn:471 · republic.departure · narration
# source-hash: 7b528273
# source: Somewhere in the building, this morning, a clerk in Logistics would sit down to count containers, and come to a number that was wrong.
# untranslated: ch8_dawn_10

# ch08_last_week.vn:472 · republic.departure · lena
# source-hash: d0f7b294
# source: Twelve.
# untranslated: ch8_dawn_11

# ch08_last_week.vn:474 · republic.departure · narration
# source-hash: c03b61f9
# source: She said it to nobody. Then she said their names under her breath, all twelve, and when she had finished, the marks were off the grid.
# untranslated: ch8_dawn_12

# ch08_last_week.vn:476 · republic.departure · narration
# source-hash: 3bbc32db
# source: She said it to nobody. Then she said the five names she knew, under her breath, and for the other seven, whose names nobody had ever given her, she counted. When she had finished, the marks were off the grid.
# untranslated: ch8_dawn_13

## Scene front.march

# ch09_east.vn:13 · scene `front.march` title
# source-hash: e0cdaece
# source: The March
# untranslated: scene-front-march

# ch09_east.vn:19 · front.march · narration
# source-hash: dec53d28
# source: East of the first ward the roads had been built for lorries and school buses. That was nine years ago. Nobody had told the forest.
# untranslated: ch9_march_1

# ch09_east.vn:20 · front.march · narration
# source-hash: 08e29790
# source: Birches had come up through the tarmac along the cracks, in rows, as if someone had planted them there. In places the road was only a long clearing with a white line down the middle, and the line went on under the moss, faithfully, towards towns that had been emptied in a week and never visited since.
# untranslated: ch9_march_7

# ch09_east.vn:21 · front.march · narration
# source-hash: bc72c093
# source: Twelve Juggernauts walked east in single file. Shin first, then Raiden, then the rest in the order they had fallen into on the first morning without anyone deciding it, which was the order they kept.
# untranslated: ch9_march_8

# ch09_east.vn:23 · front.march · narration
# source-hash: 102902fa
# source: Behind the last two units, on runners Ezra had welded out of bed frames, came the containers. There had never been so many. Tins and sacks, filters, actuators still in their grease, ammunition stencilled for some other front entirely. Somebody inside had signed for all of it, and somebody inside was going to pay for the signature.
# untranslated: ch9_march_9

# ch09_east.vn:24 · front.march · theo
# source-hash: c93a9dd2
# source: I want it on the record that I have been issued a second tin of peaches.
# untranslated: ch9_march_10

# ch09_east.vn:25 · front.march · raiden
# source-hash: b9d2f409
# source: It's on the record.
# untranslated: ch9_march_11

# ch09_east.vn:26 · front.march · theo
# source-hash: c8c27a15
# source: Nobody trained me for a second tin of peaches, Raiden. There's no procedure. Do I open both? Is it a test?
# untranslated: ch9_march_12

# ch09_east.vn:27 · front.march · raiden
# source-hash: d33e1868
# source: Eat one. Carry one.
# untranslated: ch9_march_13

# ch09_east.vn:28 · front.march · theo
# source-hash: f2062c61
# source: This is how they get us in the end. Not the Legion. Fruit.
# untranslated: ch9_march_14

# ch09_east.vn:29 · front.march · narration
# source-hash: 572eb97a
# source: Somewhere down the line there was a small catch of breath on the link, which was somebody laughing without a sound. That was Yuna. Yuna's were the only laughs you had to listen for.
# untranslated: ch9_march_15

# ch09_east.vn:31 · front.march · narration
# source-hash: dfc9124a
# source: They carried what the ward had been given, which was what the ward was always given: the bad tinned meat, ammunition, filters cleaned and sent back and sent back again. Raiden had counted it on the last night, and divided it by twelve, and had not said the answer aloud.
# untranslated: ch9_march_16

# ch09_east.vn:35 · front.march · lena
# source-hash: c822b717
# source: Spearhead, this is Lena. I'm... still here. Can you hear me?
# untranslated: ch9_march_2

# ch09_east.vn:37 · front.march · lena
# source-hash: 8fe13739
# source: Spearhead, Handler One. Can you... hear me? I'm still here.
# untranslated: ch9_march_17

# ch09_east.vn:38 · front.march · narration
# source-hash: da133324
# source: Her voice came from very far off, thinned by every kilometre, with a hiss under it like rain on a window. It had been thinning since dawn. It had not stopped.
# untranslated: ch9_march_18

# ch09_east.vn:39 · front.march · shin
# source-hash: 73ecc210
# source: We hear you.
# untranslated: ch9_march_19

# ch09_east.vn:40 · front.march · narration
# source-hash: 3f6318d9
# source: Annette had said the signal would weaken and not break. So far Annette had been right. Lena said that was usual, and that it was the most frightening thing about her.
# untranslated: ch9_march_20

# ch09_east.vn:41 · front.march · lena
# source-hash: 92f09291
# source: Tell me what it looks like. I have a map from before. It has a road on it, and a river, and nothing else.
# untranslated: ch9_march_21

# ch09_east.vn:42 · front.march · theo
# source-hash: 629cc5d5
# source: Trees. Birches, mostly, white with black marks, as if someone's been at them with a pencil. A lot of green. There's a bus.
# untranslated: ch9_march_22

# ch09_east.vn:43 · front.march · lena
# source-hash: dfb411aa
# source: A bus?
# untranslated: ch9_march_23

# ch09_east.vn:44 · front.march · theo
# source-hash: 49e62d2a
# source: A school bus, on its side in the ditch. There's a tree growing out of the driver's window. It looks very pleased with itself.
# untranslated: ch9_march_24

# ch09_east.vn:45 · front.march · narration
# source-hash: 1c9872b4
# source: She stayed with them all that day. She did not talk much. The static took half of every sentence, and she seemed to understand, quite soon, that listening came through better than speaking did.
# untranslated: ch9_march_25

# ch09_east.vn:47 · front.march · narration
# source-hash: 7de3af72
# source: The band at Shin's neck had been growing colder all morning: the small cold of a signal thinning with every kilometre. The limit was eighty. Everyone knew the limit was eighty. Nobody had said the number aloud since they passed the minefield.
# untranslated: ch9_march_3

# ch09_east.vn:49 · front.march · lena
# source-hash: b1fe5851
# source: Theo. Tell me the colours. I've only got the map, and out there the map is all one colour.
# untranslated: ch9_march_26

# ch09_east.vn:51 · front.march · lena
# source-hash: afd63ef2
# source: Laughing Fox. What does it look like? I've only got the map, and out there the map is all one colour.
# untranslated: ch9_march_27

# ch09_east.vn:53 · front.march · theo
# source-hash: eb4ccbf2
# source: Green, mostly. A lot of green. Birches, white with black marks, as if someone's been at them with a pencil. And under the trees, all along the verge, there's a little yellow flower, and it's exactly the gold of the...
# untranslated: ch9_march_28

# ch09_east.vn:56 · front.march · narration
# source-hash: 637467a7
# source: Then there was only the hiss, and the wind, and the ticking of twelve sets of legs on the broken road.
# untranslated: ch9_march_29

# ch09_east.vn:58 · front.march · theo
# source-hash: d53ba4f5
# source: Lena?
# untranslated: ch9_march_30

# ch09_east.vn:60 · front.march · theo
# source-hash: 1714a2ec
# source: Handler One?
# untranslated: ch9_march_31

# ch09_east.vn:61 · front.march · narration
# source-hash: dbd21774
# source: Nothing. Not even the small click of the link closing. It had not closed. It had only stopped reaching.
# untranslated: ch9_march_32

# ch09_east.vn:62 · front.march · kurena
# source-hash: b7419d70
# source: She was asking you something.
# untranslated: ch9_march_33

# ch09_east.vn:63 · front.march · theo
# source-hash: 556b15f7
# source: I know she was. I was answering.
# untranslated: ch9_march_34

# ch09_east.vn:64 · front.march · narration
# source-hash: c0d89242
# source: Nobody said anything after that for a long time. Late in the afternoon, out of nothing, Theo said to the road ahead of him: the firework. The gold one, the night of the festival. That was all he had been going to say. It had not even been a very good one.
# untranslated: ch9_march_35

# ch09_east.vn:66 · front.march · narration
# source-hash: 2a66f282
# source: On the second day they came to a town.
# untranslated: ch9_march_36

# ch09_east.vn:67 · front.march · narration
# source-hash: 164ed5d1
# source: It had a square, and a fountain with no water in it, and a church whose clock had stopped at twenty past four. Nobody knew on which day. The Republic had emptied its eastern towns in a week, and had not thought to write down the time.
# untranslated: ch9_march_37

# ch09_east.vn:68 · front.march · narration
# source-hash: d84b2886
# source: The shops still had their names painted over the doors. A baker's. A chemist's. A shop that had sold bicycles, with one still in the window, its tyres gone flat into the floorboards. On the wall of the town hall, a poster for a brass band concert on a Saturday evening that had never come.
# untranslated: ch9_march_38

# ch09_east.vn:69 · front.march · narration
# source-hash: 45b5c60e
# source: At the edge of the town there was an army depot, concrete, its doors rolled open and nothing inside but empty racks and a hand pump, which Ezra tried, and which, after some argument, gave water.
# untranslated: ch9_march_39

# ch09_east.vn:70 · front.march · narration
# source-hash: 8959e669
# source: Yuna went up the church tower because it was there. She came down with dust in her hair and shook her head: a long way in every direction, and nothing in it moving.
# untranslated: ch9_march_40

# ch09_east.vn:71 · front.march · narration
# source-hash: b9e7d9fe
# source: Sasha went into the bicycle shop and came out with a bell from a handlebar, brass, that still rang. She did not ring it. She put it in her pocket with the other bright things she had never shown anybody.
# untranslated: ch9_march_41

# ch09_east.vn:73 · front.march · lena
# source-hash: 80f62179
# source: I found it in an old gazetteer. Three thousand people. A market on Thursdays, a cattle fair in the autumn. It says the band won a prize.
# untranslated: ch9_march_42

# ch09_east.vn:74 · front.march · theo
# source-hash: 4290ceaa
# source: We saw the poster. They were playing on a Saturday. I don't think they made it.
# untranslated: ch9_march_43

# ch09_east.vn:75 · front.march · lena
# source-hash: ef683eac
# source: No. I don't think so either.
# untranslated: ch9_march_44

# ch09_east.vn:76 · front.march · narration
# source-hash: ac229cbc
# source: The school was the last building before the trees. It was smaller than the one at the ward, and newer, and the coats were still on their pegs in the corridor: small coats, in two rows, under names written on strips of card.
# untranslated: ch9_march_45

# ch09_east.vn:77 · front.march · narration
# source-hash: 7c85f5da
# source: Pim stood in front of the pegs for a long time. Later Theo worked it out. Pim would have been five, nine years ago. The right size for a peg like that, somewhere.
# untranslated: ch9_march_46

# ch09_east.vn:84 · front.march · narration
# source-hash: ca052e3b
# source: They made a fire that night in the lee of the school wall, small, with wood from a desk that Raiden broke up without looking at what had been carved in its lid. Shin said the Legion were far to the north tonight, and busy, and not looking for fires. Shin had never once been wrong about that.
# untranslated: ch9_march_47

# ch09_east.vn:85 · front.march · narration
# source-hash: 2bb5faa6
# source: Twelve of them round one fire. At the ward it had always been five at one end of the table and seven at the other, and the seven quiet. The seven were not quiet tonight.
# untranslated: ch9_march_48

# ch09_east.vn:86 · front.march · mattie
# source-hash: ab01bc7d
# source: You lot are very quiet. It's unsettling. Is something wrong?
# untranslated: ch9_march_4

# ch09_east.vn:87 · front.march · theo
# source-hash: af005e9b
# source: We're listening. We've waited two years for you to say something. And now you've said that.
# untranslated: ch9_march_49

# ch09_east.vn:88 · front.march · mattie
# source-hash: 3197e319
# source: It was a good one. I worked on it.
# untranslated: ch9_march_50

# ch09_east.vn:89 · front.march · narration
# source-hash: c9e0dbb9
# source: Mattie was the oldest of the seven and the broadest, and when the others were frightened he hummed a note so low you felt it in the seat of the cockpit before you heard it. The five had heard his speaking voice perhaps a dozen times in two years, always about a spare part. It turned out to be gentle, and a little amused, and very tired.
# untranslated: ch9_march_51

# ch09_east.vn:90 · front.march · yuna
# source-hash: 3d882023
# source: Twenty past four. The church clock. I looked, up close. Somebody ought to know what time it was there, and now somebody does.
# untranslated: ch9_march_52

# ch09_east.vn:91 · front.march · narration
# source-hash: 496bc1a0
# source: She laughed when she had said it, without a sound, and hid her face in her knees.
# untranslated: ch9_march_53

# ch09_east.vn:92 · front.march · tobiah
# source-hash: 5bfb9c18
# source: I've got letters in this box to four people who'll never get them. I could write one to the clock. It would get it just as much.
# untranslated: ch9_march_54

# ch09_east.vn:93 · front.march · ezra
# source-hash: 49ca8fdf
# source: Write one to Pim's rear strut. Tell it to behave.
# untranslated: ch9_march_55

# ch09_east.vn:94 · front.march · pim
# source-hash: 361d5f78
# source: It's fine. It's only making a noise.
# untranslated: ch9_march_56

# ch09_east.vn:95 · front.march · ezra
# source-hash: fe30d10d
# source: It's making a noise because it isn't fine. That's what noises are for.
# untranslated: ch9_march_57

# ch09_east.vn:96 · front.march · narration
# source-hash: fcf5d01b
# source: Noor had been singing under her breath since the fire was lit, as she always did, in a language her mother had spoken and nobody else in the squadron knew. Anju asked her what it was.
# untranslated: ch9_march_58

# ch09_east.vn:97 · front.march · noor
# source-hash: e5280f3e
# source: It's for bringing the sheep in at night. You go round the field calling, and they come, and you count them through the gate. Twice, in case you were wrong the first time.
# untranslated: ch9_march_59

# ch09_east.vn:98 · front.march · anju
# source-hash: 536881b0
# source: What do the words say?
# untranslated: ch9_march_60

# ch09_east.vn:99 · front.march · noor
# source-hash: 7e9f533f
# source: Come in, come in, the dark's coming. Nobody stays out. That's most of it. Then the numbers.
# untranslated: ch9_march_61

# ch09_east.vn:100 · front.march · theo
# source-hash: 0fecd931
# source: It's a counting song.
# untranslated: ch9_march_62

# ch09_east.vn:101 · front.march · noor
# source-hash: 50da5e17
# source: Everything my mother sang was a counting song. She'd lost things.
# untranslated: ch9_march_63

# ch09_east.vn:102 · front.march · narration
# source-hash: 41f6b581
# source: She sang it again, all the way through, with the numbers. Nobody had asked her to. Nobody asked her to stop.
# untranslated: ch9_march_64

# ch09_east.vn:103 · front.march · narration
# source-hash: cb4b7bf5
# source: Sasha sat a little back from the fire, turning the bicycle bell over in her fingers. When she spoke, it was to the fire.
# untranslated: ch9_march_65

# ch09_east.vn:104 · front.march · sasha
# source-hash: 09646a8d
# source: Tomas would have hated this. All of us talking. He'd have said we were making it easy for them.
# untranslated: ch9_march_66

# ch09_east.vn:105 · front.march · raiden
# source-hash: d6baf0a8
# source: For who?
# untranslated: ch9_march_67

# ch09_east.vn:106 · front.march · sasha
# source-hash: ea64ebfa
# source: Anyone listening.
# untranslated: ch9_march_68

# ch09_east.vn:107 · front.march · narration
# source-hash: e1c395b5
# source: She looked round the fire at eleven faces, and then at the dark beyond it, where nothing was listening for a long way in every direction.
# untranslated: ch9_march_69

# ch09_east.vn:108 · front.march · sasha
# source-hash: 6727f809
# source: He'd have been wrong. He was wrong about a lot of things. He was right about the one.
# untranslated: ch9_march_70

# ch09_east.vn:111 · front.march · mattie
# source-hash: 5d40a90f
# source: Lena. Are you there?
# untranslated: ch9_march_71

# ch09_east.vn:113 · front.march · mattie
# source-hash: 82246d57
# source: Major. Are you there?
# untranslated: ch9_march_90

# ch09_east.vn:114 · front.march · lena
# source-hash: 26b566e6
# source: I'm here. Only just. You're very faint.
# untranslated: ch9_march_72

# ch09_east.vn:115 · front.march · mattie
# source-hash: a0766fd7
# source: We talked about it, the seven of us. Out here there's nobody left to report us to but you. So.
# untranslated: ch9_march_73

# ch09_east.vn:116 · front.march · sasha
# source-hash: fa934a9c
# source: I found a bell today. I keep bright things. You can't keep a sound, so this one's yours.
# untranslated: ch9_march_74

# ch09_east.vn:117 · front.march · narration
# source-hash: 42ed465c
# source: She rang it, once. It went out over the schoolyard and into the link, small and clear, and came out at the other end through two days of static, in a dark room inside the walls.
# untranslated: ch9_march_75

# ch09_east.vn:118 · front.march · lena
# source-hash: 4b1fac43
# source: Thank you, Sasha. I'll keep it.
# untranslated: ch9_march_76

# ch09_east.vn:120 · front.march · narration
# source-hash: 6b4e108c
# source: Lena was on the link, at the far thin end of it, and heard all of it. She did not say a word. She knew by now that one word from a Handler would end it, and she let it go on without her, which was the only thing she had to give them that night.
# untranslated: ch9_march_77

# ch09_east.vn:121 · front.march · narration
# source-hash: e6e36572
# source: Late, when the fire was low, Pim went to look at his rear strut, because Ezra had been right all day and Pim could not stand it any longer.
# untranslated: ch9_march_78

# ch09_east.vn:123 · front.march · narration
# source-hash: 22ab3ef2
# source: There was a crack like a branch in frost, and the long complaint of metal giving way, and the Juggernaut sat down, slowly, on its broken leg and on Pim.
# untranslated: ch9_march_79

# ch09_east.vn:124 · front.march · narration
# source-hash: 2dab65c3
# source: They had it off him in under a minute: Raiden and Mattie at the frame, Ezra with a jack from the stores, Theo flat in the dirt with his arms round Pim's shoulders, telling him a joke so bad that Pim could not help complaining about it.
# untranslated: ch9_march_80

# ch09_east.vn:125 · front.march · narration
# source-hash: d82dc356
# source: The leg was broken below the knee. Anju splinted it with slats from a school desk and strips of a blanket, and said it was a clean break, and said it twice, so that he would believe her.
# untranslated: ch9_march_81

# ch09_east.vn:126 · front.march · pim
# source-hash: 463a4f81
# source: Sorry. Ezra said. Ezra said all day.
# untranslated: ch9_march_82

# ch09_east.vn:127 · front.march · ezra
# source-hash: d1724739
# source: I did say.
# untranslated: ch9_march_83

# ch09_east.vn:128 · front.march · narration
# source-hash: 4a363a38
# source: Ezra's hands were shaking. He put them under his arms.
# untranslated: ch9_march_84

# ch09_east.vn:129 · front.march · narration
# source-hash: 580b2620
# source: The strut could not be mended, not out here. The unit would not walk again. Pim lay by the fire with his face very white and looked at Shin, because everyone looked at Shin.
# untranslated: ch9_march_85

# ch09_east.vn:130 · front.march · pim
# source-hash: 83133c27
# source: The depot. At the edge of the town. It's got a roof and a pump. Leave me there with some tins. I'll mind it for you.
# untranslated: ch9_march_86

# ch09_east.vn:131 · front.march · theo
# source-hash: 881563f3
# source: No.
# untranslated: ch9_march_87

# ch09_east.vn:132 · front.march · pim
# source-hash: ee29da9e
# source: You'd have to carry me the whole way. You'd be slower. And Shin's brother is out there, and he's moving. I heard Shin say.
# untranslated: ch9_march_88

# ch09_east.vn:135 · front.march · shin
# source-hash: d892cfe8
# source: Lena. We can carry him. It will cost us half a day, perhaps more. He's asked to stay.
# untranslated: ch9_march_89

# ch09_east.vn:137 · front.march · shin
# source-hash: b86d4177
# source: Handler One. We can carry him. It will cost us half a day, perhaps more. He's asked to stay.
# untranslated: ch9_march_91

# ch09_east.vn:138 · front.march · choice
# source-hash: 9479a984
# source: Pim has asked to be left behind. Around the fire, eleven people are waiting to hear what comes down the link.
# untranslated: ch9_march_q1

# ch09_east.vn:139 · front.march · option
# source-hash: 50826110
# source: Carry him. They go slower.
# untranslated: ch9_march_o1

# ch09_east.vn:143 · front.march · lena
# source-hash: 24eecd4e
# source: Carry him. Pim, I'm sorry. I know what you're offering. I won't take it.
# untranslated: ch9_march_92

# ch09_east.vn:144 · front.march · narration
# source-hash: 3f040268
# source: Raiden and Ezra were already cutting straps. By midnight Pim was lashed to the back of Raiden's unit on a bed of sacks, like a parcel, complaining that all he could see was sky.
# untranslated: ch9_march_5

# ch09_east.vn:145 · front.march · theo
# source-hash: 4a0f445e
# source: I'll tell you jokes the whole way.
# untranslated: ch9_march_93

# ch09_east.vn:146 · front.march · pim
# source-hash: 6c6fcc4c
# source: Please don't.
# untranslated: ch9_march_94

# ch09_east.vn:147 · front.march · narration
# source-hash: 05c8f530
# source: Shin said, "All right," and nothing else. He sat a long time after that with his back to the fire, facing east. Lena heard how long he was quiet, and understood exactly what half a day was, to him, and did not take it back.
# untranslated: ch9_march_95

# ch09_east.vn:148 · front.march · option
# source-hash: 76676f0e
# source: Leave him at the depot with the supplies, as he asks.
# untranslated: ch9_march_o2

# ch09_east.vn:151 · front.march · lena
# source-hash: 53debb71
# source: Leave him at the depot. Pim... thank you. I'll listen for you.
# untranslated: ch9_march_96

# ch09_east.vn:152 · front.march · narration
# source-hash: ff5953d5
# source: They took him back through the town before dawn, on a door from the school, and laid him on the empty racks with a blanket under him and the pump within reach.
# untranslated: ch9_march_6

# ch09_east.vn:154 · front.march · narration
# source-hash: 88eea85b
# source: They left him more tins than he could eat in a month. Theo put the second tin of peaches in his hand last, and closed his fingers round it.
# untranslated: ch9_march_97

# ch09_east.vn:156 · front.march · narration
# source-hash: a0981245
# source: They left him what they could spare, which was less than two weeks. Everybody did the sum. Nobody said it.
# untranslated: ch9_march_98

# ch09_east.vn:157 · front.march · narration
# source-hash: 520ed3d4
# source: Theo left him a drawing too: all twelve of them round the fire, so he would not forget what they looked like. Sasha left him the bicycle bell.
# untranslated: ch9_march_99

# ch09_east.vn:158 · front.march · sasha
# source-hash: 77607e59
# source: Ring it if you need anything.
# untranslated: ch9_march_100

# ch09_east.vn:159 · front.march · pim
# source-hash: 127cbb02
# source: Who'll hear it?
# untranslated: ch9_march_101

# ch09_east.vn:160 · front.march · sasha
# source-hash: 52b8a44d
# source: Nobody. Ring it anyway.
# untranslated: ch9_march_102

# ch09_east.vn:162 · front.march · shin
# source-hash: 664cd242
# source: Thank you, Lena.
# untranslated: ch9_march_103

# ch09_east.vn:164 · front.march · shin
# source-hash: 8d225ee0
# source: Thank you, Handler One.
# untranslated: ch9_march_110

# ch09_east.vn:165 · front.march · narration
# source-hash: 5f13c6a2
# source: Eleven Juggernauts walked out of the town at first light. Nobody looked back at the depot, because everybody had agreed not to, and everybody did.
# untranslated: ch9_march_104

# ch09_east.vn:167 · front.march · narration
# source-hash: 05abcf20
# source: There was nobody on the link to ask. There had been nobody since the first morning.
# untranslated: ch9_march_105

# ch09_east.vn:168 · front.march · narration
# source-hash: 7836c9ea
# source: Pim asked again. Theo said no again, louder. Shin looked at the leg, and at Pim, and east, for a long moment; and then Raiden said the thing nobody else would say, that they had left enough people behind already, and he was not leaving one more in a concrete shed with a pump.
# untranslated: ch9_march_106

# ch09_east.vn:169 · front.march · narration
# source-hash: 77696696
# source: Shin said, "All right." By midnight Pim was lashed to the back of Raiden's unit on a bed of sacks, complaining that all he could see was sky. Shin sat a long time afterwards with his back to the fire, facing east, working out what half a day would cost.
# untranslated: ch9_march_107

# ch09_east.vn:171 · front.march · narration
# source-hash: e6557620
# source: Before the link went quiet that night, Lena said she might be late tomorrow: there was a meeting upstairs at eight, and she did not know how long it would take. She said it lightly. Shin heard how lightly, and did not ask.
# untranslated: ch9_march_108

# ch09_east.vn:176 · front.march · narration
# source-hash: 659c01af
# source: On the third day the land rose, and the birches thinned, and a little after noon, far off in the east, there were chimneys.
# untranslated: ch9_march_109

## Scene republic.offensive

# ch09_east.vn:179 · scene `republic.offensive` title
# source-hash: 9c57a00a
# source: The Wall
# untranslated: scene-republic-offensive

# ch09_east.vn:187 · republic.offensive · narration
# source-hash: 185c90c4
# source: The third night. At four minutes past nine, the hour she had called them every night for months, every siren in the First Sector went off at once. Vladilena Mirize was out of her door with her coat half on before she had decided to go, and by the time she had decided, she was standing in the corridor outside control room three, where she had no business to be.
# untranslated: ch9_wall_1

# ch09_east.vn:189 · republic.offensive · narration
# source-hash: a64e2a73
# source: She had been relieved of command that morning, at eight, upstairs, by three officers who read the Board's findings aloud to her and did not look up while they did it. Pending review. Effective at once.
# untranslated: ch9_wall_6

# ch09_east.vn:191 · republic.offensive · narration
# source-hash: d501082c
# source: She had been relieved of command on the second day of the march, the day after the link went quiet. A letter, three paragraphs: the Board's findings, pending review, effective at once.
# untranslated: ch9_wall_7

# ch09_east.vn:192 · republic.offensive · narration
# source-hash: 060ef933
# source: A clerk had taken her band. He had put it in an envelope, and written her name on the envelope, and then crossed her name out and written a number.
# untranslated: ch9_wall_8

# ch09_east.vn:193 · republic.offensive · narration
# source-hash: babd92e4
# source: Through the door: telephones, a chair going over, someone calling the same grid reference again and again, louder each time. The speaker in the ceiling saying all sectors, all sectors. Under the door, a line of red light. She did not need to see the map. She knew what the map looked like from the colour under the door.
# untranslated: ch9_wall_9

# ch09_east.vn:194 · republic.offensive · narration
# source-hash: b0f877c6
# source: Her hand went to the back of her neck. There was nothing there: a pale line where the band had been for months, and the cold of the corridor on it.
# untranslated: ch9_wall_10

# ch09_east.vn:198 · republic.offensive · duval
# source-hash: 7fbeaea7
# source: Mirize. You shouldn't be... no. I don't suppose you should be anywhere else, either.
# untranslated: ch9_wall_11

# ch09_east.vn:199 · republic.offensive · lena
# source-hash: c7afce83
# source: How bad?
# untranslated: ch9_wall_12

# ch09_east.vn:200 · republic.offensive · duval
# source-hash: a6f203ec
# source: The whole wall. East one to east nine, everything they've got, all at once. They've given me a sector. Forty Processors I've never heard of, all talking at once, and I don't know a single one of their names.
# untranslated: ch9_wall_13

# ch09_east.vn:201 · republic.offensive · lena
# source-hash: 2ad75442
# source: Ask them.
# untranslated: ch9_wall_14

# ch09_east.vn:202 · republic.offensive · duval (surprised)
# source-hash: c8a15889
# source: What?
# untranslated: ch9_wall_15

# ch09_east.vn:203 · republic.offensive · lena
# source-hash: 5f260a7f
# source: Ask them their names. It's quicker than it sounds.
# untranslated: ch9_wall_16

# ch09_east.vn:204 · republic.offensive · narration
# source-hash: 14b29928
# source: He looked at her as if she had handed him something heavy that he had not known he could lift.
# untranslated: ch9_wall_17

# ch09_east.vn:205 · republic.offensive · lena
# source-hash: 44e33b13
# source: Captain. Spearhead's channel.
# untranslated: ch9_wall_18

# ch09_east.vn:207 · republic.offensive · duval
# source-hash: 31d317b5
# source: There's a light on it. Still. Somebody out there is connected. Nobody's on this end.
# untranslated: ch9_wall_19

# ch09_east.vn:208 · republic.offensive · narration
# source-hash: 46b0d455
# source: She shut her eyes.
# untranslated: ch9_wall_20

# ch09_east.vn:209 · republic.offensive · lena
# source-hash: 5a214672
# source: Thank you.
# untranslated: ch9_wall_21

# ch09_east.vn:211 · republic.offensive · duval (sad)
# source-hash: 76f1c905
# source: It's dark, Mirize. It's been dark since the first day.
# untranslated: ch9_wall_22

# ch09_east.vn:212 · republic.offensive · lena
# source-hash: 670467ec
# source: I know. I wanted to hear someone say it.
# untranslated: ch9_wall_23

# ch09_east.vn:213 · republic.offensive · narration
# source-hash: 0e6b2a0d
# source: He opened his mouth, and she saw him reach for coffee, the one thing he had ever known how to offer her. There was no coffee. There was no time. He went back in, and the door swung shut on the noise.
# untranslated: ch9_wall_24

# ch09_east.vn:215 · republic.offensive · narration
# source-hash: 0b0e3e2b
# source: She stayed in the corridor until the sirens stopped, a little before dawn. Nobody told her to go home. Nobody told her anything.
# untranslated: ch9_wall_25

# ch09_east.vn:220 · republic.offensive · narration
# source-hash: f4b014f2
# source: The third night. At four minutes past nine, with the band at her throat and the link to Spearhead open, the map in control room three went red from one edge to the other, and stayed red.
# untranslated: ch9_wall_2

# ch09_east.vn:222 · republic.offensive · narration
# source-hash: 7930ba62
# source: The third night. At four minutes past nine, with the band at her throat and Spearhead's channel open on three days of static, as it had been every night since they left, the map in control room three went red from one edge to the other, and stayed red.
# untranslated: ch9_wall_73

# ch09_east.vn:223 · republic.offensive · narration
# source-hash: 04599f9b
# source: For nine years the map had shown the eastern front as a clean green line. Tonight there was no line. There was the wall, and against the whole length of it, from the first ward to the ninth, the Legion.
# untranslated: ch9_wall_26

# ch09_east.vn:224 · republic.offensive · narration
# source-hash: 91d241d8
# source: Headquarters came apart like a building that had never once practised. Handlers arrived from home in coats over their pyjamas. A staff colonel stood in the middle of the corridor with a telephone in each hand, saying "yes" into both. Somebody had left the radio on in the canteen, and the radio was saying that the eastern front was stable.
# untranslated: ch9_wall_27

# ch09_east.vn:225 · republic.offensive · hq
# source-hash: 836a7b5f
# source: All Handlers, all Handlers. Sector assignments follow. Handler One, you have east four, wall segments eleven to sixteen. Six squadrons. Frequencies on your board.
# untranslated: ch9_wall_28

# ch09_east.vn:226 · republic.offensive · narration
# source-hash: dce0a601
# source: A lieutenant she did not know put a folder in her hands. Six squadrons. Call signs. No names. On the board six new lights came on, and under them, voices: young, frightened, waiting for somebody to tell them something.
# untranslated: ch9_wall_29

# ch09_east.vn:229 · republic.offensive · duval
# source-hash: b0cff80e
# source: They gave me the reserve. The reserve is me and that telephone. I think they forgot I was here.
# untranslated: ch9_wall_30

# ch09_east.vn:232 · republic.offensive · narration
# source-hash: e9c70907
# source: And then, under all of it, on the channel marked SPEARHEAD, a voice from so far away that the hiss was louder than the words.
# untranslated: ch9_wall_31

# ch09_east.vn:234 · republic.offensive · shin
# source-hash: 7435d9c0
# source: Lena. I've found him.
# untranslated: ch9_wall_32

# ch09_east.vn:236 · republic.offensive · shin
# source-hash: ec8373ab
# source: Handler One. I've found him.
# untranslated: ch9_wall_33

# ch09_east.vn:237 · republic.offensive · shin
# source-hash: cb5b7fe3
# source: He's in the town with the chimneys. Nearly everything else went west tonight. To you. He didn't go with them. He's waiting.
# untranslated: ch9_wall_34

# ch09_east.vn:239 · republic.offensive · narration
# source-hash: 81597e17
# source: And then, on the channel marked SPEARHEAD, dark for three days, something. A crackle. The shape of a voice, very far off: two words, perhaps three, less than a breath.
# untranslated: ch9_wall_35

# ch09_east.vn:240 · republic.offensive · shin
# source-hash: 65564fe7
# source: ...found... him...
# untranslated: ch9_wall_36

# ch09_east.vn:241 · republic.offensive · narration
# source-hash: a48d9797
# source: Then static again. It could have been anything. She knew it was not anything.
# untranslated: ch9_wall_37

# ch09_east.vn:243 · republic.offensive · narration
# source-hash: 8608ce9b
# source: She knew whom he meant. She had known since the night he told her: one voice in the east, calling, every night, and a boy who had planned for everything up to one particular day.
# untranslated: ch9_wall_38

# ch09_east.vn:245 · republic.offensive · narration
# source-hash: 94fa1617
# source: He did not say who. He did not have to. She had heard how he said "him".
# untranslated: ch9_wall_39

# ch09_east.vn:246 · republic.offensive · narration
# source-hash: 50be75ff
# source: On the board, the six lights of the wall were waiting. Duval was watching her, and trying not to.
# untranslated: ch9_wall_40

# ch09_east.vn:247 · republic.offensive · choice
# source-hash: d985a2de
# source: Six squadrons on the wall, waiting for a voice. One, very far away, not asking her for anything.
# untranslated: ch9_wall_q1

# ch09_east.vn:248 · republic.offensive · option
# source-hash: 66d11c04
# source: Take the wall.
# untranslated: ch9_wall_o1

# ch09_east.vn:252 · republic.offensive · narration
# source-hash: 337d4c75
# source: She took the wall.
# untranslated: ch9_wall_3

# ch09_east.vn:254 · republic.offensive · lena
# source-hash: c3c4cfd4
# source: Shin. They've given me the wall. Six squadrons. I...
# untranslated: ch9_wall_41

# ch09_east.vn:255 · republic.offensive · shin
# source-hash: 0ac8ced9
# source: I heard. Go.
# untranslated: ch9_wall_42

# ch09_east.vn:256 · republic.offensive · narration
# source-hash: b1f89540
# source: She turned Spearhead's channel down until it was one small light in the corner of the board. Then she did not look at it, because if she looked at it she would not be able to do anything else.
# untranslated: ch9_wall_43

# ch09_east.vn:257 · republic.offensive · lena
# source-hash: e82c0d34
# source: Sector east four, this is Handler One. I'm your Handler tonight. Squadron leaders, your names, please. Not your call signs. Quickly.
# untranslated: ch9_wall_44

# ch09_east.vn:258 · republic.offensive · narration
# source-hash: ab56c8ab
# source: There was a silence on six channels at once. Then a boy on segment twelve said his name was Aurel, and asked whether that was an order. She said it was. After that they came quickly.
# untranslated: ch9_wall_45

# ch09_east.vn:259 · republic.offensive · narration
# source-hash: f574850a
# source: She held the wall all night. She called the spacing and the gaps and the places they would bunch up at the gates; she found a culvert under segment fourteen that was on nobody's map but hers. Two of her lights went grey before dawn. She knew both their names. It was all she had to give them, and she gave it.
# untranslated: ch9_wall_46

# ch09_east.vn:260 · republic.offensive · narration
# source-hash: 7085e5eb
# source: Duval, with nothing to do but watch, watched. Some time after three, she saw that he had taken out a pencil and was writing the names down too.
# untranslated: ch9_wall_47

# ch09_east.vn:261 · republic.offensive · option
# source-hash: 3289c580
# source: Give the wall to Duval. Stay on Spearhead's channel.
# untranslated: ch9_wall_o2

# ch09_east.vn:267 · republic.offensive · lena
# source-hash: 59aa865a
# source: Captain. Take the wall.
# untranslated: ch9_wall_48

# ch09_east.vn:268 · republic.offensive · narration
# source-hash: 1e632753
# source: Duval went white.
# untranslated: ch9_wall_4

# ch09_east.vn:269 · republic.offensive · duval (surprised)
# source-hash: 530cc784
# source: Me? Mirize, I've never held anything but a template. I copy yesterday's and change the date.
# untranslated: ch9_wall_49

# ch09_east.vn:270 · republic.offensive · lena
# source-hash: fa9a368c
# source: Then change the date. Ask them their names. Listen before you talk. You'll be better at it than you think.
# untranslated: ch9_wall_50

# ch09_east.vn:271 · republic.offensive · duval
# source-hash: 1b479467
# source: You don't know that.
# untranslated: ch9_wall_51

# ch09_east.vn:272 · republic.offensive · lena
# source-hash: 80c6697b
# source: No. Do it anyway.
# untranslated: ch9_wall_52

# ch09_east.vn:273 · republic.offensive · narration
# source-hash: d0371dd0
# source: He put the band on. His hands shook so badly that he got it crooked, and took it off, and put it on again. Then he sat down in front of six lights and did the bravest thing she had ever seen him do, which was to open his mouth.
# untranslated: ch9_wall_53

# ch09_east.vn:274 · republic.offensive · duval
# source-hash: 8dd34ae9
# source: Sector east four. This is... Captain Duval. I'm your Handler tonight. Talk to me. Start with your names.
# untranslated: ch9_wall_54

# ch09_east.vn:276 · republic.offensive · lena
# source-hash: 931679b7
# source: Shin. I'm here. I'm staying.
# untranslated: ch9_wall_55

# ch09_east.vn:277 · republic.offensive · shin
# source-hash: 64832f28
# source: ...Good.
# untranslated: ch9_wall_56

# ch09_east.vn:278 · republic.offensive · narration
# source-hash: 7bb43e4b
# source: She pulled up the map of the east beside his light, the map with no grid, and began to call what she could read of it for them, as she had on the first night: the ground, the spacing, the places where the old town would bunch them up. Half of every sentence was lost. They took the half that came through.
# untranslated: ch9_wall_57

# ch09_east.vn:280 · republic.offensive · narration
# source-hash: 3dc3924a
# source: She put on Spearhead's channel and talked into the static: the wall, the hour, that she was there, that she had stayed. Nothing came back. Annette had told her once that a signal never quite stops; it only gets too small to find. Somewhere past the edge of the range a word of it might carry, or a breath. She decided that was true, and kept talking.
# untranslated: ch9_wall_58

# ch09_east.vn:281 · republic.offensive · option
# source-hash: 753a8c6a
# source: Raise the sync as far as it goes, and go where Shin goes.
# untranslated: ch9_wall_o3

# ch09_east.vn:283 · republic.offensive · narration
# source-hash: 059e42a2
# source: She looked at the light marked SPEARHEAD, and at the six lights of the wall, and at Duval.
# untranslated: ch9_wall_5

# ch09_east.vn:284 · republic.offensive · lena
# source-hash: b4360b97
# source: Captain. The wall is yours. Ask them their names. Listen before you talk.
# untranslated: ch9_wall_59

# ch09_east.vn:285 · republic.offensive · duval (worried)
# source-hash: 12ea305e
# source: Mirize, I can't...
# untranslated: ch9_wall_60

# ch09_east.vn:286 · republic.offensive · narration
# source-hash: d3ef8d24
# source: He was frightened. She watched him be frightened, and watched him put the band on anyway, and turn to the board.
# untranslated: ch9_wall_61

# ch09_east.vn:287 · republic.offensive · narration
# source-hash: 3e1dd141
# source: She picked up the telephone to the research wing. Annette answered before the first ring had finished.
# untranslated: ch9_wall_62

# ch09_east.vn:288 · republic.offensive · annette
# source-hash: ed60a07a
# source: I know. I've been watching your readings since nine. I know what you're going to ask.
# untranslated: ch9_wall_63

# ch09_east.vn:289 · republic.offensive · lena
# source-hash: f56c496a
# source: All the way, Annette.
# untranslated: ch9_wall_64

# ch09_east.vn:290 · republic.offensive · annette
# source-hash: 946d3b46
# source: There isn't an all the way. I never built one. I built a limiter, and you had me take it out.
# untranslated: ch9_wall_65

# ch09_east.vn:291 · republic.offensive · lena
# source-hash: 7022026d
# source: Then as far as it goes.
# untranslated: ch9_wall_66

# ch09_east.vn:292 · republic.offensive · narration
# source-hash: 0fb96991
# source: A silence on the line, full of the hum of the laboratory.
# untranslated: ch9_wall_67

# ch09_east.vn:293 · republic.offensive · annette
# source-hash: 1d08170b
# source: If I say stop, you won't hear me.
# untranslated: ch9_wall_68

# ch09_east.vn:294 · republic.offensive · lena
# source-hash: a17fca79
# source: I know.
# untranslated: ch9_wall_69

# ch09_east.vn:295 · republic.offensive · annette
# source-hash: 1c3cbd3e
# source: ...Then I'll be here when you come back. Right here, Lena. Come back.
# untranslated: ch9_wall_70

# ch09_east.vn:299 · republic.offensive · narration
# source-hash: cd43c721
# source: Two floors below, a dial turned. Control room three went away: the sirens, the red, Duval's voice asking a stranger for her name. What came instead was the east, all of it, and the dark, and in the dark a great many voices, and one of them was Shin's.
# untranslated: ch9_wall_71

# ch09_east.vn:300 · republic.offensive · narration
# source-hash: a7350c8b
# source: She went where he went.
# untranslated: ch9_wall_72

## Scene front.shepherd

# ch09_east.vn:305 · scene `front.shepherd` title
# source-hash: fe33fd28
# source: The Shepherd
# untranslated: scene-front-shepherd

# ch09_east.vn:309 · front.shepherd · narration
# source-hash: 97245c20
# source: The town had made steel once. Its chimneys stood up against the last of the light in a row of nine; one had fallen, and lay across the rail yard in pieces the size of houses. Cranes stood over the dead river with their hooks still down. There were slag heaps grown over with thin grass, and sheds long enough to lose a train in.
# untranslated: ch9_shepherd_1

# ch09_east.vn:310 · front.shepherd · narration
# source-hash: 5e8a325f
# source: The Legion had made a nest of it. All week the sheds had been full: Shin had heard them, thousands, murmuring in the dark. Tonight nearly all of it had gone west, to the walls. What was left was an escort, and the old one.
# untranslated: ch9_shepherd_5

# ch09_east.vn:311 · front.shepherd · narration
# source-hash: 7e28b618
# source: It was in the foundry, the biggest of the sheds, and it came out when they came in.
# untranslated: ch9_shepherd_6

# ch09_east.vn:312 · front.shepherd · narration
# source-hash: aa792b65
# source: It was larger than anything any of them had fought, and older. Its armour did not match. It had been mended with pieces of other machines, patch over patch, for years, by something that would not let it be finished. The smaller machines moved when it moved, and stopped when it stopped, and turned when it turned, like a flock.
# untranslated: ch9_shepherd_7

# ch09_east.vn:313 · front.shepherd · raiden
# source-hash: bb4f48aa
# source: Shin. Is that...
# untranslated: ch9_shepherd_8

# ch09_east.vn:314 · front.shepherd · shin
# source-hash: df3660ed
# source: Yes.
# untranslated: ch9_shepherd_9

# ch09_east.vn:315 · front.shepherd · narration
# source-hash: 7da44656
# source: He did not have to listen for it. He had been hearing this one voice since he was small, under all the others, every night, from the east. Tonight it was close enough to drown them.
# untranslated: ch9_shepherd_10

# ch09_east.vn:316 · front.shepherd · shin
# source-hash: 5ce5bb92
# source: Shourei.
# untranslated: ch9_shepherd_11

# ch09_east.vn:317 · front.shepherd · narration
# source-hash: afafe79e
# source: He said it once, to nobody, and then he gave his orders, because there were eleven other people on the link and he had brought them here.
# untranslated: ch9_shepherd_12

# ch09_east.vn:318 · front.shepherd · shin
# source-hash: 38ed6a9f
# source: Kurena, the slag heap on the left. Its rear joints. Raiden, Theo, draw the escort into the yard and keep them there. Mattie, Tobiah, the sheds. Yuna, find me a way in under the cranes. Everyone else on Raiden.
# untranslated: ch9_shepherd_13

# ch09_east.vn:319 · front.shepherd · kurena
# source-hash: 85df4a78
# source: Shin.
# untranslated: ch9_shepherd_14

# ch09_east.vn:320 · front.shepherd · shin
# source-hash: da7c3157
# source: I know.
# untranslated: ch9_shepherd_15

# ch09_east.vn:321 · front.shepherd · narration
# source-hash: c293b0ec
# source: Pim could not fight. Wherever they had left him, he knew where every one of them was, and could hear all of it. Theo said afterwards that was worse.
# untranslated: ch9_shepherd_110

# ch09_east.vn:323 · front.shepherd · narration
# source-hash: 258a4848
# source: Nobody was listening from the west. The band at Shin's neck had been cold on that side for three days. Whatever happened here would happen to twelve people and nobody else, and nobody else would ever quite know how it went. It was only theirs.
# untranslated: ch9_shepherd_16

# ch09_east.vn:325 · front.shepherd · narration
# source-hash: 86f2e30a
# source: Lena had not connected since the morning. The link to the west was open at their end and empty at the other, a door left on the latch.
# untranslated: ch9_shepherd_17

# ch09_east.vn:328 · front.shepherd · narration
# source-hash: 7b632355
# source: After that there was only noise, and the smell of hot metal, and the voices on the link, all twelve of them at once, as there had not been in two years.
# untranslated: ch9_shepherd_18

# ch09_east.vn:329 · front.shepherd · theo
# source-hash: edd73048
# source: Three on me in the yard, Raiden. Three. They're very keen.
# untranslated: ch9_shepherd_19

# ch09_east.vn:330 · front.shepherd · raiden
# source-hash: 59db5c66
# source: I see them. Left, Theo. Round the chimney.
# untranslated: ch9_shepherd_20

# ch09_east.vn:333 · front.shepherd · yuna
# source-hash: 7d4b38d2
# source: There's a way in under the cranes. It's narrow. Shin, it's very narrow.
# untranslated: ch9_shepherd_21

# ch09_east.vn:334 · front.shepherd · shin
# source-hash: 1d18767c
# source: Narrow is enough.
# untranslated: ch9_shepherd_22

# ch09_east.vn:336 · front.shepherd · kurena
# source-hash: c2f8f66c
# source: Rear left joint. Hit. It didn't care.
# untranslated: ch9_shepherd_23

# ch09_east.vn:337 · front.shepherd · tobiah
# source-hash: 0e935e23
# source: Two more coming out of the long shed. Mattie, with me.
# untranslated: ch9_shepherd_24

# ch09_east.vn:338 · front.shepherd · narration
# source-hash: 96009f70
# source: And under all of it, on the link, very quietly, Noor was singing. Come in, come in, the dark's coming. She had been singing since the first shot, under her breath, in her mother's language, and nobody told her to stop. Under her, Mattie hummed the low note. You felt it in the seat before you heard it.
# untranslated: ch9_shepherd_25

# ch09_east.vn:341 · front.shepherd · narration
# source-hash: b5707477
# source: The old machine turned. The smaller ones turned with it. It knew where Shin was. It had always known.
# untranslated: ch9_shepherd_26

# ch09_east.vn:345 · front.shepherd · narration
# source-hash: b92d5a8b
# source: Lena was there. Not at the thin far end of the link, where she had always been: in it, all the way down, in the place where Shin had lived since he was small.
# untranslated: ch9_shepherd_27

# ch09_east.vn:346 · front.shepherd · narration
# source-hash: 771fdca6
# source: The dead were very loud there. Thousands, far and near, each saying its one last thing, over and over, to nobody. Someone asking for water. Someone counting, and losing count, and starting again.
# untranslated: ch9_shepherd_28

# ch09_east.vn:347 · front.shepherd · narration
# source-hash: af255403
# source: And in the middle of them, one voice that was not only repeating. It was looking for something. It had been looking for years.
# untranslated: ch9_shepherd_29

# ch09_east.vn:348 · front.shepherd · lena
# source-hash: 58e1ed78
# source: Corporal Nouzen.
# untranslated: ch9_shepherd_2

# ch09_east.vn:349 · front.shepherd · narration
# source-hash: c044a5c7
# source: The great machine slowed.
# untranslated: ch9_shepherd_30

# ch09_east.vn:350 · front.shepherd · lena
# source-hash: 7a4f6193
# source: You won't know my voice. I was small. You carried me out of a town that was burning, the day my father came to the front. I'd lost a shoe. You didn't want me to look at the fire, so you gave me the buttons of your coat to count.
# untranslated: ch9_shepherd_31

# ch09_east.vn:351 · front.shepherd · lena
# source-hash: dbe29a4e
# source: There were six, and a place where the seventh should have been. I counted that one too. Every time, all the way back.
# untranslated: ch9_shepherd_32

# ch09_east.vn:352 · front.shepherd · lena
# source-hash: 76badf5d
# source: My name is Vladilena Mirize. I've come a long way with your brother. He's come a great deal further. Let him through.
# untranslated: ch9_shepherd_33

# ch09_east.vn:353 · front.shepherd · narration
# source-hash: 64d13530
# source: For a moment, the voice that had been looking stopped looking.
# untranslated: ch9_shepherd_34

# ch09_east.vn:354 · front.shepherd · narration
# source-hash: 21eacf6f
# source: Something in it remembered. Not her name, perhaps, or the town, or the shoe. Something smaller: a weight carried on one shoulder, a child's voice at its ear, counting, six, and the one that isn't there.
# untranslated: ch9_shepherd_35

# ch09_east.vn:355 · front.shepherd · narration
# source-hash: 24959fa4
# source: The old machine held still.
# untranslated: ch9_shepherd_36

# ch09_east.vn:356 · front.shepherd · narration
# source-hash: 4ac6e4c7
# source: It did not fight. It did not turn when the smaller ones turned. It stood in the mouth of the foundry with the last light on it, and waited, and Shin reached him.
# untranslated: ch9_shepherd_37

# ch09_east.vn:357 · front.shepherd · narration
# source-hash: c2d8f839
# source: What Shin said to his brother then, he said very quietly. Lena heard it, because she was where he was. She never told anyone what it was. It was not hers.
# untranslated: ch9_shepherd_38

# ch09_east.vn:359 · front.shepherd · narration
# source-hash: aa3a897b
# source: It came for him across the yard, and the yard shook.
# untranslated: ch9_shepherd_39

# ch09_east.vn:360 · front.shepherd · narration
# source-hash: e6921674
# source: Kurena hit the rear joint again, and again, until it cared. Raiden and Theo drew the escort into the sheds and held them there, longer than two Juggernauts should have been able to hold anything. Yuna's way under the cranes was narrow, and Shin took it, and came out on the far side close enough to touch.
# untranslated: ch9_shepherd_40

# ch09_east.vn:361 · front.shepherd · narration
# source-hash: 12a95179
# source: He said his brother's name once more, on the link, where all of them heard it.
# untranslated: ch9_shepherd_41

# ch09_east.vn:362 · front.shepherd · shin
# source-hash: e9ca809a
# source: Shourei.
# untranslated: ch9_shepherd_42

# ch09_east.vn:363 · front.shepherd · narration
# source-hash: 4637c8f8
# source: Then Shin reached him, and after that there was one voice fewer in the dark. Only Shin could hear the difference.
# untranslated: ch9_shepherd_43

# ch09_east.vn:366 · front.shepherd · narration
# source-hash: 1a05cadf
# source: Afterwards, none of them could say how close it had been, because it had been close all the time.
# untranslated: ch9_shepherd_3

# ch09_east.vn:367 · front.shepherd · narration
# source-hash: ccb01793
# source: Theo's unit lay on its side in the rail yard with two legs left, and Theo sat on top of it and laughed at nothing for a full minute. Raiden had spent the last of it under a fallen gantry; Ezra and Tobiah dug him out with their hands. Kurena had one round left. She had counted. Yuna's canopy had a hole in it a hand's width from where her head had been, and she kept putting her fingers in it to check.
# untranslated: ch9_shepherd_44

# ch09_east.vn:368 · front.shepherd · narration
# source-hash: f4ced76d
# source: A metre here. A second there. All night, over and over, the width of a hand.
# untranslated: ch9_shepherd_45

# ch09_east.vn:369 · front.shepherd · narration
# source-hash: 134b66cd
# source: Then Shin did the count, because someone had to, and it had always been him.
# untranslated: ch9_shepherd_46

# ch09_east.vn:370 · front.shepherd · shin
# source-hash: 05643a29
# source: Werewolf.
# untranslated: ch9_shepherd_47

# ch09_east.vn:371 · front.shepherd · raiden
# source-hash: 024bd56d
# source: Here.
# untranslated: ch9_shepherd_48

# ch09_east.vn:372 · front.shepherd · shin
# source-hash: 3b9006b8
# source: Laughing Fox.
# untranslated: ch9_shepherd_49

# ch09_east.vn:373 · front.shepherd · theo
# source-hash: 53138306
# source: Here. Most of me.
# untranslated: ch9_shepherd_50

# ch09_east.vn:374 · front.shepherd · shin
# source-hash: d6ca91d1
# source: Gunslinger.
# untranslated: ch9_shepherd_51

# ch09_east.vn:375 · front.shepherd · kurena
# source-hash: 26a7c0dc
# source: Here.
# untranslated: ch9_shepherd_52

# ch09_east.vn:376 · front.shepherd · shin
# source-hash: f5b528df
# source: Snow Witch.
# untranslated: ch9_shepherd_53

# ch09_east.vn:377 · front.shepherd · anju
# source-hash: dae1c90a
# source: Here.
# untranslated: ch9_shepherd_54

# ch09_east.vn:378 · front.shepherd · shin
# source-hash: 7c2aad51
# source: Bellringer.
# untranslated: ch9_shepherd_55

# ch09_east.vn:379 · front.shepherd · mattie
# source-hash: f3043b48
# source: Here.
# untranslated: ch9_shepherd_56

# ch09_east.vn:380 · front.shepherd · shin
# source-hash: 38806a28
# source: Wisp.
# untranslated: ch9_shepherd_57

# ch09_east.vn:381 · front.shepherd · narration
# source-hash: 1bb78080
# source: Yuna laughed, and for once it had a sound.
# untranslated: ch9_shepherd_58

# ch09_east.vn:382 · front.shepherd · yuna
# source-hash: 6535d03b
# source: Here.
# untranslated: ch9_shepherd_59

# ch09_east.vn:383 · front.shepherd · shin
# source-hash: 7e6f99bd
# source: Ferryman.
# untranslated: ch9_shepherd_60

# ch09_east.vn:384 · front.shepherd · tobiah
# source-hash: 939519f6
# source: Here.
# untranslated: ch9_shepherd_61

# ch09_east.vn:385 · front.shepherd · shin
# source-hash: 20522d40
# source: Magpie.
# untranslated: ch9_shepherd_62

# ch09_east.vn:386 · front.shepherd · sasha
# source-hash: fdb181e4
# source: Here.
# untranslated: ch9_shepherd_63

# ch09_east.vn:387 · front.shepherd · shin
# source-hash: 12a9839a
# source: Tinker.
# untranslated: ch9_shepherd_64

# ch09_east.vn:388 · front.shepherd · ezra
# source-hash: 80ff8bb9
# source: Here. My unit isn't.
# untranslated: ch9_shepherd_65

# ch09_east.vn:389 · front.shepherd · shin
# source-hash: 9c0341a0
# source: Nightjar.
# untranslated: ch9_shepherd_66

# ch09_east.vn:390 · front.shepherd · noor
# source-hash: bb4519f0
# source: Here.
# untranslated: ch9_shepherd_67

# ch09_east.vn:391 · front.shepherd · narration
# source-hash: e779219a
# source: And then, under her breath, the last of the numbers, in her mother's language, to the end of the song.
# untranslated: ch9_shepherd_68

# ch09_east.vn:392 · front.shepherd · shin
# source-hash: 4a38a5eb
# source: Scarecrow.
# untranslated: ch9_shepherd_69

# ch09_east.vn:393 · front.shepherd · pim
# source-hash: 28db4794
# source: Here.
# untranslated: ch9_shepherd_70

# ch09_east.vn:394 · front.shepherd · narration
# source-hash: 7f6b9dbb
# source: Pim's voice was trying very hard. It got there.
# untranslated: ch9_shepherd_71

# ch09_east.vn:395 · front.shepherd · raiden
# source-hash: 3ca7a4f1
# source: Undertaker.
# untranslated: ch9_shepherd_72

# ch09_east.vn:396 · front.shepherd · shin
# source-hash: 4b6cc6ab
# source: Here.
# untranslated: ch9_shepherd_73

# ch09_east.vn:397 · front.shepherd · narration
# source-hash: c3ca98bf
# source: Twelve.
# untranslated: ch9_shepherd_74

# ch09_east.vn:399 · front.shepherd · shin
# source-hash: 64c461c9
# source: Lena.
# untranslated: ch9_shepherd_75

# ch09_east.vn:400 · front.shepherd · lena
# source-hash: 4bffc2a2
# source: Here.
# untranslated: ch9_shepherd_76

# ch09_east.vn:403 · front.shepherd · narration
# source-hash: a3ea9e89
# source: Afterwards Shin did the count, because someone had to, and it had always been him.
# untranslated: ch9_shepherd_4

# ch09_east.vn:404 · front.shepherd · shin
# source-hash: e46b508c
# source: Werewolf.
# untranslated: ch9_shepherd_77

# ch09_east.vn:405 · front.shepherd · raiden
# source-hash: d4c65c8c
# source: Here.
# untranslated: ch9_shepherd_78

# ch09_east.vn:406 · front.shepherd · shin
# source-hash: 3ec61f0d
# source: Laughing Fox.
# untranslated: ch9_shepherd_79

# ch09_east.vn:407 · front.shepherd · theo
# source-hash: f3aab161
# source: Here.
# untranslated: ch9_shepherd_80

# ch09_east.vn:408 · front.shepherd · shin
# source-hash: 79675c32
# source: Gunslinger.
# untranslated: ch9_shepherd_81

# ch09_east.vn:409 · front.shepherd · kurena
# source-hash: 3c1f798b
# source: Here.
# untranslated: ch9_shepherd_82

# ch09_east.vn:410 · front.shepherd · shin
# source-hash: bfdce564
# source: Snow Witch.
# untranslated: ch9_shepherd_83

# ch09_east.vn:411 · front.shepherd · anju
# source-hash: f0d0abad
# source: Here.
# untranslated: ch9_shepherd_84

# ch09_east.vn:412 · front.shepherd · shin
# source-hash: fad8e7e6
# source: Bellringer.
# untranslated: ch9_shepherd_85

# ch09_east.vn:413 · front.shepherd · mattie
# source-hash: 9e407497
# source: Here.
# untranslated: ch9_shepherd_86

# ch09_east.vn:414 · front.shepherd · shin
# source-hash: 86c71317
# source: Wisp.
# untranslated: ch9_shepherd_87

# ch09_east.vn:415 · front.shepherd · yuna
# source-hash: ff5e7c59
# source: Here.
# untranslated: ch9_shepherd_88

# ch09_east.vn:416 · front.shepherd · shin
# source-hash: 40c96f62
# source: Ferryman.
# untranslated: ch9_shepherd_89

# ch09_east.vn:417 · front.shepherd · tobiah
# source-hash: b4ca243a
# source: Here.
# untranslated: ch9_shepherd_90

# ch09_east.vn:418 · front.shepherd · shin
# source-hash: e251be1e
# source: Magpie.
# untranslated: ch9_shepherd_91

# ch09_east.vn:419 · front.shepherd · sasha
# source-hash: b39fe178
# source: Here.
# untranslated: ch9_shepherd_92

# ch09_east.vn:420 · front.shepherd · shin
# source-hash: d098a470
# source: Tinker.
# untranslated: ch9_shepherd_93

# ch09_east.vn:421 · front.shepherd · ezra
# source-hash: ff6f78de
# source: Here.
# untranslated: ch9_shepherd_94

# ch09_east.vn:422 · front.shepherd · shin
# source-hash: 1231ed22
# source: Nightjar.
# untranslated: ch9_shepherd_95

# ch09_east.vn:424 · front.shepherd · shin
# source-hash: 83926b2d
# source: Nightjar.
# untranslated: ch9_shepherd_96

# ch09_east.vn:425 · front.shepherd · narration
# source-hash: 324827d7
# source: Nothing came back. Not static. The link was open and clear, and there was nobody on it where Noor had been.
# untranslated: ch9_shepherd_97

# ch09_east.vn:426 · front.shepherd · narration
# source-hash: 7b411ec1
# source: Then they remembered, all of them at once, that the singing had stopped. Somewhere in the middle of it, when the old machine turned and the yard shook, Noor had been singing the part about nobody staying out, and then she had not been singing. There had been so much noise. Nobody had noticed the moment. Every one of them would remember not noticing it.
# untranslated: ch9_shepherd_98

# ch09_east.vn:428 · front.shepherd · narration
# source-hash: 20dda382
# source: Lena had noticed. She had been where Shin was, and he had heard it stop, and so had she, and there had been nothing to do with it but keep it.
# untranslated: ch9_shepherd_99

# ch09_east.vn:429 · front.shepherd · shin
# source-hash: 13077d14
# source: Noor.
# untranslated: ch9_shepherd_100

# ch09_east.vn:430 · front.shepherd · narration
# source-hash: 5758d270
# source: Mattie began to hum. Not his low note: hers. Her tune, from the place where it had stopped, through the numbers, to the end. He did not know the words. He knew the numbers. They all knew the numbers now.
# untranslated: ch9_shepherd_101

# ch09_east.vn:431 · front.shepherd · shin
# source-hash: 2d6b7f3f
# source: Scarecrow.
# untranslated: ch9_shepherd_102

# ch09_east.vn:432 · front.shepherd · pim
# source-hash: 3cd3eca7
# source: Here.
# untranslated: ch9_shepherd_103

# ch09_east.vn:433 · front.shepherd · raiden
# source-hash: aad3cbe3
# source: Undertaker.
# untranslated: ch9_shepherd_104

# ch09_east.vn:434 · front.shepherd · shin
# source-hash: 1089e631
# source: Here.
# untranslated: ch9_shepherd_105

# ch09_east.vn:435 · front.shepherd · narration
# source-hash: 2bbec019
# source: Eleven.
# untranslated: ch9_shepherd_106

# ch09_east.vn:437 · front.shepherd · shin
# source-hash: 99032b77
# source: Lena.
# untranslated: ch9_shepherd_107

# ch09_east.vn:438 · front.shepherd · lena
# source-hash: f005f768
# source: Here.
# untranslated: ch9_shepherd_108

# ch09_east.vn:439 · front.shepherd · narration
# source-hash: 20deb179
# source: The seven had put themselves between the escort and the five from the first shot, as if they had agreed it among themselves a long time ago, and perhaps they had. Noor was the first of them. In the days east of the chimneys she would not be the last. But that night she was the only one, and they counted her anyway: twice, in case they had been wrong the first time.
# untranslated: ch9_shepherd_109

## Scene front.warm_snow

# ch10_endings.vn:6 · scene `front.warm_snow` title
# source-hash: 0a374be4
# source: Warm Snow
# untranslated: scene-front-warm_snow

# ch10_endings.vn:10 · front.warm_snow · narration
# source-hash: bf1fa006
# source: Thirty-eight days east of the first ward, the road climbed a hill and gave up being a road.
# untranslated: ch10_snow_1

# ch10_endings.vn:11 · front.warm_snow · narration
# source-hash: 0756165e
# source: There had been no Legion ahead of them for nine days. Shin listened every morning, out of habit, and every morning there had been fewer voices, and then none. Raiden said they had walked off the edge of the Legion's map. Theo said that was fine; they had walked off the Republic's a month ago, and nobody had missed it.
# untranslated: ch10_snow_4

# ch10_endings.vn:12 · front.warm_snow · narration
# source-hash: 54220536
# source: At the top of the hill there were trees.
# untranslated: ch10_snow_5

# ch10_endings.vn:13 · front.warm_snow · narration
# source-hash: 3cace5b3
# source: They were old, black in the trunk and split where some winter had got into them. Every branch was white to the tips, and pink where the white ran out. There was hardly any wind. The petals came down anyway, slowly, one and then another and then too many to follow. They settled on the grass, and on the hulls of the Juggernauts, and on Raiden's shoulders, where he let them stay.
# untranslated: ch10_snow_6

# ch10_endings.vn:15 · front.warm_snow · narration
# source-hash: 4047b3ac
# source: Kurena climbed down from her cockpit and stood under the nearest tree with her hands a little open, as if somebody were about to throw her something.
# untranslated: ch10_snow_7

# ch10_endings.vn:17 · front.warm_snow · theo
# source-hash: 014b4078
# source: I had a speech ready. About how she exaggerated. I've been working on it since the river.
# untranslated: ch10_snow_8

# ch10_endings.vn:18 · front.warm_snow · kurena
# source-hash: f0705ee4
# source: She didn't.
# untranslated: ch10_snow_9

# ch10_endings.vn:19 · front.warm_snow · theo
# source-hash: 21fda00c
# source: No. It's a terrible waste of a speech.
# untranslated: ch10_snow_10

# ch10_endings.vn:21 · front.warm_snow · narration
# source-hash: 4aa51f92
# source: The rest came up the hill behind them in a ragged line. Yuna first, because Yuna was always first, laughing without any sound at all. Mattie last, because somebody had to be, humming one low note that was not for anything except the trees.
# untranslated: ch10_snow_11

# ch10_endings.vn:23 · front.warm_snow · narration
# source-hash: 39155695
# source: Fewer of them came up the hill than had left the first ward. Noor had been the first, at the chimneys, in the middle of her song. In the days east of them she had not been the last. On the hill Anju said the names of the ones who had not come up it, once each, quietly, to the trees, as though she were introducing them.
# untranslated: ch10_snow_12

# ch10_endings.vn:25 · front.warm_snow · narration
# source-hash: ee3e383a
# source: Shin sat down with his back against the oldest trunk.
# untranslated: ch10_snow_14

# ch10_endings.vn:26 · front.warm_snow · narration
# source-hash: afb706cd
# source: Since the Shepherd he had done a thing none of them had seen him do before. He would stop in the middle of a meal, or a sentence, and listen, and find nothing there, and look faintly surprised.
# untranslated: ch10_snow_15

# ch10_endings.vn:28 · front.warm_snow · narration
# source-hash: 7b883a30
# source: At dusk the band at the back of his neck went cold. The link had been thinning for weeks, a little more every night, until it was something he felt more than heard. Tonight, for no reason Annette would ever manage to explain, it came through.
# untranslated: ch10_snow_13

# ch10_endings.vn:29 · front.warm_snow · lena
# source-hash: e3e1f0fa
# source: Spearhead? It's very faint. Is anyone there?
# untranslated: ch10_snow_16

# ch10_endings.vn:31 · front.warm_snow · shin
# source-hash: 6af2890b
# source: Lena.
# untranslated: ch10_snow_17

# ch10_endings.vn:33 · front.warm_snow · shin
# source-hash: fde24517
# source: Handler One. We hear you.
# untranslated: ch10_snow_18

# ch10_endings.vn:34 · front.warm_snow · lena
# source-hash: ce7321ca
# source: Where are you?
# untranslated: ch10_snow_19

# ch10_endings.vn:35 · front.warm_snow · shin
# source-hash: e2f58011
# source: On a hill. There are trees on it.
# untranslated: ch10_snow_20

# ch10_endings.vn:36 · front.warm_snow · narration
# source-hash: 2bed1093
# source: A long way west, in control room three, somebody drew a breath and held it. All of them heard her do it.
# untranslated: ch10_snow_21

# ch10_endings.vn:37 · front.warm_snow · lena
# source-hash: 20ca4fe4
# source: What kind of trees?
# untranslated: ch10_snow_22

# ch10_endings.vn:38 · front.warm_snow · theo
# source-hash: 4cc799be
# source: Don't let him say it. He'll say it like a grid reference. Kurena.
# untranslated: ch10_snow_23

# ch10_endings.vn:39 · front.warm_snow · kurena
# source-hash: 0304f142
# source: Cherry. They're cherry trees. It's what she said. It's exactly what she said.
# untranslated: ch10_snow_24

# ch10_endings.vn:40 · front.warm_snow · lena
# source-hash: e80f6eee
# source: Shin. Is it still quiet?
# untranslated: ch10_snow_25

# ch10_endings.vn:41 · front.warm_snow · shin
# source-hash: f5af2574
# source: Yes.
# untranslated: ch10_snow_26

# ch10_endings.vn:42 · front.warm_snow · shin
# source-hash: c5cdc73a
# source: I keep listening for him. There's nothing there. I didn't know nothing would be so loud.
# untranslated: ch10_snow_27

# ch10_endings.vn:43 · front.warm_snow · shin
# source-hash: b3b6253f
# source: He held still when you told him about the buttons. Long enough. I never said thank you.
# untranslated: ch10_snow_28

# ch10_endings.vn:44 · front.warm_snow · lena
# source-hash: cc53b61b
# source: He carried me out of a burning town once and never knew my name. I only told him it.
# untranslated: ch10_snow_29

# ch10_endings.vn:46 · front.warm_snow · kurena
# source-hash: a0d58a2a
# source: Hers are with you. Aren't they? In your book.
# untranslated: ch10_snow_30

# ch10_endings.vn:47 · front.warm_snow · lena
# source-hash: f54eae0a
# source: Beside her name. The censor passed them: vegetable matter, dried, no objection.
# untranslated: ch10_snow_31

# ch10_endings.vn:48 · front.warm_snow · theo
# source-hash: dd4c6331
# source: High praise, from a censor.
# untranslated: ch10_snow_32

# ch10_endings.vn:49 · front.warm_snow · lena
# source-hash: b6d025a3
# source: There was a postscript. I wasn't to tell you. I think she'd let me, now.
# untranslated: ch10_snow_33

# ch10_endings.vn:50 · front.warm_snow · lena
# source-hash: feb5899e
# source: Yours were coming later, Kurena. When they were real ones.
# untranslated: ch10_snow_34

# ch10_endings.vn:51 · front.warm_snow · narration
# source-hash: f8f06e78
# source: Kurena looked up into the branches for a long time, with the petals coming down on her face, and did not brush them off.
# untranslated: ch10_snow_35

# ch10_endings.vn:53 · front.warm_snow · narration
# source-hash: 1088a4b2
# source: Kurena unbuttoned the inside pocket of her jacket and took out an envelope, gone soft at the corners from being carried. TO HANDLER ONE, THE NEW ONE, in Kaie's round capitals, with a small flower drawn after it.
# untranslated: ch10_snow_36

# ch10_endings.vn:54 · front.warm_snow · kurena
# source-hash: 866d3d9e
# source: This is yours. It was in her locker. I should have sent it, and I didn't, and then I carried it all the way here instead. You can be angry.
# untranslated: ch10_snow_37

# ch10_endings.vn:55 · front.warm_snow · lena
# source-hash: c1104da2
# source: I'm not angry. Open it, Kurena. Please.
# untranslated: ch10_snow_38

# ch10_endings.vn:56 · front.warm_snow · narration
# source-hash: f209ab52
# source: Inside there was one page, and four small flowers folded in greaseproof paper: the little pink weed from behind the hangar, which Kaie had decided was a cherry tree.
# untranslated: ch10_snow_39

# ch10_endings.vn:57 · front.warm_snow · narration
# source-hash: bd79d23a
# source: Kurena read the page to herself first, which took a long time for one page. Then she read the end of it aloud, because the end was the only part that was hers.
# untranslated: ch10_snow_40

# ch10_endings.vn:58 · front.warm_snow · kurena
# source-hash: 2a89b44a
# source: "P.S. Don't tell Kurena. Hers are coming later, when they're real ones."
# untranslated: ch10_snow_41

# ch10_endings.vn:59 · front.warm_snow · narration
# source-hash: 4df7f5d1
# source: She held the pressed flowers up against the branches. They did not match. They were not even close. She let them go anyway, and they fell with all the others, and in a moment nobody on the hill could have said which were Kaie's.
# untranslated: ch10_snow_42

# ch10_endings.vn:61 · front.warm_snow · kurena
# source-hash: fe14baab
# source: Well. They came.
# untranslated: ch10_snow_51

# ch10_endings.vn:62 · front.warm_snow · choice
# source-hash: 7d27f840
# source: The link is thinning again. There is time for one more thing.
# untranslated: ch10_snow_q1

# ch10_endings.vn:63 · front.warm_snow · option
# source-hash: 3666efe5
# source: "Tell me what it looks like. All of it."
# untranslated: ch10_snow_o1

# ch10_endings.vn:64 · front.warm_snow · theo
# source-hash: 60378dbc
# source: All of it. Right. You asked. White, first, mostly. Then a pink at the edges that's hardly there, and a darker pink in the middle, where they hold on.
# untranslated: ch10_snow_2

# ch10_endings.vn:65 · front.warm_snow · theo
# source-hash: 3f17a436
# source: Black branches. Green leaves coming underneath, very new, as if they're embarrassed. Kurena has seven in her hair. Eight. Raiden has given up and is just a tree now.
# untranslated: ch10_snow_43

# ch10_endings.vn:66 · front.warm_snow · lena
# source-hash: e1121cdb
# source: Don't stop. I'm not bored.
# untranslated: ch10_snow_44

# ch10_endings.vn:67 · front.warm_snow · narration
# source-hash: 06907316
# source: He did not stop. The link thinned while he was still going, and the last Lena heard of the hill was Theo, further and further off, naming colours she had never seen.
# untranslated: ch10_snow_45

# ch10_endings.vn:68 · front.warm_snow · option
# source-hash: 41ece187
# source: "Shin. What do you hear?"
# untranslated: ch10_snow_o2

# ch10_endings.vn:69 · front.warm_snow · shin
# source-hash: 8d0efb63
# source: Wind. Theo telling Raiden he's looking at the view wrong. Kurena crying and saying she isn't.
# untranslated: ch10_snow_3

# ch10_endings.vn:70 · front.warm_snow · kurena
# source-hash: 6aff4e97
# source: I'm not.
# untranslated: ch10_snow_46

# ch10_endings.vn:71 · front.warm_snow · lena
# source-hash: 38f9fdbf
# source: And under that?
# untranslated: ch10_snow_47

# ch10_endings.vn:72 · front.warm_snow · shin
# source-hash: a9236fea
# source: Nothing.
# untranslated: ch10_snow_48

# ch10_endings.vn:73 · front.warm_snow · narration
# source-hash: a9fbf4c2
# source: He left the word there for her, the whole of it. Through the last of the link, faint, for the first time, she heard it too: wind, and falling petals, and nothing under them at all.
# untranslated: ch10_snow_49

# ch10_endings.vn:77 · front.warm_snow · narration
# source-hash: aec3f6f0
# source: Then the link was gone. The petals did not stop.
# untranslated: ch10_snow_50

## Scene republic.out_of_uniform

# ch10_endings.vn:81 · scene `republic.out_of_uniform` title
# source-hash: 3755280c
# source: Out of Uniform
# untranslated: scene-republic-out_of_uniform

# ch10_endings.vn:85 · republic.out_of_uniform · narration
# source-hash: 3b04e9bc
# source: The uniform hung on the back of the bedroom door in a paper bag from the cleaner's, with the ticket still pinned to it. Headquarters wanted it returned. Headquarters had not said where to, and she had not asked.
# untranslated: ch10_uniform_1

# ch10_endings.vn:87 · republic.out_of_uniform · narration
# source-hash: d55eaa6b
# source: Nineteen days out of it, and her hand still went to her collar to check the pins. She was wearing a grey jumper that had been her father's, and in her own kitchen she felt like a visitor.
# untranslated: ch10_uniform_4

# ch10_endings.vn:88 · republic.out_of_uniform · narration
# source-hash: fecb0b35
# source: On the table: the notebook, open, and a cup of tea gone cold. Nothing else. The band was in an envelope in a drawer at headquarters, under a number instead of a name. Where it had sat against her neck for months there was a pale line, and her fingers went to it twenty times a day, and found nothing, and came away.
# untranslated: ch10_uniform_5

# ch10_endings.vn:89 · republic.out_of_uniform · broadcast
# source-hash: 384fdb9d
# source: ...and on the eastern front, the line remains stable following the action at the walls. No losses reported.
# untranslated: ch10_uniform_6

# ch10_endings.vn:90 · republic.out_of_uniform · lena
# source-hash: 5a6e08cf
# source: No losses.
# untranslated: ch10_uniform_7

# ch10_endings.vn:91 · republic.out_of_uniform · narration
# source-hash: 40b2f209
# source: She did not turn it off this time. She let it run on into the weather, which was fine, and would be fine tomorrow.
# untranslated: ch10_uniform_8

# ch10_endings.vn:92 · republic.out_of_uniform · narration
# source-hash: 68fd8adb
# source: The kitchen was very clean. She had cleaned it four times since they took her band, because it was something to do with her hands that was not the telephone, and because nobody had yet issued an order against it.
# untranslated: ch10_uniform_47

# ch10_endings.vn:93 · republic.out_of_uniform · narration
# source-hash: 841672a0
# source: The notebook was open at its first page. Spearhead Squadron, in her careful school hand; the names under it; and round the names, in smaller writing, whatever she had learned to go with each of them, which was never enough, and was more than anyone else inside the walls had troubled to write down.
# untranslated: ch10_uniform_9

# ch10_endings.vn:95 · republic.out_of_uniform · narration
# source-hash: 686b73f7
# source: Kaie's four flowers lay pressed beside her name, a little paler every week, still pink at the heart.
# untranslated: ch10_uniform_10

# ch10_endings.vn:97 · republic.out_of_uniform · narration
# source-hash: aaa1a90d
# source: Beside the notebook sat Karlstahl's ledger, which was thicker, and older, and written in a better hand, and said the same kind of thing for nine years. Headquarters had asked for the uniform. Nobody had asked for the ledger.
# untranslated: ch10_uniform_11

# ch10_endings.vn:100 · republic.out_of_uniform · narration
# source-hash: fb1daf2a
# source: At a quarter to nine someone knocked twice, and then once, which was Annette, who had never in her life knocked like an ordinary person.
# untranslated: ch10_uniform_12

# ch10_endings.vn:102 · republic.out_of_uniform · annette
# source-hash: 7ec190d6
# source: Don't say anything yet. I've committed a crime and I'd like to do the rest of it indoors.
# untranslated: ch10_uniform_13

# ch10_endings.vn:103 · republic.out_of_uniform · narration
# source-hash: 6a73be9f
# source: She had a biscuit tin under her arm. Inside, packed in laboratory tissue, were a band, a relay crystal and a battery signed out to nobody.
# untranslated: ch10_uniform_14

# ch10_endings.vn:104 · republic.out_of_uniform · annette
# source-hash: 269da53c
# source: A rig from the lab. The console thinks it's being recalibrated. It'll go on thinking so until about six.
# untranslated: ch10_uniform_15

# ch10_endings.vn:105 · republic.out_of_uniform · lena (worried)
# source-hash: 7e087ab8
# source: Annette. If they find out...
# untranslated: ch10_uniform_16

# ch10_endings.vn:106 · republic.out_of_uniform · annette
# source-hash: 22f2310b
# source: They'd need someone who understands it to find out. I've made sure that's very difficult. It's the one advantage of being the only one.
# untranslated: ch10_uniform_17

# ch10_endings.vn:107 · republic.out_of_uniform · annette
# source-hash: 355da7de
# source: And it was the only box in the lab the right size. Don't look at me like that. I know what it is.
# untranslated: ch10_uniform_18

# ch10_endings.vn:109 · republic.out_of_uniform · narration
# source-hash: d0e9ea9a
# source: They fitted it at the kitchen table. Annette's hands were steady. Lena's were not, and Annette did the clasp for her.
# untranslated: ch10_uniform_19

# ch10_endings.vn:112 · republic.out_of_uniform · narration
# source-hash: 563d5e4e
# source: First, wind. Then, so far off that it was almost the memory of a sound, breathing. Lena counted it, because she had never been able to stop counting it.
# untranslated: ch10_uniform_20

# ch10_endings.vn:113 · republic.out_of_uniform · narration
# source-hash: 25eca818
# source: Twelve.
# untranslated: ch10_uniform_21

# ch10_endings.vn:114 · republic.out_of_uniform · narration
# source-hash: a0864c33
# source: Somewhere past the end of every map she owned, somebody was singing under her breath in a language Lena did not know, and somebody else was telling her, fondly, to be quiet. Nobody spoke to Lena. At that distance the link carried breath, and the shapes of voices, and not much more.
# untranslated: ch10_uniform_22

# ch10_endings.vn:115 · republic.out_of_uniform · annette
# source-hash: c0d41249
# source: They won't hear a sentence. A word might get there. One or two.
# untranslated: ch10_uniform_23

# ch10_endings.vn:117 · republic.out_of_uniform · narration
# source-hash: a6c80184
# source: First, wind. Then the long grey hiss of the distance, and under it, perhaps, something. A breath. Two, perhaps. Very far away, and in no order she could count, and nobody answered when she said the first name.
# untranslated: ch10_uniform_24

# ch10_endings.vn:118 · republic.out_of_uniform · narration
# source-hash: 081a47db
# source: Annette said that at this range she could not tell a breath from the noise, and that she was sorry, and she held Lena's hand under the table, which was not scientific.
# untranslated: ch10_uniform_25

# ch10_endings.vn:119 · republic.out_of_uniform · annette (sad)
# source-hash: fc4d6f0d
# source: It's holding on to something. I can't tell you what. Say it anyway.
# untranslated: ch10_uniform_26

# ch10_endings.vn:122 · republic.out_of_uniform · narration
# source-hash: e620354f
# source: They fitted it at the kitchen table, and Annette turned the dial through every setting it had, slowly, twice. There was only static. The limiter was still in; the link stopped eighty kilometres past the walls, and Spearhead had gone a long way further than that.
# untranslated: ch10_uniform_27

# ch10_endings.vn:124 · republic.out_of_uniform · annette (sad)
# source-hash: e27cd892
# source: The night I talked to him, he said you'd try to do this by yourself. I told him I'd be here. I told him I'd be unbearable about it.
# untranslated: ch10_uniform_28

# ch10_endings.vn:125 · republic.out_of_uniform · annette
# source-hash: 2d98e545
# source: So. I'm being unbearable. I brought the wine my father keeps for people he dislikes.
# untranslated: ch10_uniform_29

# ch10_endings.vn:127 · republic.out_of_uniform · annette
# source-hash: d7d72138
# source: I'm staying anyway. I brought the wine my father keeps for people he dislikes.
# untranslated: ch10_uniform_44

# ch10_endings.vn:130 · republic.out_of_uniform · narration
# source-hash: 4f0cb56f
# source: The telephone rang at eight. There was only one person who telephoned her now.
# untranslated: ch10_uniform_38

# ch10_endings.vn:131 · republic.out_of_uniform · narration
# source-hash: a70fe278
# source: Her mother rang every evening at eight. She had heard, of course, before Lena had, from the wife of someone on the General Staff. There was a post at the Ministry that could still be arranged; nobody need ever mention the rest of it; and the young man at the Ministry of Finance, the one from the very good family, had asked after her again, which, her mother said, showed real character, under the circumstances.
# untranslated: ch10_uniform_39

# ch10_endings.vn:132 · republic.out_of_uniform · lena
# source-hash: fba57bea
# source: Tell him I'm busy, Mother.
# untranslated: ch10_uniform_40

# ch10_endings.vn:133 · republic.out_of_uniform · narration
# source-hash: 8518bbf2
# source: Busy with what, her mother asked, very kindly. She had no post any more.
# untranslated: ch10_uniform_41

# ch10_endings.vn:134 · republic.out_of_uniform · lena
# source-hash: c2c413bd
# source: I have. It just isn't one of theirs.
# untranslated: ch10_uniform_42

# ch10_endings.vn:135 · republic.out_of_uniform · narration
# source-hash: a262d009
# source: She put the receiver down gently, because none of it was her mother's fault, or not very much of it, and her mother would telephone again tomorrow at eight whatever Lena said.
# untranslated: ch10_uniform_43

# ch10_endings.vn:136 · republic.out_of_uniform · narration
# source-hash: 75a37762
# source: After that nobody knocked. The other people who used to telephone had found, all at once, that they had a great deal to do.
# untranslated: ch10_uniform_30

# ch10_endings.vn:137 · republic.out_of_uniform · narration
# source-hash: 87309187
# source: At nine o'clock her hand went to her neck, from habit, to the place where the band had been. There was nothing there to speak into. There was the kitchen, and the radio, and the dark outside the window, and east of that everything else.
# untranslated: ch10_uniform_31

# ch10_endings.vn:138 · republic.out_of_uniform · choice
# source-hash: dd22bf12
# source: Nine o'clock. Whatever reaches them, or nothing, she speaks.
# untranslated: ch10_uniform_q1

# ch10_endings.vn:139 · republic.out_of_uniform · option
# source-hash: 760826f0
# source: "Good night, Spearhead."
# untranslated: ch10_uniform_o1

# ch10_endings.vn:140 · republic.out_of_uniform · narration
# source-hash: 96395495
# source: She had said it to a dead link on her first night in control room three, and thought it an odd thing to do. It was not odd any more. They had taken her post and her band and her pass. Nobody had thought to relieve her of this.
# untranslated: ch10_uniform_2

# ch10_endings.vn:141 · republic.out_of_uniform · option
# source-hash: 5b0998df
# source: Read them their names, Kaie's first.
# untranslated: ch10_uniform_o2

# ch10_endings.vn:142 · republic.out_of_uniform · lena
# source-hash: a181812c
# source: Kaie Taniya. Shinei Nouzen. Raiden Shuga. Theo Rikka. Kurena Kukumila. Anju Emma.
# untranslated: ch10_uniform_3

# ch10_endings.vn:143 · republic.out_of_uniform · lena
# source-hash: 611619ab
# source: Matthias Oyelaran. Yuna Castellane. Tobiah Renke. Sasha Iwai. Ezra Kowal. Noor Halvard. Pim Laukka.
# untranslated: ch10_uniform_32

# ch10_endings.vn:145 · republic.out_of_uniform · narration
# source-hash: 82e2c717
# source: Those seven she had from a page in a general's ledger, in his hand, not theirs. They had never given them to her. She said them anyway, carefully, exactly as they were written.
# untranslated: ch10_uniform_46

# ch10_endings.vn:146 · republic.out_of_uniform · narration
# source-hash: 46012345
# source: She read them slowly. It did not matter, tonight, whether anything was listening. It mattered that someone said them aloud in a room inside the walls.
# untranslated: ch10_uniform_33

# ch10_endings.vn:148 · republic.out_of_uniform · narration
# source-hash: 3f6817ff
# source: Annette fell asleep on the sofa at two with her shoes still on. Lena put a blanket over her and sat up with the notebook until the window went grey.
# untranslated: ch10_uniform_34

# ch10_endings.vn:150 · republic.out_of_uniform · narration
# source-hash: 6f998082
# source: In the morning she had an appointment at ten with a newspaper that would not print it, and one at two with a newspaper that might. She had written it all down. Not a report: there was no form for it. Only what had happened, in order, with the names.
# untranslated: ch10_uniform_35

# ch10_endings.vn:152 · republic.out_of_uniform · narration
# source-hash: c4713f8f
# source: She would take the ledger to the second one.
# untranslated: ch10_uniform_36

# ch10_endings.vn:153 · republic.out_of_uniform · narration
# source-hash: 1cec8cab
# source: The Republic had taken her post. It had not thought to ask for the notebook. She was not finished.
# untranslated: ch10_uniform_37

## Scene republic.past_the_walls

# ch10_endings.vn:158 · scene `republic.past_the_walls` title
# source-hash: 8cafb210
# source: Past the Walls
# untranslated: scene-republic-past_the_walls

# ch10_endings.vn:162 · republic.past_the_walls · narration
# source-hash: cda24ea4
# source: The transport gate in the eastern wall opened twice a week, at four in the morning, for the supply convoys that had no drivers. In nine years it had never been asked to let out anything that walked.
# untranslated: ch10_walls_1

# ch10_endings.vn:163 · republic.past_the_walls · narration
# source-hash: 6abfa14e
# source: It was high summer, a season after the night the Legion's offensive broke against the walls.
# untranslated: ch10_walls_5

# ch10_endings.vn:165 · republic.past_the_walls · narration
# source-hash: 364b16e7
# source: Lena had a rucksack, a pair of boots broken in on the stairs of headquarters over six weeks, water for three days and food for ten if she was careful. The notebook was wrapped in oilcloth in the inside pocket of her jacket, where it would be the last thing to get wet.
# untranslated: ch10_walls_6

# ch10_endings.vn:166 · republic.past_the_walls · narration
# source-hash: 325e30c9
# source: Her resignation would reach Personnel on Monday by internal post, which took four days. She had timed it.
# untranslated: ch10_walls_7

# ch10_endings.vn:168 · republic.past_the_walls · narration
# source-hash: 38ed53b6
# source: She knew they had lived. She had heard them afterwards, going on east: twelve breaths on a thinning link, arguing about whose turn it was to cook, until the link could not follow them any further.
# untranslated: ch10_walls_8

# ch10_endings.vn:170 · republic.past_the_walls · narration
# source-hash: b1386213
# source: She had not heard the fight. The link had failed on the first day east. But no report had come, and the Republic was never slow with that kind; and when the offensive broke, all at once, in the small hours of that third night, she had not needed one.
# untranslated: ch10_walls_9

# ch10_endings.vn:174 · republic.past_the_walls · annette
# source-hash: 936f0ce0
# source: You're really going to walk.
# untranslated: ch10_walls_10

# ch10_endings.vn:175 · republic.past_the_walls · lena
# source-hash: 2e2fc807
# source: I said I would.
# untranslated: ch10_walls_11

# ch10_endings.vn:176 · republic.past_the_walls · annette
# source-hash: 79d846c1
# source: You said it to a boy on a radio after midnight. That isn't a contract.
# untranslated: ch10_walls_12

# ch10_endings.vn:177 · republic.past_the_walls · lena (smile)
# source-hash: 2bb2d71b
# source: It is to me.
# untranslated: ch10_walls_13

# ch10_endings.vn:178 · republic.past_the_walls · narration
# source-hash: ba0bf272
# source: Annette gave her a tin wrapped in a tea towel, and would not let go of it for a moment after Lena had taken hold.
# untranslated: ch10_walls_27

# ch10_endings.vn:179 · republic.past_the_walls · annette
# source-hash: 95fdf540
# source: Attempt fourteen. It came out right. I'm as surprised as you are. Don't eat it before the first ward.
# untranslated: ch10_walls_14

# ch10_endings.vn:181 · republic.past_the_walls · annette
# source-hash: e262a648
# source: And if you find him... no. I told him myself. He knows. Tell him I posted the letter about the price of wheat. He'll understand. That's all.
# untranslated: ch10_walls_15

# ch10_endings.vn:183 · republic.past_the_walls · annette (sad)
# source-hash: 2283077c
# source: And if you find him, don't tell him anything from me. I'll tell him myself. That walk is mine, and I'm going to take it.
# untranslated: ch10_walls_16

# ch10_endings.vn:186 · republic.past_the_walls · narration
# source-hash: c317ba11
# source: The sentry at the gate was a boy of about twenty who had been told to expect her and had not believed it. He checked her pass three times. Then he opened the small door set into the big one, and stood aside, as though she might still change her mind.
# untranslated: ch10_walls_17

# ch10_endings.vn:187 · republic.past_the_walls · narration
# source-hash: b3e25eea
# source: When she was through, he asked whether there was anything out there. She said yes. He asked what. She said people, and he laughed, and then he saw her face, and stopped.
# untranslated: ch10_walls_29

# ch10_endings.vn:189 · republic.past_the_walls · narration
# source-hash: e4740723
# source: Shin had said he would wait. He had said it on festival night, from the top of a water tower with three rungs missing, with Theo asleep on his foot and Raiden snoring; and on the last night he had said it again. He would only be further off while he did it. He had never had so many words that he could spend them on things he did not mean.
# untranslated: ch10_walls_2

# ch10_endings.vn:191 · republic.past_the_walls · narration
# source-hash: 4a710cc5
# source: Shin had never said he would wait. On the last night he had told her only to walk in the daytime, because the mines were easier to see.
# untranslated: ch10_walls_18

# ch10_endings.vn:192 · republic.past_the_walls · narration
# source-hash: ff639758
# source: So she waited on the far side of the gate, on the transport road, with the minefield on either hand, until the sun was up.
# untranslated: ch10_walls_30

# ch10_endings.vn:195 · republic.past_the_walls · narration
# source-hash: 2fde2be7
# source: The first ward was two hundred kilometres east of the gate. She walked it in nine days, on the transport road, sleeping in the containers the convoys had dropped and nobody had come to collect. Her feet bled on the third day and stopped on the sixth. She did not mention it to anyone, there being nobody.
# untranslated: ch10_walls_19

# ch10_endings.vn:197 · republic.past_the_walls · narration
# source-hash: 971f346d
# source: The hangar had been a grain store once. Nobody had been sent to replace Spearhead. Nobody, by the look of it, had been sent anywhere near it.
# untranslated: ch10_walls_20

# ch10_endings.vn:198 · republic.past_the_walls · narration
# source-hash: ec37b681
# source: Theo's door was still on its hinges: thirty-one strokes, each one crossed through, and under them his capitals, and a season of weather on all of it. Some of it had gone. Some of it was only the shape of where it had been. She could still read ROOF LEAKS OVER BAY SIX, and SOUP: DO NOT, and at the bottom, where he must have pressed hardest, THE GRAVES BEHIND THE HANGAR ARE OURS. PLEASE.
# untranslated: ch10_walls_21

# ch10_endings.vn:199 · republic.past_the_walls · narration
# source-hash: e0d7f0a1
# source: She looked up. The roof leaked over bay six.
# untranslated: ch10_walls_31

# ch10_endings.vn:200 · republic.past_the_walls · choice
# source-hash: 4b6dbccd
# source: She has a pencil, and there is room on the door under PLEASE.
# untranslated: ch10_walls_q1

# ch10_endings.vn:201 · republic.past_the_walls · option
# source-hash: 2f1347a9
# source: Write the date, and under it: Day one.
# untranslated: ch10_walls_o1

# ch10_endings.vn:202 · republic.past_the_walls · narration
# source-hash: 2c382ae5
# source: She wrote it small, in her careful school hand, under his. His strokes had counted down to nothing. Hers would count up. She did not know how far. That was the point of counting up.
# untranslated: ch10_walls_3

# ch10_endings.vn:203 · republic.past_the_walls · option
# source-hash: 8642b415
# source: Write: Read. Gone east to find them. Lena.
# untranslated: ch10_walls_o2

# ch10_endings.vn:204 · republic.past_the_walls · narration
# source-hash: d5a89d52
# source: Nobody would come west to see it; that was the order. She wrote it anyway, so that the door would know it had been read.
# untranslated: ch10_walls_4

# ch10_endings.vn:206 · republic.past_the_walls · narration
# source-hash: 46c81aa1
# source: Behind the hangar the squares of aluminium stood where they had been pushed into the earth, in no particular order. The newest was Kaie's. It had leaned a little in a season of rain. Lena knelt and straightened it, and said good morning to it, because Kaie would have told her she was up early.
# untranslated: ch10_walls_22

# ch10_endings.vn:208 · republic.past_the_walls · narration
# source-hash: 104bab68
# source: At the end of the row a square of flattened brass still caught the light. TOMAS IWAI. She knew whose brother he was. She said his name to him, once, carefully, as she had on the last night.
# untranslated: ch10_walls_32

# ch10_endings.vn:210 · republic.past_the_walls · narration
# source-hash: 6c2d9c21
# source: At the end of the row a square of flattened brass still caught the light, with a name on it she had never heard: TOMAS IWAI. She did not say it aloud; nobody had ever said it to her. She wrote it in the notebook, under the others, so that somebody inside the walls would have it.
# untranslated: ch10_walls_33

# ch10_endings.vn:211 · republic.past_the_walls · narration
# source-hash: 96b8488d
# source: On the last evening somebody had promised Pim that somebody would come back for these. Lena did not know that. She had come anyway.
# untranslated: ch10_walls_34

# ch10_endings.vn:214 · republic.past_the_walls · narration
# source-hash: 2961be4f
# source: Past the ward the road went on east, between birches that had come up through the tarmac in rows. Somewhere along it there would be a school bus on its side in a ditch, with a tree growing out of the driver's window, looking pleased with itself. She had been told about it. She wanted to see it for herself.
# untranslated: ch10_walls_23

# ch10_endings.vn:216 · republic.past_the_walls · narration
# source-hash: fa1fc59e
# source: Past the ward the road went on east, between birches that had come up through the tarmac in rows. Under them, all along the verge, there was a little yellow flower. Theo had been telling her its colour when the link went: exactly the gold of the... She had never heard the rest. She would ask him.
# untranslated: ch10_walls_35

# ch10_endings.vn:217 · republic.past_the_walls · narration
# source-hash: 79a88c56
# source: She touched the band at her throat. It was the one piece of Republic property she had not returned, and it did not work; it reached nobody. She spoke anyway.
# untranslated: ch10_walls_24

# ch10_endings.vn:219 · republic.past_the_walls · lena
# source-hash: 21a01dd1
# source: You said you'd wait. I'm holding you to it. I did tell you I was stubborn.
# untranslated: ch10_walls_25

# ch10_endings.vn:221 · republic.past_the_walls · lena
# source-hash: 2dbb6e96
# source: It's daytime. I can see where I'm going. You never said you'd wait, and that's all right. I'm coming anyway.
# untranslated: ch10_walls_26

# ch10_endings.vn:222 · republic.past_the_walls · lena
# source-hash: de28770d
# source: Spearhead, this is Lena. I'm on my way.
# untranslated: ch10_walls_28

## Scene republic.voice_inside

# ch10_endings.vn:226 · scene `republic.voice_inside` title
# source-hash: 6e9b4a80
# source: A Voice Inside the Walls
# untranslated: scene-republic-voice_inside

# ch10_endings.vn:230 · republic.voice_inside · narration
# source-hash: c36360af
# source: The banner over the Assembly steps said TEN YEARS OF PEACE THROUGH DEFENCE. NOT ONE CITIZEN LOST. There had been a meeting, Lena had heard, about whether to keep the second line. They had kept it. It was, after all, true.
# untranslated: ch10_voice_1

# ch10_endings.vn:231 · republic.voice_inside · narration
# source-hash: 54dd23bb
# source: In the middle of Revolution Plaza the Juggernaut stood on its plinth, as it had since she was a girl. Children climbed its legs. If you stood on tiptoe at the seam of the welded hatch you could still see the cushion. She had looked that morning. Nobody had taken it out.
# untranslated: ch10_voice_5

# ch10_endings.vn:233 · republic.voice_inside · narration
# source-hash: e66e02ed
# source: At a quarter past twelve, when the parade had gone by, Lena stood on the lowest step of the plinth with a permit in her pocket and her notebook open in her hands.
# untranslated: ch10_voice_6

# ch10_endings.vn:234 · republic.voice_inside · narration
# source-hash: 911f3bdb
# source: The permit had been easy. The form had a box for the nature of the event, and she had written Names, and a clerk had stamped it without asking whose. She had kept her post for a year by learning exactly what the Republic read and what it only stamped.
# untranslated: ch10_voice_7

# ch10_endings.vn:236 · republic.voice_inside · narration
# source-hash: 7fbbdda5
# source: Spearhead had gone beyond her reach alive. She had heard them go: twelve breaths on a thinning link, arguing about directions, further east every night, until one night the link had nothing left to hold.
# untranslated: ch10_voice_8

# ch10_endings.vn:238 · republic.voice_inside · narration
# source-hash: 38c0f40a
# source: Spearhead had gone beyond her reach alive. The link had failed on the first day east, but no report had ever come, and the Republic was never slow with that kind.
# untranslated: ch10_voice_9

# ch10_endings.vn:239 · republic.voice_inside · lena
# source-hash: 2998708f
# source: My name is Vladilena Mirize. I was the Handler of Spearhead Squadron, first ward, eastern front. These are the names of the people who crewed its units.
# untranslated: ch10_voice_10

# ch10_endings.vn:240 · republic.voice_inside · narration
# source-hash: 0f8d1f31
# source: She read Kaie's first, because Kaie had gone first. Then the twelve who had gone east, whose names the Republic had written down once, on an order, and never said aloud.
# untranslated: ch10_voice_11

# ch10_endings.vn:242 · republic.voice_inside · narration
# source-hash: d2b1ecd0
# source: For the seven she added what she had: a call sign, and sometimes one thing more, because they had given it to her themselves. Matthias Oyelaran, Bellringer, who spoke for the seven when they chose to speak. Yuna Castellane, Wisp, who laughed without a sound. Tobiah Renke, Ferryman. Sasha Iwai, Magpie, who had a brother called Tomas. Ezra Kowal, Tinker, who had asked her for a valve. Noor Halvard, Nightjar. Pim Laukka, Scarecrow, the tall one.
# untranslated: ch10_voice_12

# ch10_endings.vn:244 · republic.voice_inside · narration
# source-hash: 7d78df2a
# source: Of the seven she had only names: seven lines in a general's hand, and a file she had gone down to the basement for, afterwards, and read too late. They had never spoken to her. She read their names more slowly than the others, to make up for it. It did not make up for it.
# untranslated: ch10_voice_13

# ch10_endings.vn:245 · republic.voice_inside · narration
# source-hash: 64ee577f
# source: Most people went by. Some slowed, and then remembered they were going somewhere. A man with a pushchair stopped and did not leave. Two girls in festival ribbons sat down on the edge of the plinth, and when they understood what they were listening to, they did not get up. An old woman put down her shopping.
# untranslated: ch10_voice_14

# ch10_endings.vn:247 · republic.voice_inside · narration
# source-hash: 9b74ef25
# source: At one o'clock Duval came across the plaza in his dress uniform, carrying two paper cups.
# untranslated: ch10_voice_15

# ch10_endings.vn:248 · republic.voice_inside · duval
# source-hash: ea37ea3a
# source: There's a constable by the fountain trying to decide whether to move you on. I told him you outrank him, and me, and most of the people he'd have to ask. He's thinking about it.
# untranslated: ch10_voice_16

# ch10_endings.vn:249 · republic.voice_inside · narration
# source-hash: e3c74687
# source: He put a coffee by her foot on the step. She drank this one.
# untranslated: ch10_voice_17

# ch10_endings.vn:251 · republic.voice_inside · narration
# source-hash: 6455377c
# source: Then she opened Uncle Jérôme's ledger at its first page. Nine years of special reconnaissance, squadron by squadron and ward by ward: every name he had countersigned east, in his careful, courtly hand. It took the whole afternoon. Where a line said one Processor, name not recorded, she read that too, and left a silence after it the length of a name. Her voice went at four and came back at half past, and Duval read in her place until it did, badly, stumbling over the Colorata names and going back to each one until he had it right.
# untranslated: ch10_voice_2

# ch10_endings.vn:253 · republic.voice_inside · narration
# source-hash: 0e0f242e
# source: When she reached the end she began again. Thirteen names took less than a minute. She read them on the hour, every hour, all afternoon, and in between she stood on the step and let people look at her.
# untranslated: ch10_voice_18

# ch10_endings.vn:255 · republic.voice_inside · narration
# source-hash: 7af06d5e
# source: At three Annette came with a flask of tea, sat on the step below her, and held the book whenever Lena's hands got tired.
# untranslated: ch10_voice_23

# ch10_endings.vn:256 · republic.voice_inside · narration
# source-hash: a1c7d086
# source: The lamps came on round the plaza at eight. The fireworks would start at nine, from the river.
# untranslated: ch10_voice_19

# ch10_endings.vn:257 · republic.voice_inside · choice
# source-hash: cd94e292
# source: One name more before the fireworks. She may choose which to end on.
# untranslated: ch10_voice_q1

# ch10_endings.vn:258 · republic.voice_inside · option
# source-hash: 8d7011f6
# source: Kaie Taniya, who wanted to see the cherry trees.
# untranslated: ch10_voice_o1

# ch10_endings.vn:259 · republic.voice_inside · lena
# source-hash: 37913998
# source: Kaie Taniya. Kirschblüte. She wanted to see the cherry trees in the east. Until today, nobody inside these walls had ever said her name.
# untranslated: ch10_voice_3

# ch10_endings.vn:260 · republic.voice_inside · narration
# source-hash: e9a3ac70
# source: A man at the back of the crowd, who had never heard of her until that afternoon, said the name back under his breath, as if to find out how it felt to say.
# untranslated: ch10_voice_20

# ch10_endings.vn:261 · republic.voice_inside · option
# source-hash: 645b3656
# source: Shinei Nouzen, somewhere east of every map she has.
# untranslated: ch10_voice_o2

# ch10_endings.vn:262 · republic.voice_inside · lena
# source-hash: 88f150ac
# source: Shinei Nouzen. Undertaker. Captain of Spearhead. He was alive the last time I heard him. He is somewhere east of every map I have.
# untranslated: ch10_voice_4

# ch10_endings.vn:263 · republic.voice_inside · narration
# source-hash: e3b982a3
# source: Nobody had ever ended a name on that plaza with the word alive. A few people turned and looked east, over the roofs, where there was nothing to see but the evening.
# untranslated: ch10_voice_24

# ch10_endings.vn:264 · republic.voice_inside · narration
# source-hash: 405dc7a2
# source: A small boy at the foot of the plinth asked his mother whose names those were. His mother opened her mouth to tell him, and found that she did not know, and said he should ask the lady. He did.
# untranslated: ch10_voice_21

# ch10_endings.vn:265 · republic.voice_inside · narration
# source-hash: b168aa80
# source: People stopped. Not everyone. Enough.
# untranslated: ch10_voice_22

## Scene republic.twelve_names

# ch10_endings.vn:271 · scene `republic.twelve_names` title
# source-hash: d3e1e279
# source: Twelve Names
# untranslated: scene-republic-twelve_names

# ch10_endings.vn:275 · republic.twelve_names · narration
# source-hash: bc029aaf
# source: Control room three at half past two in the morning: the good chair, the bad map with its clean green line, and on the desk, in a row, twelve squares of aluminium.
# untranslated: ch10_names_1

# ch10_endings.vn:277 · republic.twelve_names · narration
# source-hash: 52b7adc0
# source: The metal had come from an old equipment rack in the corridor, which had held headsets for Handlers who no longer needed them. Maintenance had lent her a hacksaw without asking what for. The knife was from her own kitchen: the small one with the black handle, which her mother had given her for vegetables and which had never in its life been used for anything else.
# untranslated: ch10_names_4

# ch10_endings.vn:278 · republic.twelve_names · narration
# source-hash: 6c9457da
# source: She cut badly. The point skated where she pushed and bit where she did not, and every letter took longer than the one before, because her hand was learning and her wrist was not. Shin had cut most of the squares behind the hangar, neatly, because he had had practice. She had none. Nobody else inside the walls was going to get any.
# untranslated: ch10_names_5

# ch10_endings.vn:279 · republic.twelve_names · narration
# source-hash: f7dc18ad
# source: She had cut Theo's first, to practise, because it was the shortest. It was the worst of the twelve. He would have called it a bold piece and asked to keep it. Kukumila had taken most of an evening, and the second K had slipped, and Lena had sat for a while with her hand over her mouth, because Kurena would have said that was typical. Anju's she had done slowly, because Anju had always been patient with her. Raiden's R came out looking like a bird. She let it be a bird.
# untranslated: ch10_names_18

# ch10_endings.vn:281 · republic.twelve_names · narration
# source-hash: 43d8afd6
# source: She had heard how it ended. The limiter was out, and the link had followed them east as far as it could, and she had listened to everything it would carry. Noor first, at the chimneys. Then the days after, further east, one breath fewer on the link at a time. This time nobody told her to cut the link. She would not have.
# untranslated: ch10_names_6

# ch10_endings.vn:283 · republic.twelve_names · narration
# source-hash: 0778c363
# source: Near the end someone said Lena, as if checking she was still there. She said she was. She was.
# untranslated: ch10_names_7

# ch10_endings.vn:285 · republic.twelve_names · narration
# source-hash: 40e39d23
# source: Near the end someone said Handler One, as if checking she was still there. She said yes, and then, because it was late for it and not too late, she said her name.
# untranslated: ch10_names_10

# ch10_endings.vn:287 · republic.twelve_names · narration
# source-hash: c5acd962
# source: She had not heard how it ended. The link had failed on the first day east, and after that there was only the map. On the forty-first day a line appeared on her screen, in the grey type the Republic used for everything: SPEARHEAD SQUADRON, FIRST WARD. SPECIAL RECONNAISSANCE: COMPLETED.
# untranslated: ch10_names_8

# ch10_endings.vn:288 · republic.twelve_names · narration
# source-hash: 02bff9a1
# source: It was the word the Republic had used for every squadron before them. There was no box for names.
# untranslated: ch10_names_9

# ch10_endings.vn:290 · republic.twelve_names · narration
# source-hash: c13248c2
# source: She knew their voices. Cutting Mattie's name she heard him give it to her on the last night, the right way: Matthias Oyelaran, Bellringer. Cutting Yuna's she heard her laugh, which had no sound, and which Lena had learned to hear anyway.
# untranslated: ch10_names_11

# ch10_endings.vn:292 · republic.twelve_names · narration
# source-hash: 6ae675a8
# source: The seven had never spoken to her. She had their names from one page of Uncle Jérôme's ledger, in his hand, and she cut them more carefully than the others, which was not much more carefully, because by then her hands were tired.
# untranslated: ch10_names_12

# ch10_endings.vn:293 · republic.twelve_names · narration
# source-hash: 002466a3
# source: She did not cut Kaie's. Kaie had a square already, behind the hangar, cut by someone who knew how.
# untranslated: ch10_names_13

# ch10_endings.vn:295 · republic.twelve_names · narration
# source-hash: dd24e875
# source: Kaie's four flowers were in the notebook, pressed beside her name, and the notebook lay open on the desk beside the squares. Lena used the notebook to check the spellings. She did not need to.
# untranslated: ch10_names_14

# ch10_endings.vn:296 · republic.twelve_names · narration
# source-hash: 3084e1bc
# source: The last square was Shin's. He had cut nearly every name behind the hangar. There had been nobody left to cut his.
# untranslated: ch10_names_15

# ch10_endings.vn:297 · republic.twelve_names · narration
# source-hash: 9c15231e
# source: At three the cleaner came in with her trolley, as she did every night. She stood and looked at the squares for a long moment. Then she did the floor round the desk, carefully, without moving anything, and on her way out she said good night, which she had never done before.
# untranslated: ch10_names_19

# ch10_endings.vn:298 · republic.twelve_names · narration
# source-hash: fc5336b7
# source: She was not going to bury them. There was nowhere inside the walls to bury anything of theirs. She would keep them here, on this desk, in a row under the map, where every Handler who came into control room three after her would have to move them to put down a cup, and would have to read them to know where to put them back.
# untranslated: ch10_names_16

# ch10_endings.vn:299 · republic.twelve_names · narration
# source-hash: 68cc01bc
# source: At eighteen hundred she would connect to a squadron in the fourth ward. She had asked them their names on the first night. Three of them had answered.
# untranslated: ch10_names_17

# ch10_endings.vn:300 · republic.twelve_names · choice
# source-hash: 82db6290
# source: The twelfth square is finished. The band at her throat reaches no one.
# untranslated: ch10_names_q1

# ch10_endings.vn:301 · republic.twelve_names · option
# source-hash: d948e538
# source: "Good night, Spearhead."
# untranslated: ch10_names_o1

# ch10_endings.vn:302 · republic.twelve_names · narration
# source-hash: 4ce39496
# source: She had said it to a dead link on her first night in this room, and thought it an odd thing to do. It was not odd now. It was what you said at the end of a day to people you would speak to again, in the only way that was left.
# untranslated: ch10_names_2

# ch10_endings.vn:303 · republic.twelve_names · option
# source-hash: b7009946
# source: "I'm still here."
# untranslated: ch10_names_o2

# ch10_endings.vn:304 · republic.twelve_names · narration
# source-hash: 0a011238
# source: She said it to the twelve squares, and to the map, and to the dead band, and to whoever would sit in this chair after her. She had not said it to be answered. She had said it so that it would be true, and it was.
# untranslated: ch10_names_3

## Scene republic.static

# ch10_endings.vn:309 · scene `republic.static` title
# source-hash: e52e1bb0
# source: Static
# untranslated: scene-republic-static

# ch10_endings.vn:314 · republic.static · narration
# source-hash: 66fd3b29
# source: At nine o'clock Lena opened the link, as she had every night for fifty-three nights, and it gave her what it had given her for fifty-two of them: a soft grey hiss, like rain on a roof a long way off.
# untranslated: ch10_static_1

# ch10_endings.vn:316 · republic.static · narration
# source-hash: 6dd2ceec
# source: On the wall the map showed the eastern front as a clean green line again. Somebody in Cartography had redrawn the first ward as a small grey square with nobody in it, which was at least accurate.
# untranslated: ch10_static_27

# ch10_endings.vn:317 · republic.static · narration
# source-hash: 476860cf
# source: The index cards from her first night were still in the desk drawer, held together with an elastic band: terrain notes for the first ward, the Legion by silhouette, the names of the Handlers before her. On top, the one in capitals: LISTEN FIRST. She took it out most nights now and put it face up by the console, where it could see her.
# untranslated: ch10_static_17

# ch10_endings.vn:319 · republic.static · narration
# source-hash: 69858cb0
# source: Annette had taken the limiter out, and the link had followed them further than it was ever built to go: past the eighty kilometres, past the Shepherd, out into country with no grid on any map. It had thinned a little every night. Then one night it was this.
# untranslated: ch10_static_4

# ch10_endings.vn:321 · republic.static · narration
# source-hash: 587249a4
# source: The link had failed on the first day, eighty kilometres past the walls. After that the map showed twelve blue marks going east off the edge of the grid, and then it showed nothing, because there was no grid there to show it on.
# untranslated: ch10_static_5

# ch10_endings.vn:322 · republic.static · narration
# source-hash: 16ee525a
# source: It had gone in the middle of a sentence. She had asked what the country looked like, and Theo had been telling her: birches, a great deal of green, and under the trees, all along the verge, a little yellow flower, exactly the gold of the... Then there was only the hiss.
# untranslated: ch10_static_28

# ch10_endings.vn:324 · republic.static · narration
# source-hash: 984325c1
# source: On the far side of it, Theo said Lena, into a link that had stopped reaching. She never heard him. She had had fifty-two nights since to wonder what the gold had been.
# untranslated: ch10_static_29

# ch10_endings.vn:326 · republic.static · narration
# source-hash: 207d31e1
# source: On the far side of it, Theo said Handler One, into a link that had stopped reaching. She never heard him. She had had fifty-two nights since to wonder what the gold had been.
# untranslated: ch10_static_30

# ch10_endings.vn:327 · republic.static · narration
# source-hash: 04fd3557
# source: Static was not nothing. There was a footnote about it in Annette's paper: it was everything else at once, the sun, the weather, the cities with their lights on, the ground cooling after the day. Somewhere inside it, far too faint to be anything, there might be Spearhead, breathing. There might not. Lena listened for the difference every night, and had never heard it.
# untranslated: ch10_static_25

# ch10_endings.vn:330 · republic.static · narration
# source-hash: 649b6f82
# source: When it went, they said her name. Theo first, as if he were starting a joke; then Anju; then several at once, thinned almost to nothing, so that she could never tell whose was last. Lena. Lena. Then static.
# untranslated: ch10_static_6

# ch10_endings.vn:332 · republic.static · narration
# source-hash: f52149f2
# source: When it went, Shin said her name, once. Nobody else said anything. She said, Good luck, Spearhead, which was correct, and then there was static.
# untranslated: ch10_static_7

# ch10_endings.vn:334 · republic.static · narration
# source-hash: 45e226bb
# source: When it went, someone said Handler One, politely, to let her know. She said, Good luck, Spearhead, which was correct. She had had fifty-two nights since to think of better things to have said.
# untranslated: ch10_static_8

# ch10_endings.vn:336 · republic.static · narration
# source-hash: cc10c8e5
# source: They went on east, out past the end of everything she could reach. Somewhere out there Theo found something to paint on, and Raiden told him not to, and he painted it anyway. She would never know where.
# untranslated: ch10_static_9

# ch10_endings.vn:339 · republic.static · narration
# source-hash: 9977e053
# source: The night after the wall she had counted the breaths on the link, and counted again, and had not got twelve either time. Nobody told her whose she was missing. She had not asked often enough in the spring to have the right to ask then.
# untranslated: ch10_static_10

# ch10_endings.vn:341 · republic.static · narration
# source-hash: 0abd0661
# source: No report came. Special reconnaissance did not come back with paperwork. It had not been expected to come back at all.
# untranslated: ch10_static_11

# ch10_endings.vn:342 · republic.static · narration
# source-hash: 10c042cc
# source: She would never know how it ended. Some nights she called that a mercy. Most nights she knew it was only a door she had not knocked on in time.
# untranslated: ch10_static_12

# ch10_endings.vn:344 · republic.static · narration
# source-hash: 8265d56f
# source: Annette had told her, on the first day, that she would hear them as if they were standing next to her. She had. She had been so close to them, every night at nine, that she had forgotten she was two hundred kilometres away with a wall in between. The link had let her forget. It had been built to. She had been the last to learn that, and she had learned it from the static.
# untranslated: ch10_static_13

# ch10_endings.vn:346 · republic.static · narration
# source-hash: 2e2319d9
# source: In the spring she had been careful. Correct, and kind when it was convenient, and always a little further off than she needed to be, because distance was safe and she had thought there would be time to close it. There had not been time. That was the lesson. It had come late, and it was hers to keep.
# untranslated: ch10_static_14

# ch10_endings.vn:349 · republic.static · narration
# source-hash: dcde6cd1
# source: At half past nine Duval put his head round the door, as he had most nights since he found out she was still coming in.
# untranslated: ch10_static_18

# ch10_endings.vn:350 · republic.static · duval
# source-hash: 80d7c72d
# source: Anything?
# untranslated: ch10_static_19

# ch10_endings.vn:351 · republic.static · lena
# source-hash: ba666d2c
# source: Static.
# untranslated: ch10_static_20

# ch10_endings.vn:352 · republic.static · duval
# source-hash: b3abd6e0
# source: Same as yesterday, then.
# untranslated: ch10_static_21

# ch10_endings.vn:353 · republic.static · narration
# source-hash: a437cdbc
# source: He put a coffee by her elbow. He did not tell her to go home, and he did not tell her it got boring, and she was grateful to him for both.
# untranslated: ch10_static_22

# ch10_endings.vn:354 · republic.static · duval
# source-hash: 501effa5
# source: Good night, Mirize. Give them my regards. If they're... well. Give them my regards.
# untranslated: ch10_static_23

# ch10_endings.vn:356 · republic.static · choice
# source-hash: d8717fe9
# source: The static goes on. She has the link open, and nobody to report to.
# untranslated: ch10_static_q1

# ch10_endings.vn:357 · republic.static · option
# source-hash: d326e3d2
# source: "Handler One to Spearhead. Can you hear me?"
# untranslated: ch10_static_o1

# ch10_endings.vn:358 · republic.static · narration
# source-hash: f4b76ca0
# source: They were the first words she had ever said to them. The static did not answer. She logged it anyway, on the form: one transmission, no reply. There was no box for what she had meant by it.
# untranslated: ch10_static_2

# ch10_endings.vn:359 · republic.static · option
# source-hash: 8f036fd0
# source: "Spearhead. This is Lena."
# untranslated: ch10_static_o2

# ch10_endings.vn:361 · republic.static · narration
# source-hash: 882d538d
# source: It was what they had called her. She wanted to say it once into the place where they had been, so that the place would have heard it from her too.
# untranslated: ch10_static_3

# ch10_endings.vn:363 · republic.static · narration
# source-hash: b3efad6d
# source: Most of them had never called her that. She had never quite asked them to. She said it now, to the static, which was late, and which was something.
# untranslated: ch10_static_15

# ch10_endings.vn:364 · republic.static · narration
# source-hash: f72ec2e0
# source: She wrote the date in the notebook, under the names, and beside it one word. There were fifty-three dates on the page now, in a column, and beside every one of them the same word, in the same careful hand. She had thought of writing something else, some nights. She had not yet found anything truer.
# untranslated: ch10_static_24

# ch10_endings.vn:365 · republic.static · narration
# source-hash: f46802af
# source: At ten she closed the link. Tomorrow at nine she would open it again. It cost her nothing, and she knew that this was exactly what was wrong with it.
# untranslated: ch10_static_16

# ch10_endings.vn:366 · republic.static · narration
# source-hash: efa5911e
# source: Outside, in the corridor windows, the First Sector had every one of its lights on, and there was not a single star.
# untranslated: ch10_static_26

