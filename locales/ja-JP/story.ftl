### Spearhead の物語本文（日本語、ja-JP）。
### 原文は locales/en-US/story.ftl です（`spearhead locale extract` がスクリプトから書き出します）。
### 各メッセージの上にある `# source-hash:` は、どの原文から訳したかを示します。消さずに残してください
### （`spearhead locale status` が使います）。

## Characters

# character `anju`
# source-hash: cbbfd24e
character-anju = アンジュ

# character `annette`
# source-hash: e2655040
character-annette = アネット

# character `battery`
# source-hash: 0e80cfb4
character-battery = 第四砲兵中隊

# character `board`
# source-hash: 53db6a29
character-board = 査問委員会

# character `broadcast`
# source-hash: 4dd30264
character-broadcast = 放送

# character `clerk`
# source-hash: cc2dd686
character-clerk = 記録係

# character `duval`
# source-hash: be0fa638
character-duval = デュヴァル大尉

# character `ezra`
# source-hash: 7cf7d80e
character-ezra = エズラ

# character `hq`
# source-hash: c7a9cbe7
character-hq = 本部管制

# character `kaie`
# source-hash: ab6a071e
character-kaie = カイエ

# character `karlstahl`
# source-hash: d6a84430
character-karlstahl = カールシュタール

# character `kurena`
# source-hash: ef784da6
character-kurena = クレナ

# character `lena`
# source-hash: a7b065d6
character-lena = レーナ

# character `mattie`
# source-hash: d895b546
character-mattie = マティ

# character `noor`
# source-hash: c906d4f2
character-noor = ヌール

# character `pim`
# source-hash: 73ff6a6c
character-pim = ピム

# character `raiden`
# source-hash: d6dceccc
character-raiden = ライデン

# character `sasha`
# source-hash: ae2b30a4
character-sasha = サーシャ

# character `shin`
# source-hash: b0ee15c2
character-shin = シン

# character `theo`
# source-hash: b76601aa
character-theo = セオ

# character `tobiah`
# source-hash: 5329889c
character-tobiah = トビア

# character `yuna`
# source-hash: 08bebfc0
character-yuna = ユナ

## Chapters

# ch01_handler.vn:68 · chapter `ch1`
# source-hash: 45ab9c7d
chapter-ch1 = ハンドラー

# ch02_names.vn:5 · chapter `ch2`
# source-hash: 8ff7d483
chapter-ch2 = 名前

# ch03_kirschbluete.vn:5 · chapter `ch3`
# source-hash: 26d07d30
chapter-ch3 = キルシュブリューテ

# ch04_walls.vn:5 · chapter `ch4`
# source-hash: b3257bff
chapter-ch4 = 壁

# ch05_festival.vn:6 · chapter `ch5`
# source-hash: afffabbe
chapter-ch5 = 祭りの夜

# ch06_order.vn:17 · chapter `ch6`
# source-hash: 630f2262
chapter-ch6 = 命令

# ch07_standing.vn:15 · chapter `ch7`
# source-hash: 210f4eba
chapter-ch7 = 立場

# ch08_last_week.vn:13 · chapter `ch8`
# source-hash: ea6b1dd4
chapter-ch8 = 最後の一週間

# ch09_east.vn:11 · chapter `ch9`
# source-hash: 5f5ee69b
chapter-ch9 = 東へ

# ch10_endings.vn:4 · chapter `ch10`
# source-hash: 30b60e46
chapter-ch10 = 結末

## Endings

# ending `past_the_walls`
# source-hash: f32fe46c
ending-past_the_walls = 壁の向こうへ

# ending `past_the_walls`, description
# source-hash: 8db771fe
ending-past_the_walls-description = 壁の向こうまで会いに行くと、彼女は約束した。彼女は約束を守る。

# ending `voice_inside`
# source-hash: 4bb978dc
ending-voice_inside = 壁の内側の声

# ending `voice_inside`, description
# source-hash: 282c1c9c
ending-voice_inside-description = スピアヘッドは彼女の手の届かないところへ行った。彼女は残り、共和国に彼らの名を口にさせた。

# ending `twelve_names`
# source-hash: db72c23d
ending-twelve_names = 十二の名前

# ending `twelve_names`, description
# source-hash: aea24848
ending-twelve_names-description = 行軍は東で終わった。彼らの名は、彼女が自分の手で刻んだ。ほかに誰も刻もうとしなかったから。

# ending `static`
# source-hash: 8671fc2c
ending-static = 雑音

# ending `static`, description
# source-hash: c16f7522
ending-static-description = 回線は届く範囲の果てで細くなり、やがて雑音だけが残った。

# ending `out_of_uniform`
# source-hash: 133d8e48
ending-out_of_uniform = 軍服を脱いで

# ending `out_of_uniform`, description
# source-hash: 81559cdb
ending-out_of_uniform-description = 共和国は、終わりを待たずに彼女から職を奪った。名前までは奪えなかった。

# ending `warm_snow`
# source-hash: 3a0bf2c1
ending-warm_snow = 温かい雪

# ending `warm_snow`, description
# source-hash: bc346ff3
ending-warm_snow-description = 彼女は、東でただひとつ自分を覚えていた声を聞き、それに応えた。

## Music

# music track `battle`, as the music room names it
# source-hash: 612a616a
track-battle = 戦闘

# music track `front_theme`, as the music room names it
# source-hash: 6a0b037d
track-front_theme = 前線のテーマ

# music track `night`, as the music room names it
# source-hash: d68c21e8
track-night = 夜

# music track `republic_theme`, as the music room names it
# source-hash: 26df1adb
track-republic_theme = 共和国のテーマ

# music track `sorrow`, as the music room names it
# source-hash: 334b870e
track-sorrow = 悲しみ

# music track `tension`, as the music room names it
# source-hash: d8a68288
track-tension = 緊張

# music track `title`, as the music room names it
# source-hash: b5987d98
track-title = タイトル

## Scene republic.first_day

# ch01_handler.vn:70 · scene `republic.first_day` title
# source-hash: 6ec83f0f
scene-republic-first_day = 犠牲者ゼロ

# ch01_handler.vn:74 · republic.first_day · narration
# source-hash: b6a4582e
ch1_first_day_1 = 第一区の朝は高い窓から差し込み、清潔なものたちの上に降りた。

# ch01_handler.vn:75 · republic.first_day · narration
# source-hash: 94c981a7
ch1_first_day_2 = やかん。椅子の背に掛けられた、折り目の通った軍服。見出しが上になるよう畳まれた新聞――「防衛九年目、失われた市民いまだひとりもなし」。

# ch01_handler.vn:76 · republic.first_day · broadcast
# source-hash: 9b759815
ch1_first_day_3 = ……東部戦線では昨夜も、自律型ジャガーノート部隊がレギオンの進攻を退けました。

# ch01_handler.vn:77 · republic.first_day · broadcast
# source-hash: d71badb1
ch1_first_day_4 = 国防省は市民の皆さまにあらためてお知らせします。共和国の無人化方針により、この戦争で失われた人命はいまもありません。

# ch01_handler.vn:79 · republic.first_day · narration
# source-hash: addee787
ch1_first_day_5 = 十九歳の少佐、ヴラディレーナ・ミリーゼは、天気予報が始まる前にラジオを切った。

# ch01_handler.vn:80 · republic.first_day · lena
# source-hash: ea38c968
ch1_first_day_6 = 失われた人命は、なし。

# ch01_handler.vn:81 · republic.first_day · narration
# source-hash: 04e69d1f
ch1_first_day_7 = 床板を踏んで確かめるように、彼女は誰もいない台所に向かってその言葉を口にした。

# ch01_handler.vn:82 · republic.first_day · lena (worried)
# source-hash: d524faec
ch1_first_day_8 = なら、引き金を引いているのは誰？

# ch01_handler.vn:83 · republic.first_day · narration
# source-hash: cbddb703
ch1_first_day_24 = やかんが鳴りはじめた。彼女は必要よりほんの少し長く、そのまま鳴らしておいた。

# ch01_handler.vn:85 · republic.first_day · narration
# source-hash: c3b5343b
ch1_first_day_25 = 紅茶を注ぐ前に電話が鳴った。朝の七時に電話をかけてくる人間は、ひとりしかいなかった。

# ch01_handler.vn:86 · republic.first_day · lena
# source-hash: 290f01c9
ch1_first_day_26 = おはようございます、お母様。

# ch01_handler.vn:87 · republic.first_day · narration
# source-hash: cfdd6e3a
ch1_first_day_27 = 母は配属の件をもう聞きつけていた。母はなんでも聞きつける。たいていはレーナ本人より先に、たいていは参謀本部の誰かの奥方から。

# ch01_handler.vn:88 · republic.first_day · narration
# source-hash: ce1be3c6
ch1_first_day_28 = 前線の指揮を志願したというのは本当なのか。それも東部戦線だというのは本当なのか。世間が何と言うか分かっているのか。財務省に、とても良い家柄の青年がいて、もう二度もあなたのことを尋ねてきたのよ。

# ch01_handler.vn:89 · republic.first_day · lena
# source-hash: 9b8da218
ch1_first_day_29 = ハンドラーの任務です、お母様。勤務先は第一区の執務室ですし、夕食には毎晩帰ります。

# ch01_handler.vn:90 · republic.first_day · narration
# source-hash: 0572debd
ch1_first_day_9 = それは本当のことで、母を喜ばせもした。それなのに受話器を置いたとき、彼女は嘘をついたような気がしていた。

# ch01_handler.vn:95 · republic.first_day · narration
# source-hash: d50bf466
ch1_first_day_10 = 軍本部は床のワックスと温まった紙の匂いがした。将校たちが二人、三人と連れ立って廊下を行き交い、祭りの準備のことや、サント＝リュンヌ通りのレストランのこと、取るに足らないことを話しては笑っていた。

# ch01_handler.vn:97 · republic.first_day · duval
# source-hash: 5a1ba5fc
ch1_first_day_11 = ミリーゼ少佐。おめでとう、いや、ご愁傷さまかな。どちらにするか決めかねていてね。

# ch01_handler.vn:99 · republic.first_day · lena
# source-hash: 5f32b0ca
ch1_first_day_12 = おはようございます、デュヴァル大尉。どちらなんですか？

# ch01_handler.vn:100 · republic.first_day · duval
# source-hash: df44bb23
ch1_first_day_13 = 君の新しい配属が決まったよ。スピアヘッド戦隊、東部戦線第一戦区だ。

# ch01_handler.vn:101 · republic.first_day · duval (smile)
# source-hash: 501117a2
ch1_first_day_14 = あそこは春からハンドラーを四人も替えている。ひとりは郵便局への転属を願い出たよ。無線のせいで夜も眠れないんだとさ。

# ch01_handler.vn:102 · republic.first_day · lena
# source-hash: bce00aef
ch1_first_day_15 = 無線、ですか。

# ch01_handler.vn:103 · republic.first_day · duval
# source-hash: b15b720b
ch1_first_day_16 = パラレイドのことさ。あそこの隊長はノウゼン家の出でね。プロセッサーたちからは「死神」と呼ばれているそうだ。信じられるかい？　戦闘機乗りみたいに互いにあだ名をつけ合ってる。なんとも可愛らしいじゃないか。

# ch01_handler.vn:104 · republic.first_day · lena (angry)
# source-hash: 9c275ca1
ch1_first_day_17 = 彼らは私たちの指揮下にある兵士です。互いをどう呼ぼうと、彼らの自由です。

# ch01_handler.vn:105 · republic.first_day · duval (surprised)
# source-hash: 1f4c115e
ch1_first_day_18 = まあ落ち着けよ。こっちは君の味方だ。誰もが知っていることを話しているだけさ。

# ch01_handler.vn:106 · republic.first_day · duval
# source-hash: a1e66d8f
ch1_first_day_19 = 一日二十分つないで、出撃を記録して、家に帰る。それ以上を君に求める者なんていないよ。

# ch01_handler.vn:107 · republic.first_day · lena
# source-hash: 453612a0
ch1_first_day_20 = 誰かが求めるべきです。

# ch01_handler.vn:108 · republic.first_day · narration
# source-hash: 29914a4d
ch1_first_day_21 = デュヴァルは笑った。意地の悪い笑いではなかった。灯台になりたいと言う子どもを笑うときの、あの笑い方だった。

# ch01_handler.vn:109 · republic.first_day · duval
# source-hash: 3bf322ac
ch1_first_day_22 = 一八〇〇時、第三管制室だ。幸運を祈るよ、少佐。

# ch01_handler.vn:111 · republic.first_day · narration
# source-hash: e16cf343
ch1_first_day_23 = 彼が去ったあとも、レーナはしばらく廊下に立っていた。それから研究棟へ下りていった。パラレイドの調整が必要だったし、そこにはアネットがいるはずだったから。

## Scene front.hangar

# ch01_handler.vn:115 · scene `front.hangar` title
# source-hash: a76cf97b
scene-front-hangar = スピアヘッド

# ch01_handler.vn:118 · front.hangar · narration
# source-hash: 3406f0d6
ch1_hangar_1 = 東へ二百キロ。どの観光地図にも載っていない壁の向こうで、かつて穀物倉庫だった格納庫に、十四機のジャガーノートが並んでいた。

# ch01_handler.vn:121 · front.hangar · narration
# source-hash: 2185a54e
ch1_hangar_2 = 六番ベイの上は雨漏りがしていた。この一か月、六番ベイを割り当てられた者はいなかった。

# ch01_handler.vn:123 · front.hangar · theo
# source-hash: c5440546
ch1_hangar_3 = はい、みんな静かに。新しいハンドラーのファイルが届いた。俺は読んだ。そして思うところがある。

# ch01_handler.vn:125 · front.hangar · raiden
# source-hash: 8bda317e
ch1_hangar_4 = 読んだのは名前と階級だけだろ。向こうが送ってくるのはそれだけだ。

# ch01_handler.vn:126 · front.hangar · theo
# source-hash: 607da2c3
ch1_hangar_5 = その二つから、俺はひとりの人間を丸ごと組み立てたわけ。少佐。つまり、年寄り。ヴラディレーナ。つまり、すごい年寄りで、金持ちで、服を着た小型犬を飼ってる。

# ch01_handler.vn:128 · front.hangar · kaie
# source-hash: cc00cf39
ch1_hangar_6 = 賭けの胴元は私がやろう。今度のハンドラーは何日で音を上げるかな？　三日なら配当は二倍だ。

# ch01_handler.vn:129 · front.hangar · raiden (smile)
# source-hash: be9f5cb5
ch1_hangar_7 = 俺は一週間にしといてくれ。前のやつも一週間はもったからな。

# ch01_handler.vn:130 · front.hangar · kaie
# source-hash: 51963844
ch1_hangar_8 = 前のは六日だ。私はその場にいたし、帳簿をつけていたのも私だ。

# ch01_handler.vn:131 · front.hangar · theo
# source-hash: d416d89e
ch1_hangar_9 = 一日だね。最初のを聞いたら、さっさと犬の待つ家に帰るさ。

# ch01_handler.vn:132 · front.hangar · raiden
# source-hash: f032bf17
ch1_hangar_23 = 前のときもそう言ってたじゃねえか。

# ch01_handler.vn:133 · front.hangar · theo
# source-hash: 955a8e05
ch1_hangar_24 = で、ほぼ当たってただろ。俺はいつだって、ほぼ当たる。それが俺の才能。

# ch01_handler.vn:134 · front.hangar · kaie
# source-hash: 24e1f78a
ch1_hangar_25 = セオの才能は、ほぼ当たること。ライデンの才能は、背が高いこと。アンジュの才能は、優しくする価値のない相手にまで優しくすることだ。

# ch01_handler.vn:135 · front.hangar · anju
# source-hash: 44883090
ch1_hangar_26 = それは才能じゃないわ。ただの癖よ。

# ch01_handler.vn:136 · front.hangar · kaie
# source-hash: b5328867
ch1_hangar_27 = そして私の才能は胴元だ。賭け金は前払いで頼む。弾か、煙草か、チョコレートで。約束は受けつけない。約束はお断りだ。

# ch01_handler.vn:139 · front.hangar · kurena
# source-hash: 6ff87285
ch1_hangar_10 = 何日もつかなんて、どうでもいい。シンの邪魔さえしなければ。

# ch01_handler.vn:140 · front.hangar · theo
# source-hash: 4b0c5c4d
ch1_hangar_11 = クレナは全然気にしてないってさ。大声で。記録しといて。

# ch01_handler.vn:141 · front.hangar · kurena (angry)
# source-hash: 154e45e2
ch1_hangar_12 = セオ！

# ch01_handler.vn:142 · front.hangar · narration
# source-hash: 5687b848
ch1_hangar_13 = アンジュは磨いていたエンジンカバーから顔を上げ、誰にともなく微笑むと、また作業に戻った。

# ch01_handler.vn:145 · front.hangar · narration
# source-hash: 5788454f
ch1_hangar_14 = 格納庫のいちばん奥で、シンエイ・ノウゼンは自分のジャガーノートのステップに腰かけ、膝の上にマニュアルを広げていた。この二十分、一ページもめくっていなかった。

# ch01_handler.vn:147 · front.hangar · raiden
# source-hash: 909a30fb
ch1_hangar_15 = シン。お前も賭けるか？

# ch01_handler.vn:148 · front.hangar · shin
# source-hash: 1c1b70c1
ch1_hangar_16 = いや。

# ch01_handler.vn:149 · front.hangar · raiden
# source-hash: ddba354c
ch1_hangar_17 = 予想は？

# ch01_handler.vn:150 · front.hangar · shin
# source-hash: 28cc3a9c
ch1_hangar_18 = 一八〇〇に接続してくる。こちらの位置を訊く。それから、接続してこなくなる。

# ch01_handler.vn:151 · front.hangar · narration
# source-hash: d43151e8
ch1_hangar_19 = カイエはそれを帳簿の「シン」の欄に書き込んだ。横に倍率は書かなかった。

# ch01_handler.vn:152 · front.hangar · raiden
# source-hash: 61f8543a
ch1_hangar_20 = じゃあ、やめなかったら？

# ch01_handler.vn:153 · front.hangar · narration
# source-hash: 83068dd3
ch1_hangar_21 = シンはマニュアルを閉じた。

# ch01_handler.vn:154 · front.hangar · shin
# source-hash: d56a20a9
ch1_hangar_22 = そのときは、どういう人間か分かる。

## Scene republic.fitting

# ch01_handler.vn:159 · scene `republic.fitting` title
# source-hash: 48a0bd02
scene-republic-fitting = 研究棟

# ch01_handler.vn:163 · republic.fitting · annette
# source-hash: 45431edc
ch1_fitting_1 = あら。廊下の英雄さんのお出ましね。デュヴァルをやり込めたんだって？　建物の半分が聞いてたわよ。

# ch01_handler.vn:165 · republic.fitting · lena
# source-hash: f1bf9eee
ch1_fitting_2 = やり込めてなんかいない。間違いを正しただけ。

# ch01_handler.vn:166 · republic.fitting · annette
# source-hash: edbaa015
ch1_fitting_3 = デュヴァルにはそっちのほうがこたえるのよ。座って。顎を上げて。

# ch01_handler.vn:167 · republic.fitting · narration
# source-hash: 6d9cd33e
ch1_fitting_4 = ヘンリエッタ・ペンローズ――そう呼ぶことを許された四人にとってはアネット――は、気に入らない首飾りを客につける宝石商のような手つきで、パラレイドの銀の環をレーナの首に回した。

# ch01_handler.vn:168 · republic.fitting · annette
# source-hash: ec63afcb
ch1_fitting_5 = 擬似神経結晶を介して、あなたの聴覚と彼らの聴覚をつなぐの。すぐ隣に立っているみたいに彼らの声が聞こえる。向こうにも同じようにあなたの声が届く。

# ch01_handler.vn:169 · republic.fitting · lena
# source-hash: 3a954ae4
ch1_fitting_6 = 仕組みは知ってる。あなたの論文、読んだから。

# ch01_handler.vn:170 · republic.fitting · annette (surprised)
# source-hash: 4dcd9136
ch1_fitting_7 = 私の論文なんて、誰も読まないのに。

# ch01_handler.vn:171 · republic.fitting · lena (smile)
# source-hash: 2e300585
ch1_fitting_8 = 二回読んだの。二回目で、脚注まで理解できた。

# ch01_handler.vn:172 · republic.fitting · narration
# source-hash: 76244361
ch1_fitting_9 = アネットはダイヤルをひとつ調整した。レーナの見るかぎり、調整の必要などなさそうなダイヤルだった。

# ch01_handler.vn:173 · republic.fitting · annette (worried)
# source-hash: 0a0bf711
ch1_fitting_10 = レーナ。あの部隊とつなぐときは、同調率を低くしておいて。低く、短く。

# ch01_handler.vn:174 · republic.fitting · annette
# source-hash: 28d0d2f8
ch1_fitting_11 = あなたの前にスピアヘッドを担当したハンドラーたち。何人かが、回線越しに何かが聞こえたって言ってたの。戦隊のものじゃない何かが。

# ch01_handler.vn:175 · republic.fitting · choice
# source-hash: 4173d279
ch1_fitting_q1 = アネットは冗談を言っているのではない。

# ch01_handler.vn:176 · republic.fitting · option
# source-hash: 3dc67a6d
ch1_fitting_o1 = 「低くしておく。約束する」

# ch01_handler.vn:180 · republic.fitting · annette
# source-hash: 8fda2d60
ch1_fitting_12 = よろしい。新しい友達を探すはめになるのはごめんだもの。この子をしつけるのに何年もかかったんだから。

# ch01_handler.vn:181 · republic.fitting · lena (smile)
# source-hash: 2d698288
ch1_fitting_13 = しつけられた覚えはないけど。

# ch01_handler.vn:182 · republic.fitting · annette
# source-hash: 36a16604
ch1_fitting_14 = そう思わせておいたの。それもしつけのうち。

# ch01_handler.vn:183 · republic.fitting · option
# source-hash: 53239775
ch1_fitting_o2 = 「何が聞こえたって言ってたの？」

# ch01_handler.vn:185 · republic.fitting · annette (sad)
# source-hash: daf1ee33
ch1_fitting_15 = 声よ。泣き声。母親を呼ぶ人たちの声が、何度も何度も、無線の雑音の下から。

# ch01_handler.vn:186 · republic.fitting · annette
# source-hash: 95fa5095
ch1_fitting_16 = レギオンはそういう音を立てるんだって。そのうち誰も何も言わなくなって、転属願を出していった。

# ch01_handler.vn:187 · republic.fitting · lena (worried)
# source-hash: ae4e420e
ch1_fitting_17 = そんなこと、ありえない。

# ch01_handler.vn:188 · republic.fitting · annette
# source-hash: 7721e854
ch1_fitting_18 = ええ。ありえない。だから同調率は低くしておいて。そうすれば、ありえないままでいてくれる。

# ch01_handler.vn:189 · republic.fitting · option
# source-hash: b7f96a94
ch1_fitting_o3 = 「幽霊なんて規則には載ってないでしょ、アネット」

# ch01_handler.vn:192 · republic.fitting · annette
# source-hash: aa7db9fd
ch1_fitting_19 = 十九歳の少佐だって載ってないわ。それなのに、ね。

# ch01_handler.vn:193 · republic.fitting · annette
# source-hash: da8e6f38
ch1_fitting_20 = いいわ、どうぞ勇敢に。ただ、朝の三時に眠れないって私のところに来ないでよね。

# ch01_handler.vn:194 · republic.fitting · lena (sad)
# source-hash: fb05e4b4
ch1_fitting_21 = ……ごめん。今のは軽率だった。

# ch01_handler.vn:195 · republic.fitting · annette
# source-hash: b9d0cdcf
ch1_fitting_22 = そうね。ほら、行きなさい。幽霊たちとの約束に遅れるわよ。

## Scene republic.first_contact

# ch01_handler.vn:200 · scene `republic.first_contact` title
# source-hash: 3092fe88
scene-republic-first_contact = 一八〇〇時

# ch01_handler.vn:203 · republic.first_contact · narration
# source-hash: 15a4831c
ch1_first_contact_1 = 第三管制室は薄暗い部屋で、椅子は上等、地図は粗末だった。地図の上で、東部戦線は一本のきれいな緑の線になっていた。地図によれば、その線は四年間一度も動いていない。

# ch01_handler.vn:205 · republic.first_contact · narration
# source-hash: 867d5c65
ch1_first_contact_41 = 準備はしてきた。もちろんだ。机の上には、彼女の几帳面な字で書かれたカードが並んでいた。第一戦区の地形メモ、シルエット別のレギオンの種類、歴代ハンドラーの名前。そして大きな字で「まず聴くこと」とだけ書かれた一枚。

# ch01_handler.vn:206 · republic.first_contact · narration
# source-hash: 944fa7a9
ch1_first_contact_42 = 彼女はその一枚を裏返した。それから、また表に返した。

# ch01_handler.vn:207 · republic.first_contact · narration
# source-hash: f5b4b643
ch1_first_contact_2 = 十七時五十九分、レーナは背筋を伸ばした。十八時ちょうど、喉元の環に触れた。

# ch01_handler.vn:210 · republic.first_contact · narration
# source-hash: 1aef3a46
ch1_first_contact_3 = 一瞬、何もなかった。それから風が聞こえた。風と、冷えていく金属のきしみと、すぐ近くで誰かが息をする音。

# ch01_handler.vn:211 · republic.first_contact · lena
# source-hash: 1bba76a8
ch1_first_contact_4 = ハンドラー・ワンよりスピアヘッド戦隊へ。聞こえますか？

# ch01_handler.vn:212 · republic.first_contact · shin
# source-hash: b384e332
ch1_first_contact_5 = アンダーテイカー。聞こえている、ハンドラー・ワン。

# ch01_handler.vn:213 · republic.first_contact · narration
# source-hash: dc60dba3
ch1_first_contact_6 = 若い声だった。まずそれに気づいた。もしかすると彼女より若い。平坦で、時刻とは何の関係もない種類の疲れを帯びていた。

# ch01_handler.vn:214 · republic.first_contact · choice
# source-hash: 2a4adb30
ch1_first_contact_first_words = 戦隊の全員が聞いている。最初に何と言う？

# ch01_handler.vn:215 · republic.first_contact · option
# source-hash: 30f5314f
ch1_first_contact_o1 = 「皆さんを指揮できて光栄です。コールサインだけでなく、名前を教えてください」

# ch01_handler.vn:219 · republic.first_contact · narration
# source-hash: 573efe8c
ch1_first_contact_7 = 回線に沈黙が落ちた。空っぽの沈黙ではなかった。

# ch01_handler.vn:220 · republic.first_contact · raiden
# source-hash: 05eed2af
ch1_first_contact_8 = ……ライデン・シュガ。ヴェアヴォルフ。

# ch01_handler.vn:221 · republic.first_contact · theo
# source-hash: f8b92701
ch1_first_contact_9 = セオ・リッカ。ラフィング・フォックス。……えっと、これ何かのテスト？

# ch01_handler.vn:222 · republic.first_contact · kurena
# source-hash: 97a406e3
ch1_first_contact_10 = クレナ・ククミラ。

# ch01_handler.vn:223 · republic.first_contact · anju
# source-hash: 4fd1e72e
ch1_first_contact_11 = アンジュ・エマ。スノウ・ウィッチです。よろしくお願いします、ハンドラー・ワン。

# ch01_handler.vn:224 · republic.first_contact · kaie
# source-hash: 87a8549d
ch1_first_contact_12 = カイエ・タニヤ！　キルシュブリューテだ。いや、なんだか不思議な感じだな。こんにちは！

# ch01_handler.vn:225 · republic.first_contact · shin
# source-hash: 45437412
ch1_first_contact_13 = シンエイ・ノウゼン。

# ch01_handler.vn:226 · republic.first_contact · lena (smile)
# source-hash: 60913796
ch1_first_contact_14 = ありがとうございます。私はヴラディレーナ・ミリーゼです。この信頼に見合う指揮官になれるよう努めます。

# ch01_handler.vn:227 · republic.first_contact · theo
# source-hash: c949694c
ch1_first_contact_15 = 今……今の、自己紹介した？

# ch01_handler.vn:228 · republic.first_contact · kurena
# source-hash: 2c8308aa
ch1_first_contact_16 = 浮かれないで。ただの礼儀よ。壁の中の人たちは、お行儀がいいの。

# ch01_handler.vn:229 · republic.first_contact · option
# source-hash: da212fd3
ch1_first_contact_o2 = 「ハンドラー・ワン、指揮を引き継ぎます。皆さんのために最善を尽くします」

# ch01_handler.vn:231 · republic.first_contact · narration
# source-hash: 10685b49
ch1_first_contact_17 = 一拍の間があって、礼儀正しい了解の声が揃って返ってきた。新任の先生に返すような挨拶だった。

# ch01_handler.vn:232 · republic.first_contact · kaie
# source-hash: 9cd2becd
ch1_first_contact_18 = ようこそ、ハンドラー・ワン。

# ch01_handler.vn:233 · republic.first_contact · theo
# source-hash: e4dcb1f8
ch1_first_contact_19 = そっちでも、まあ頑張って。

# ch01_handler.vn:234 · republic.first_contact · lena
# source-hash: 335106c9
ch1_first_contact_20 = ありがとうございます。本心から、そう思っています。

# ch01_handler.vn:235 · republic.first_contact · option
# source-hash: 11d6a8a7
ch1_first_contact_o3 = 「アンダーテイカー、各機の位置と状況を報告してください。簡潔にお願いします」

# ch01_handler.vn:238 · republic.first_contact · shin
# source-hash: dc8b1a12
ch1_first_contact_21 = 全機、第一戦区の格納庫にて待機。ジャガーノート十四機、うち稼働可能十一機。報告事項なし。

# ch01_handler.vn:239 · republic.first_contact · lena
# source-hash: 85508178
ch1_first_contact_22 = ありがとうございます、アンダーテイカー。今はそれで結構です。

# ch01_handler.vn:240 · republic.first_contact · narration
# source-hash: 0edafab0
ch1_first_contact_23 = 回線の向こうで誰かが鼻で笑い、咳でごまかした。

# ch01_handler.vn:243 · republic.first_contact · narration
# source-hash: 8212b580
ch1_first_contact_24 = 彼女が回線を閉じようとしたとき、シンがもう一度、さっきより低い声で言った。

# ch01_handler.vn:244 · republic.first_contact · shin
# source-hash: db7c1638
ch1_first_contact_25 = ハンドラー・ワン。奴らが動いている。

# ch01_handler.vn:245 · republic.first_contact · lena
# source-hash: 4bb5acb0
ch1_first_contact_26 = 誰が動いているんですか？

# ch01_handler.vn:246 · republic.first_contact · shin
# source-hash: bdaa6975
ch1_first_contact_27 = レギオンだ。一個中隊、あるいはそれ以上。北東、旧操車場の方角から来る。四十分ほどで戦区に到達する。

# ch01_handler.vn:247 · republic.first_contact · narration
# source-hash: 3d546afb
ch1_first_contact_28 = レーナは地図を見た。緑の線は緑のままだった。隣のレーダーパネルにも、何ひとつ映っていなかった。

# ch01_handler.vn:248 · republic.first_contact · lena
# source-hash: dd096a94
ch1_first_contact_29 = その区域のレーダーには何も映っていません、アンダーテイカー。

# ch01_handler.vn:249 · republic.first_contact · shin
# source-hash: cd4e24f3
ch1_first_contact_30 = じきに映る。

# ch01_handler.vn:250 · republic.first_contact · choice
# source-hash: d40cff4f
ch1_first_contact_radar = レーダーには何もない。だがシンは確信している。

# ch01_handler.vn:251 · republic.first_contact · option
# source-hash: f8db3185
ch1_first_contact_o4 = 「了解しました。スピアヘッド、迎撃に出てください。あなたの報告に基づいて記録します」

# ch01_handler.vn:255 · republic.first_contact · shin
# source-hash: 523a55d7
ch1_first_contact_31 = 了解。スピアヘッド、出撃する。鉄塔の線で待ち伏せる。

# ch01_handler.vn:256 · republic.first_contact · raiden
# source-hash: 5057e010
ch1_first_contact_32 = 了解。……へえ、反論しなかったな。

# ch01_handler.vn:257 · republic.first_contact · option
# source-hash: f8b0920e
ch1_first_contact_o5 = 「勘だけで出撃は許可できません。レーダーで確認が取れるまで待機してください」

# ch01_handler.vn:260 · republic.first_contact · shin
# source-hash: 1e651c6a
ch1_first_contact_33 = 了解した。

# ch01_handler.vn:261 · republic.first_contact · narration
# source-hash: cfbfb839
ch1_first_contact_34 = 回線の息遣いは続いていた。彼の声の向こうのどこかで、エンジンがかかった。それから、もうひとつ。

# ch01_handler.vn:262 · republic.first_contact · lena (angry)
# source-hash: b06835c5
ch1_first_contact_35 = アンダーテイカー、待機と言ったはずです。

# ch01_handler.vn:263 · republic.first_contact · shin
# source-hash: 8288e154
ch1_first_contact_36 = ああ、聞いた。

# ch01_handler.vn:264 · republic.first_contact · option
# source-hash: 5699e5e6
ch1_first_contact_o6 = 「それは勘ですか、それとも分かっているんですか？　どうして分かるのか教えてください」

# ch01_handler.vn:266 · republic.first_contact · shin
# source-hash: a53e8189
ch1_first_contact_37 = 分かる。

# ch01_handler.vn:267 · republic.first_contact · narration
# source-hash: 63d86bad
ch1_first_contact_38 = 彼は説明しなかった。そして彼女は、自分が本当は説明を期待していなかったことに気づいた。

# ch01_handler.vn:268 · republic.first_contact · lena
# source-hash: b0618995
ch1_first_contact_39 = ……では、行ってください。もし間違っていたら、責任は私が取ります。

# ch01_handler.vn:270 · republic.first_contact · shin
# source-hash: c446ff40
ch1_first_contact_40 = 了解。スピアヘッド、出撃する。

## Scene front.first_sortie

# ch01_handler.vn:274 · scene `front.first_sortie` title
# source-hash: 21d759c1
scene-front-first_sortie = 操車場

# ch01_handler.vn:277 · front.first_sortie · narration
# source-hash: 03e97d9e
ch1_first_sortie_1 = かつての農地を横切って、鉄塔が一列に並んでいた。電線はとうの昔に剥ぎ取られ、死ぬために横たわった巨大な何かの肋骨のようだった。

# ch01_handler.vn:278 · front.first_sortie · narration
# source-hash: 1660759c
ch1_first_sortie_2 = ジャガーノートはその陰にうずくまっていた。脚が四本、砲が一門。そして、共和国の技術者たちが書類の上では一度も快適にする必要のなかった操縦席。

# ch01_handler.vn:281 · front.first_sortie · shin
# source-hash: 19b5a9a9
ch1_first_sortie_3 = 三十秒。前衛は地上型のグラウヴォルフ、後方にレーヴェ。先頭の列が二本目の鉄塔を越えるまで待て。

# ch01_handler.vn:282 · front.first_sortie · lena
# source-hash: 6f39904b
ch1_first_sortie_4 = レーダーにも映りました。あなたの言うとおりでした。一分の狂いもなく。

# ch01_handler.vn:283 · front.first_sortie · shin
# source-hash: 6826fcef
ch1_first_sortie_5 = 回線はそのままにしておいてくれ、ハンドラー・ワン。できるなら、敵の間隔を読み上げてほしい。

# ch01_handler.vn:284 · front.first_sortie · lena
# source-hash: 309342a4
ch1_first_sortie_6 = できます。

# ch01_handler.vn:287 · front.first_sortie · raiden
# source-hash: 5d25169a
ch1_first_sortie_7 = まだ待機しろって言ってるぞ。シン？

# ch01_handler.vn:288 · front.first_sortie · shin
# source-hash: 9bd3c3be
ch1_first_sortie_8 = そのまま行け。じきに向こうにも見える。

# ch01_handler.vn:289 · front.first_sortie · lena
# source-hash: 1cdd0c4a
ch1_first_sortie_9 = レーダーに反応、北東。中隊規模。……あ。

# ch01_handler.vn:290 · front.first_sortie · shin
# source-hash: 20538b09
ch1_first_sortie_10 = ああ。

# ch01_handler.vn:291 · front.first_sortie · lena
# source-hash: 716ce006
ch1_first_sortie_11 = 全機、各個に交戦を許可します。……ごめんなさい。交戦してください。

# ch01_handler.vn:296 · front.first_sortie · narration
# source-hash: 3ae54d4b
ch1_first_sortie_12 = 最初の一発はシンだった。残りの砲声は、まるで会話のようにそれに続いた。

# ch01_handler.vn:300 · front.first_sortie · theo
# source-hash: 8746b22f
ch1_first_sortie_13 = 二本目の鉄塔で一機撃破！　カイエ、左だ、左！

# ch01_handler.vn:301 · front.first_sortie · kaie
# source-hash: c5d9be75
ch1_first_sortie_14 = 見えている、見えているとも。ありがとう、セオ。ああ、見えている。

# ch01_handler.vn:303 · front.first_sortie · kurena
# source-hash: 9b361403
ch1_first_sortie_15 = 仕留めた。シン、給水塔の裏にあと三機。

# ch01_handler.vn:304 · front.first_sortie · shin
# source-hash: 92419986
ch1_first_sortie_16 = ライデン、塔を頼む。アンジュ、奴らが崩れたら丘に撃ち込め。

# ch01_handler.vn:305 · front.first_sortie · anju
# source-hash: e97fc61d
ch1_first_sortie_17 = 丘ね。了解。

# ch01_handler.vn:307 · front.first_sortie · lena
# source-hash: 41dc913d
ch1_first_sortie_18 = 第二群が南へ転進しています、アンダーテイカー。ヴェアヴォルフの側面に回り込むつもりです。

# ch01_handler.vn:308 · front.first_sortie · raiden
# source-hash: 56f6834c
ch1_first_sortie_19 = はっ。地図は読めるらしいな。助かったぜ、ハンドラー・ワン。

# ch01_handler.vn:309 · front.first_sortie · narration
# source-hash: 92bdd3e5
ch1_first_sortie_20 = 早くに張った待ち伏せの常どおりに、戦いは運んだ。素早く、やがて一挙に、そしてぱたりと。

# ch01_handler.vn:314 · front.first_sortie · theo
# source-hash: c2cdb229
ch1_first_sortie_21 = 被弾した！　大丈夫。脚だ。平気だって、脚をやられただけだから。

# ch01_handler.vn:315 · front.first_sortie · lena (worried)
# source-hash: 86ba655a
ch1_first_sortie_22 = ラフィング・フォックス、状況を報告してください！

# ch01_handler.vn:316 · front.first_sortie · theo
# source-hash: 5a5c6412
ch1_first_sortie_23 = まだ笑ってるよ。歩き方がちょっと変になっただけ。

# ch01_handler.vn:317 · front.first_sortie · narration
# source-hash: 3fe8cfeb
ch1_first_sortie_24 = 布陣は遅れ、しかも開けた場所だった。レーダー画面を待って四分を費やしたせいだ。遅れて始まった戦いの常どおりに、それは進んだ。長く、醜く、ばらばらに。

# ch01_handler.vn:321 · front.first_sortie · narration
# source-hash: ea044de7
ch1_first_sortie_25 = やがて戦場は静まった。焼けた金属が冷えていく小さな音と、鉄塔を渡る風の音のほかには。

# ch01_handler.vn:326 · front.first_sortie · kaie
# source-hash: 2b7ef39b
ch1_first_sortie_26 = さて。賭けの帳簿だ。張り替えたい者はいるか？

# ch01_handler.vn:329 · front.first_sortie · theo
# source-hash: b45e3428
ch1_first_sortie_27 = あの人、シンの言うことを聞いたんだぜ。初日からあいつを信じた奴なんていなかった。みんなレーダーを欲しがるんだ。

# ch01_handler.vn:330 · front.first_sortie · kaie
# source-hash: 4ac59bcb
ch1_first_sortie_28 = つまり、張り替えるわけだな。

# ch01_handler.vn:331 · front.first_sortie · theo
# source-hash: 4f119d14
ch1_first_sortie_29 = 一週間に変える。俺だってバカじゃない。

# ch01_handler.vn:333 · front.first_sortie · theo (angry)
# source-hash: 6db6c0ec
ch1_first_sortie_30 = 俺たちをあそこで待たせたんだぞ。四分も。

# ch01_handler.vn:334 · front.first_sortie · kaie
# source-hash: 01b310c7
ch1_first_sortie_31 = だが、謝りもしたぞ。声に出して。私たちにだ。

# ch01_handler.vn:335 · front.first_sortie · theo
# source-hash: 9e0b6c0e
ch1_first_sortie_32 = ……じゃあ、二日にしといて。

# ch01_handler.vn:337 · front.first_sortie · kaie
# source-hash: f6236e82
ch1_first_sortie_33 = 私たちの名前を訊いてきたな。聞いたか？　自分の名前も名乗り返したぞ。

# ch01_handler.vn:338 · front.first_sortie · theo
# source-hash: 6df28421
ch1_first_sortie_34 = ヴラディレーナ。少なくともそこは当たってたろ。いかにも年寄りで、いかにも金持ちって名前だ。

# ch01_handler.vn:339 · front.first_sortie · kaie
# source-hash: 28651caa
ch1_first_sortie_35 = ふむ。年寄りの声には聞こえなかったがな。

# ch01_handler.vn:341 · front.first_sortie · kaie
# source-hash: 1dd2b31f
ch1_first_sortie_36 = シン？　君の見立ては？

# ch01_handler.vn:342 · front.first_sortie · shin
# source-hash: 5669e8da
ch1_first_sortie_37 = 十八時ちょうどに繋いできた。

# ch01_handler.vn:343 · front.first_sortie · narration
# source-hash: 245f1ce6
ch1_first_sortie_38 = 彼は二人の脇を抜けて自分のジャガーノートへ向かい、脚の関節をひとつずつ点検しはじめた。ほかには何も言われなかったかのように。

# ch01_handler.vn:344 · front.first_sortie · kaie
# source-hash: 74995f2d
ch1_first_sortie_39 = それは見立てとは言わないだろう。

# ch01_handler.vn:345 · front.first_sortie · raiden
# source-hash: eb9d04c5
ch1_first_sortie_40 = あいつにとっちゃ、それが見立てなんだよ。

## Scene republic.log

# ch01_handler.vn:351 · scene `republic.log` title
# source-hash: 98873357
scene-republic-log = 記録

# ch01_handler.vn:356 · republic.log · narration
# source-hash: 6c573595
ch1_log_1 = 小さな音を立てて、回線が閉じた。そのあと、部屋はひどく静かだった。静かすぎた。管制室がこれほど静かな場所だとは、知らなかった。

# ch01_handler.vn:357 · republic.log · narration
# source-hash: 1a5911a8
ch1_log_2 = 画面には書式がひとつ。交戦概要。出撃機数。損失機数。名前を書く欄はなかった。

# ch01_handler.vn:359 · republic.log · narration
# source-hash: c1b1f62c
ch1_log_3 = 彼女は打ち込んだ。出撃十一機。損失なし。戦隊長による早期警戒あり。

# ch01_handler.vn:360 · republic.log · narration
# source-hash: b63bf870
ch1_log_4 = 最後の一行を読み返し、そのまま残した。

# ch01_handler.vn:362 · republic.log · narration
# source-hash: 79b84b63
ch1_log_5 = 彼女は打ち込んだ。出撃十一機。損傷一機。ハンドラーの判断により交戦開始遅延。

# ch01_handler.vn:363 · republic.log · narration
# source-hash: 2bc5d9ae
ch1_log_6 = 「遅延」という言葉を、何の意味もなくなるまで見つめた。それも、そのまま残した。

# ch01_handler.vn:366 · republic.log · duval
# source-hash: 9386ee5d
ch1_log_7 = まだいたのか？　最初の一回がいちばんこたえるんだ。そのうち退屈になるさ、請け合うよ。

# ch01_handler.vn:367 · republic.log · lena
# source-hash: 30c4a3cc
ch1_log_8 = 大尉。あの人たちに、名前を訊いたことはありますか？

# ch01_handler.vn:368 · republic.log · duval
# source-hash: 7a472b3a
ch1_log_9 = 誰のだい？

# ch01_handler.vn:369 · republic.log · narration
# source-hash: 2ab25f0f
ch1_log_10 = 彼女は答えなかった。少しして彼は察し、笑い、コートを取りに行った。

# ch01_handler.vn:370 · republic.log · narration
# source-hash: 5da7c0a4
ch1_log_13 = 彼女は画面を消した。暗いガラスに自分の姿が映っていた。軍服、喉元の銀の環、規則が好む形にまとめ上げた淡い色の髪。

# ch01_handler.vn:371 · republic.log · narration
# source-hash: fb4ce942
ch1_log_14 = 東のどこかで、いまでは声を知っている六人が、ハーネスを外し、あるものを何でも口に入れ、彼女のことなどまるで考えずにいる。そうであってほしかった。自分はそれを願っているのだと、彼女は気づいた。

# ch01_handler.vn:373 · republic.log · lena (sad)
# source-hash: d324ee96
ch1_log_11 = おやすみなさい、スピアヘッド。

# ch01_handler.vn:374 · republic.log · narration
# source-hash: 3b8e6cd6
ch1_log_12 = 切れた回線に向かって、彼女はそう言った。妙なことだった。それでも、言った。

## Scene front.night_one

# ch01_handler.vn:379 · scene `front.night_one` title
# source-hash: dacd2a05
scene-front-night_one = シンが聞くもの

# ch01_handler.vn:383 · front.night_one · narration
# source-hash: 36df06cf
ch1_night_one_1 = ジャガーノートの操縦席は、眺めのついた棺だった。シンはキャノピーを開け、画面を落としたまま自機に座っていた。そこが戦区でいちばん静かな場所で、しかもそこまで彼を探しに来る者は、ひとりしかいなかったからだ。

# ch01_handler.vn:386 · front.night_one · anju
# source-hash: 6f29d5a9
ch1_night_one_2 = お茶を持ってきたの。まずいほうのお茶。おいしいお茶なんて、噂でしか聞かないもの。

# ch01_handler.vn:388 · front.night_one · shin
# source-hash: 549126ed
ch1_night_one_3 = ありがとう。

# ch01_handler.vn:389 · front.night_one · narration
# source-hash: fc2fe0d0
ch1_night_one_4 = 彼女が差し出したカップを、彼は受け取ったが、飲まなかった。手に持っておくための何かだった。

# ch01_handler.vn:390 · front.night_one · anju
# source-hash: ba3debb8
ch1_night_one_5 = 今夜はうるさい？

# ch01_handler.vn:391 · front.night_one · shin
# source-hash: 227ea4ce
ch1_night_one_6 = それほどでも。操車場の連中は消えた。残りは元の場所にいる。

# ch01_handler.vn:392 · front.night_one · anju
# source-hash: 6e1ec87d
ch1_night_one_7 = じゃあ、新しい人は？　ハンドラーの。あの人はうるさい？

# ch01_handler.vn:393 · front.night_one · narration
# source-hash: 23c14a16
ch1_night_one_8 = シンは考えた。何についてもそうするように、まるでその問いに重さがあって、そっと下ろさなければならないものであるかのように。

# ch01_handler.vn:395 · front.night_one · shin
# source-hash: b3fc417d
ch1_night_one_9 = 訊いて、それから答えを聞いていた。二度とも。

# ch01_handler.vn:396 · front.night_one · anju (smile)
# source-hash: 2fdf21fc
ch1_night_one_10 = カイエ、賭けに負けそうね。

# ch01_handler.vn:397 · front.night_one · shin
# source-hash: 99eff9d5
ch1_night_one_11 = カイエなら、喜んで負けるだろう。

# ch01_handler.vn:399 · front.night_one · shin
# source-hash: bfff088a
ch1_night_one_12 = レーダーを頼らなかった。俺に訊いてきた。

# ch01_handler.vn:400 · front.night_one · anju
# source-hash: ecae80ca
ch1_night_one_13 = 珍しいわね。

# ch01_handler.vn:401 · front.night_one · shin
# source-hash: 75bb29a5
ch1_night_one_14 = 一度だけだ。この先はわからない。

# ch01_handler.vn:403 · front.night_one · shin
# source-hash: 5518e59e
ch1_night_one_15 = 名前は訊いてきた。警告は信じなかった。

# ch01_handler.vn:404 · front.night_one · anju
# source-hash: d362a39f
ch1_night_one_16 = 二つに一つ、ね。

# ch01_handler.vn:405 · front.night_one · shin
# source-hash: e1d0f40b
ch1_night_one_17 = たいていの奴よりは、ましな出だしだ。

# ch01_handler.vn:407 · front.night_one · shin
# source-hash: 045b1bf1
ch1_night_one_18 = ほかの連中と同じ声だった。慎重で、自分が正しいと疑わない。

# ch01_handler.vn:408 · front.night_one · anju (sad)
# source-hash: ed2b1bf9
ch1_night_one_19 = でも、謝ってたわ。聞こえたもの。戦闘のあとで。

# ch01_handler.vn:409 · front.night_one · shin
# source-hash: e7f1d54b
ch1_night_one_20 = みんな謝る。一度はな。

# ch01_handler.vn:411 · front.night_one · anju
# source-hash: 8428f3cb
ch1_night_one_21 = 南の戦区にいたころの、私のハンドラーの話、覚えてる？　ここに来る前の。

# ch01_handler.vn:412 · front.night_one · shin
# source-hash: b32fe0d7
ch1_night_one_22 = 聞いたことがない。

# ch01_handler.vn:413 · front.night_one · anju
# source-hash: 76814b1d
ch1_night_one_23 = 毎朝、天気予報を読んでくれたの。首都の天気よ。第一区は晴れ、風は弱いでしょう、って。私たちが知りたがると思ってたのね。

# ch01_handler.vn:414 · front.night_one · anju
# source-hash: 8e7be1f4
ch1_night_one_24 = 最初は、それが嫌でたまらなかった。でもある朝、その人は繋いでこなくて、誰も理由を教えてくれなくて――気づいたら、天気が恋しくなってたの。

# ch01_handler.vn:415 · front.night_one · narration
# source-hash: 4e75ddd1
ch1_night_one_25 = 口をつけられないままのカップを、彼女は受け取った。それを見て、それから彼を見た。

# ch01_handler.vn:416 · front.night_one · anju
# source-hash: 45c738a8
ch1_night_one_26 = ただ、そう思っただけ。誰かの声が何のためにあったのか、わかるまでには時間がかかることもあるのよ。

# ch01_handler.vn:418 · front.night_one · narration
# source-hash: 66a2ee09
ch1_night_one_27 = 彼女が去ったあとも、シンはキャノピーを開けたまま長いこと座っていた。東のどこか、聞こえる範囲のぎりぎり端で、自分の声よりもよく知っている声が、いつもと同じ短い言葉を繰り返していた。

# ch01_handler.vn:419 · front.night_one · narration
# source-hash: 6f0157d6
ch1_night_one_28 = 今夜、彼はそれに耳を傾けなかった。代わりに、自分でもわからない理由で、壁の内側にあるひとつの声のことを考えていた。それがいずれ、何のための声だったとわかるのかを。

## Scene republic.report

# ch02_names.vn:7 · scene `republic.report` title
# source-hash: 82c53ef7
scene-republic-report = 書式

# ch02_names.vn:11 · republic.report · narration
# source-hash: f9f697d3
ch2_report_1 = 概要報告は毎朝十時までに作戦司令部へ送られた。作戦司令部は十一時までにそれを読んだ。正午にはそれは大きな数字の中のひとつの数字になり、夜にはラジオの一文になった。

# ch02_names.vn:14 · republic.report · narration
# source-hash: 01a6bede
ch2_report_2 = レーナはまた書式を開いていた。昨日の交戦、昨夜の哨戒、今朝の静けさ。出撃機数。損傷機数。損失機数。

# ch02_names.vn:16 · republic.report · duval
# source-hash: 50a1ff53
ch2_report_3 = 遠回りしてるね。テンプレートがあるんだよ。前日のをコピーして、日付を変えるだけさ。

# ch02_names.vn:17 · republic.report · lena
# source-hash: d5b403dc
ch2_report_4 = ここに備考欄があります。

# ch02_names.vn:18 · republic.report · duval
# source-hash: 30b839f2
ch2_report_5 = コーヒーメーカーにだって備考欄はあるよ。あれも誰も読まないけどね。

# ch02_names.vn:19 · republic.report · lena
# source-hash: 01ee4dbd
ch2_report_6 = なら、私が何を書いても誰も気にしませんね。

# ch02_names.vn:20 · republic.report · duval (worried)
# source-hash: 1aa6f900
ch2_report_7 = ミリーゼ。ちょっとだけ、同僚として聞いてくれ。

# ch02_names.vn:21 · republic.report · duval
# source-hash: c05143dd
ch2_report_8 = 上には、感情のあるハンドラーを好む人もいる。写真映えするからね。好まない人もいる。どっちがどっちかは、手遅れになるまでわからないんだよ。

# ch02_names.vn:23 · republic.report · narration
# source-hash: 91ee2bf4
ch2_report_9 = 出ていきがけに、彼は彼女の肘のそばにコーヒーを一杯置いていった。彼がこれまで彼女にしてくれた中でいちばん親切なことで、彼自身もそれを承知しているのだろうと彼女は思った。

# ch02_names.vn:24 · republic.report · choice
# source-hash: 55624821
ch2_report_remarks = 備考欄は空白のままだ。

# ch02_names.vn:25 · republic.report · option
# source-hash: a03b66e7
ch2_report_o1 = プロセッサーたちを、各機の操縦者として名前で記載する。

# ch02_names.vn:29 · republic.report · narration
# source-hash: c1c7012e
ch2_report_10 = ライデン・シュガ、ヴェアヴォルフ。セオ・リッカ、ラフィング・フォックス。彼女は名簿を順にたどり、誰ひとり飛ばさなかった。

# ch02_names.vn:31 · republic.report · narration
# source-hash: f2dc8da8
ch2_report_11 = ほとんどの名前は、名簿を見るまでもなかった。

# ch02_names.vn:33 · republic.report · narration
# source-hash: e71a3fee
ch2_report_12 = 名前は調べなければわからなかった。それ自体が、ささやかな教訓だった。

# ch02_names.vn:34 · republic.report · narration
# source-hash: 5bc5deea
ch2_report_13 = 最後に、彼女はこう打ち込んだ。上記の各機には搭乗者が存在する。本概要報告にこれを反映されたい。

# ch02_names.vn:35 · republic.report · lena
# source-hash: b1df31fc
ch2_report_14 = ……これで。

# ch02_names.vn:36 · republic.report · narration
# source-hash: c29d4e08
ch2_report_15 = もっと無難なものに書き直してしまう前に、彼女は送信した。

# ch02_names.vn:37 · republic.report · option
# source-hash: 62b22598
ch2_report_o2 = テンプレートを使う。日付を変えて、送信する。

# ch02_names.vn:39 · republic.report · narration
# source-hash: b4b29298
ch2_report_16 = 十一秒かかった。計るつもりもないのに、計っていた。

# ch02_names.vn:40 · republic.report · lena (sad)
# source-hash: eb5ed9dd
ch2_report_17 = 十一秒。

# ch02_names.vn:41 · republic.report · narration
# source-hash: 8e5bf024
ch2_report_18 = そのあと膝の上で手を重ねて座っていたが、たいして何も感じなかった。何かを感じるより、そのほうがずっと悪かった。

# ch02_names.vn:42 · republic.report · option
# source-hash: 708fcc69
ch2_report_o3 = 備考欄は空けておき、名前は自分のノートに書き留める。

# ch02_names.vn:44 · republic.report · narration
# source-hash: 555f5b32
ch2_report_19 = 作戦司令部のためではない。自分のために。誰に見せろと言われることもない、小さな私的な帳面。

# ch02_names.vn:45 · republic.report · narration
# source-hash: b3ded739
ch2_report_20 = 最初のページに、学校で身につけた丁寧な字で――スピアヘッド戦隊。続いて名前の列。それから、少し考えて、書き足すための余白。

## Scene front.barracks

# ch02_names.vn:49 · scene `front.barracks` title
# source-hash: 749c0cc1
scene-front-barracks = 勤務時間外

# ch02_names.vn:52 · front.barracks · narration
# source-hash: 87b8bd8e
ch2_barracks_1 = 兵舎は、もとは学校だった。談話室の壁にはまだ黒板が残っていた。誰かがそこに一週間の炊事当番を書き、別の誰かが、自分のもの以外の全員の名前の綴りを直していた。

# ch02_names.vn:54 · front.barracks · anju
# source-hash: df09c5ca
ch2_barracks_2 = カイエ、お鍋が吹きこぼれてるわ。

# ch02_names.vn:56 · front.barracks · kaie
# source-hash: 01ee9e59
ch2_barracks_3 = 吹きこぼれてなどいない。自己表現しているのだ。

# ch02_names.vn:57 · front.barracks · anju
# source-hash: 1c10f27c
ch2_barracks_4 = コンロの上に自己表現してるわね。

# ch02_names.vn:58 · front.barracks · kaie (smile)
# source-hash: c2d57805
ch2_barracks_5 = わかった、わかった。芸術家とは理解されないものだな。

# ch02_names.vn:60 · front.barracks · theo
# source-hash: a61700c5
ch2_barracks_6 = 俺は芸術家を理解するよ。俺がそうだし。でもそれは芸術じゃない、スープだ。

# ch02_names.vn:61 · front.barracks · narration
# source-hash: e93f3160
ch2_barracks_60 = クレナは鍋をのぞき込んで匂いを嗅ぎ、あとで本人が否定することになる顔をした。

# ch02_names.vn:62 · front.barracks · kurena
# source-hash: a51232fe
ch2_barracks_61 = 何が入ってるの？

# ch02_names.vn:63 · front.barracks · kaie
# source-hash: d9ebb57a
ch2_barracks_62 = 愛だ。それと缶詰の肉。それとジャガイモ、たぶんな。石でなければ。

# ch02_names.vn:64 · front.barracks · anju
# source-hash: 55d45993
ch2_barracks_63 = ジャガイモだったわ。確かめたもの。

# ch02_names.vn:65 · front.barracks · theo
# source-hash: 49cae34a
ch2_barracks_64 = 確かめたってさ。俺たち、そういう段階なんだよ。ジャガイモかどうか確かめる段階。

# ch02_names.vn:66 · front.barracks · narration
# source-hash: 227bf839
ch2_barracks_7 = ライデンは長テーブルの端で、ばらしたラジオを前にドライバーをくわえていた。クレナはライフルに油を差していた。シンは窓枠に腰かけて本を読んでいた。あるいは、読むふりをしていた。

# ch02_names.vn:68 · front.barracks · narration
# source-hash: 34ff3cb0
ch2_barracks_8 = 九時、全員のうなじの銀の環が、ひやりと小さく疼いた。

# ch02_names.vn:70 · front.barracks · lena
# source-hash: e18fb599
ch2_barracks_9 = ハンドラー・ワンです。あの……こんばんは、スピアヘッド。

# ch02_names.vn:71 · front.barracks · theo (surprised)
# source-hash: aee0ba7c
ch2_barracks_10 = 九時だぞ。

# ch02_names.vn:72 · front.barracks · lena
# source-hash: 6143e726
ch2_barracks_11 = 何時かはわかっています、ラフィング・フォックス。

# ch02_names.vn:73 · front.barracks · kaie
# source-hash: 9e5783be
ch2_barracks_12 = ハンドラーは九時に繋いだりしないものだ。規則にない。私は規則を読んだのだ。まあ、アンジュに読んでもらったのだが。

# ch02_names.vn:74 · front.barracks · lena
# source-hash: 7f3c8de4
ch2_barracks_13 = 禁止する規則もありません。確認しました。

# ch02_names.vn:75 · front.barracks · shin
# source-hash: d41d5527
ch2_barracks_14 = 何かあったのか、ハンドラー・ワン。

# ch02_names.vn:76 · front.barracks · lena
# source-hash: a9daba58
ch2_barracks_15 = いいえ。何もありません。ただ……皆さんがどうしているかと思って。勤務時間外に。

# ch02_names.vn:77 · front.barracks · narration
# source-hash: 64bb0325
ch2_barracks_16 = 沈黙。クレナの布が、銃身の上で止まった。

# ch02_names.vn:78 · front.barracks · choice
# source-hash: 0c1021c6
ch2_barracks_talk = 部屋いっぱいの、一度も顔を見たことのない人たちが、彼女の言い分を待っている。

# ch02_names.vn:79 · front.barracks · option
# source-hash: 4adbdaae
ch2_barracks_o1 = 「夜はどんなふうに過ごしているんですか？　差し支えなければ」

# ch02_names.vn:83 · front.barracks · kaie
# source-hash: 58f0d90d
ch2_barracks_17 = 今夜か？　スープだ。

# ch02_names.vn:84 · front.barracks · anju
# source-hash: 84d3b1f9
ch2_barracks_18 = 慎重にね。

# ch02_names.vn:85 · front.barracks · theo
# source-hash: 70ba332f
ch2_barracks_19 = ライデンはラジオをばらして、部品を余らせて組み直す。クレナは人を殺せるものを磨く。シンは同じ本を読む。

# ch02_names.vn:86 · front.barracks · shin
# source-hash: 3fa5ead0
ch2_barracks_20 = 違う本だ。

# ch02_names.vn:87 · front.barracks · theo
# source-hash: dfe9012a
ch2_barracks_21 = 同じ本だよ。三冊持ってて、順番に回してるだけ。

# ch02_names.vn:88 · front.barracks · narration
# source-hash: 7b2dd8ba
ch2_barracks_22 = レーナは笑った。笑っていいのかどうか決める前に声がこぼれて、彼らがそれを聞いたのが、彼女にも聞こえた。

# ch02_names.vn:89 · front.barracks · option
# source-hash: f9f479de
ch2_barracks_o2 = 「足りないものは何ですか？　教えてください、私が申請します」

# ch02_names.vn:93 · front.barracks · raiden
# source-hash: 4c8b6a9e
ch2_barracks_23 = 予備のアクチュエーター。操縦席の空調フィルター。期限が三年も切れてない抗生物質。

# ch02_names.vn:94 · front.barracks · lena
# source-hash: be91c311
ch2_barracks_24 = 書き留めます。全部。

# ch02_names.vn:95 · front.barracks · theo
# source-hash: 6c6f3da1
ch2_barracks_25 = ペンキ。

# ch02_names.vn:96 · front.barracks · lena
# source-hash: 2be28ffd
ch2_barracks_26 = ペンキ、ですか？

# ch02_names.vn:97 · front.barracks · theo
# source-hash: df486065
ch2_barracks_27 = 機体用に。それと。機体用じゃないのも。ペンキ。

# ch02_names.vn:98 · front.barracks · lena
# source-hash: 0409aaf1
ch2_barracks_28 = ペンキは見つけてみせます、ラフィング・フォックス。

# ch02_names.vn:99 · front.barracks · raiden
# source-hash: 29072707
ch2_barracks_29 = 本当に書いてやがる。ペンの音が聞こえるぜ。

# ch02_names.vn:100 · front.barracks · option
# source-hash: e81a5c7f
ch2_barracks_o3 = 「今夜、お祭りの灯りを飾りつけているんです。お話ししたら喜んでもらえるかと思って」

# ch02_names.vn:103 · front.barracks · lena
# source-hash: aaeef23a
ch2_barracks_30 = リベルテ通りが端から端まで青と白なんです。楽団が階段で練習していて、あれは……

# ch02_names.vn:104 · front.barracks · narration
# source-hash: 61df00f7
ch2_barracks_31 = 静まり返った気配が聞こえて、彼女は口をつぐんだ。

# ch02_names.vn:105 · front.barracks · kurena (angry)
# source-hash: a0977e76
ch2_barracks_32 = 素敵ね。灯りならこっちにもあるわよ。レギオンが発電機を吹っ飛ばすと点くやつがね。

# ch02_names.vn:106 · front.barracks · lena (sad)
# source-hash: 9f68f772
ch2_barracks_33 = ごめんなさい。無神経でした。

# ch02_names.vn:107 · front.barracks · anju
# source-hash: 7455c6dd
ch2_barracks_34 = いいのよ。何を言えばいいか、わからなかったのよね。誰だってそうだもの。

# ch02_names.vn:110 · front.barracks · kurena
# source-hash: b9fbdb01
ch2_barracks_35 = ひとつ訊いていい、ハンドラー・ワン？

# ch02_names.vn:111 · front.barracks · lena
# source-hash: bcaae8d7
ch2_barracks_36 = もちろんです。

# ch02_names.vn:112 · front.barracks · kurena
# source-hash: 9041b20f
ch2_barracks_37 = なんで気にかけるの？　本当のところ。あんたは壁の中にいる。誰にも撃たれないベッドで寝てる。ひと月もすれば勲章と新しい配属をもらって、私たちは夕食の席の土産話になる。なんでふりなんかするの？

# ch02_names.vn:113 · front.barracks · narration
# source-hash: 619a3a61
ch2_barracks_38 = セオが、たしなめるように、彼女の名前らしきものを小さくつぶやいた。クレナは彼を見なかった。

# ch02_names.vn:114 · front.barracks · choice
# source-hash: fef09797
ch2_barracks_why = クレナが待っている。ほかのみんなも。

# ch02_names.vn:115 · front.barracks · option
# source-hash: 3f1e8dbc
ch2_barracks_o4 = 「あなたたちが人間だからです。何年も前に、誰かがそう言うべきだったからです」

# ch02_names.vn:117 · front.barracks · kurena
# source-hash: c5d60d2f
ch2_barracks_39 = そっちじゃ言葉なんて安いんでしょ。何もかも安いって聞くけど。

# ch02_names.vn:118 · front.barracks · lena
# source-hash: 76a43961
ch2_barracks_40 = なら、長いあいだ言い続けるしかありませんね。いつか、それが私にとって高くつくようになるまで。

# ch02_names.vn:119 · front.barracks · narration
# source-hash: 0503e129
ch2_barracks_41 = クレナは答えなかった。クレナにしては、それはほとんど譲歩に近かった。

# ch02_names.vn:120 · front.barracks · option
# source-hash: 4c16ad90
ch2_barracks_o5 = 「それが私の任務だからです。きちんと果たすつもりです」

# ch02_names.vn:122 · front.barracks · kurena
# source-hash: dffd18f2
ch2_barracks_42 = 任務、ね。

# ch02_names.vn:123 · front.barracks · lena
# source-hash: 286d9dc5
ch2_barracks_43 = 私の任務は、出撃のたびにあなたたちを生きて帰すことです。まだ果たせていません。これから始めたいんです。

# ch02_names.vn:124 · front.barracks · shin
# source-hash: d5c7f2ce
ch2_barracks_44 = まともな答えだ。

# ch02_names.vn:125 · front.barracks · kurena (surprised)
# source-hash: 2e574b12
ch2_barracks_45 = シン！

# ch02_names.vn:126 · front.barracks · option
# source-hash: d94d3dcd
ch2_barracks_o6 = 何も言わない。問いはそのままにしておく。それだけの重みがある問いだ。

# ch02_names.vn:129 · front.barracks · narration
# source-hash: 62279f17
ch2_barracks_46 = 沈黙は長く続いた。レーナはそれを埋めなかった。

# ch02_names.vn:130 · front.barracks · kurena
# source-hash: 2515be0a
ch2_barracks_47 = ……それだけ？　何もなし？

# ch02_names.vn:131 · front.barracks · lena
# source-hash: 68178455
ch2_barracks_48 = 十分な答えを、まだ持っていないんです。いい加減な答えを渡すくらいなら、言わずにおきたい。

# ch02_names.vn:132 · front.barracks · narration
# source-hash: ad6956da
ch2_barracks_49 = 窓枠の上で、シンがページをめくった。この一時間で初めてだった。

# ch02_names.vn:135 · front.barracks · kaie
# source-hash: b46bd345
ch2_barracks_50 = 明日も繋いでくれるか？　九時に？　いや、身なりを整えておくべきかどうか知りたいだけなのだ。

# ch02_names.vn:136 · front.barracks · lena (smile)
# source-hash: 08b25de9
ch2_barracks_51 = 明日も繋ぎます。

# ch02_names.vn:138 · front.barracks · theo
# source-hash: 9aa437c8
ch2_barracks_52 = ペンキが届いたら、何か描いてやるよ。機体にじゃなくてさ。まあ、あんたには見えないところに、だけど。当然な。

# ch02_names.vn:139 · front.barracks · lena (smile)
# source-hash: ae4d9d99
ch2_barracks_53 = 見えなくても、信じておきますね。

# ch02_names.vn:141 · front.barracks · anju
# source-hash: dad1982a
ch2_barracks_54 = おやすみなさい、ハンドラー・ワン。繋いでくれてありがとう。

# ch02_names.vn:143 · front.barracks · narration
# source-hash: c1ed52d6
ch2_barracks_55 = 回線が閉じた。しばらく、誰も何も言わなかった。

# ch02_names.vn:145 · front.barracks · raiden
# source-hash: 641f3795
ch2_barracks_56 = ……まあ。

# ch02_names.vn:146 · front.barracks · theo
# source-hash: b085ff5b
ch2_barracks_57 = まあ、何だよ？

# ch02_names.vn:147 · front.barracks · raiden
# source-hash: fbb4229c
ch2_barracks_58 = まあ、本当に繋いできたな、ってことだ。

# ch02_names.vn:148 · front.barracks · narration
# source-hash: 196cfc8d
ch2_barracks_59 = カイエはスープのところへ戻った。スープは皆が目を離していたあいだに、コンロの上へ存分に自己表現を終えていた。

## Scene republic.cafe

# ch02_names.vn:154 · scene `republic.cafe` title
# source-hash: ba8bf630
scene-republic-cafe = リベルテ通り

# ch02_names.vn:158 · republic.cafe · narration
# source-hash: 5d9af393
ch2_cafe_1 = リベルテ通りのカフェは、一週間も早く祭りの旗飾りを出していた。国旗と同じ青と白の三角旗が、日なたで小さなケーキを食べる人々のテーブルの上ではためいている。

# ch02_names.vn:160 · republic.cafe · annette
# source-hash: c7549d61
ch2_cafe_2 = ひどい顔ね。ほら、ペストリーでも食べなさい。

# ch02_names.vn:162 · republic.cafe · lena
# source-hash: a1982d83
ch2_cafe_3 = 普通の顔よ。

# ch02_names.vn:163 · republic.cafe · annette
# source-hash: 2394854f
ch2_cafe_4 = 夜の九時に東部戦線の戦隊と接続してる女の顔よ、それ。なんで知ってるかは聞かないで。あれを作ったのは私。ログが残るの。

# ch02_names.vn:165 · republic.cafe · annette (worried)
# source-hash: a73f02b6
ch2_cafe_5 = 低く、短くって約束したわよね。

# ch02_names.vn:166 · republic.cafe · lena
# source-hash: 90ce4073
ch2_cafe_6 = 低くはしてる。短くないだけ。

# ch02_names.vn:167 · republic.cafe · annette
# source-hash: 4440147f
ch2_cafe_7 = 弁護士みたいな答えね。

# ch02_names.vn:169 · republic.cafe · annette
# source-hash: 83854511
ch2_cafe_8 = 幽霊の声は、もう聞こえた？

# ch02_names.vn:170 · republic.cafe · lena
# source-hash: 9d15563d
ch2_cafe_9 = いいえ。スープに文句を言う男の子の声なら聞いたけど。

# ch02_names.vn:171 · republic.cafe · annette
# source-hash: 06c24589
ch2_cafe_10 = ある意味、そっちのほうがひどいわね。

# ch02_names.vn:173 · republic.cafe · annette
# source-hash: 756dc3c5
ch2_cafe_11 = で？　幽霊は出た？　それとも、まだ規則には載ってないのかしら。

# ch02_names.vn:174 · republic.cafe · lena (sad)
# source-hash: 9306ee4e
ch2_cafe_12 = まだ怒ってるのね。

# ch02_names.vn:175 · republic.cafe · annette
# source-hash: 72a33e29
ch2_cafe_13 = あなたにはいつだって怒ってるわよ。気に入ってる証拠だと思って。

# ch02_names.vn:176 · republic.cafe · narration
# source-hash: b8ef8b06
ch2_cafe_37 = 外では、梯子に乗った男が通りの上に横断幕を渡していた。「防衛による平和の九年」。それが上下逆さまで、集まった人だかりが面白がってそれを教えてやっていた。

# ch02_names.vn:177 · republic.cafe · annette
# source-hash: a55c9c06
ch2_cafe_38 = 見てよ、あれ。平和の九年。始まったとき、私は十歳だった。人生のほぼ半分を平和の中で過ごして、その全部を、その平和を成り立たせる物を作るために研究室で費やしてきたの。

# ch02_names.vn:178 · republic.cafe · lena
# source-hash: 8ac51037
ch2_cafe_39 = その向こう側に誰がいるのか、考えることはある？

# ch02_names.vn:179 · republic.cafe · annette
# source-hash: 04f153ea
ch2_cafe_40 = 毎日よ、レーナ。一日も欠かさず。だから、ちゃんと作るの。

# ch02_names.vn:180 · republic.cafe · narration
# source-hash: d5526eab
ch2_cafe_14 = アネットはソーサーの上でカップを四分の一回し、さらにもう四分の一回した。計算が合わないときの、彼女の癖だった。

# ch02_names.vn:181 · republic.cafe · annette
# source-hash: 57d1f93d
ch2_cafe_15 = レーナ。人には話さないこと、話してもいい？

# ch02_names.vn:182 · republic.cafe · lena
# source-hash: d7e2cf94
ch2_cafe_16 = もちろん。わかってるでしょう？

# ch02_names.vn:183 · republic.cafe · annette (sad)
# source-hash: 2d2062aa
ch2_cafe_17 = 壁ができる前のこと。エイティシックスが……エイティシックスになる前。同じ通りに友達が住んでたの。家族はコロラータで、お母さんがよくお菓子をくれた。ビスケットの缶で、二人でラジオを作ったこともある。

# ch02_names.vn:184 · republic.cafe · annette
# source-hash: 75711b99
ch2_cafe_18 = コロラータを移送しに人が来たとき、私は十歳だった。私、今まで一度も……私、あることをしたの。そして、あの人たちはいなくなった。

# ch02_names.vn:185 · republic.cafe · narration
# source-hash: 6bb9b17c
ch2_cafe_19 = 彼女はカップを置いた。

# ch02_names.vn:186 · republic.cafe · annette
# source-hash: fb54afa7
ch2_cafe_20 = それだけ。なんで話しちゃったのかしら。ほら、ペストリー食べなさいよ。

# ch02_names.vn:187 · republic.cafe · choice
# source-hash: 792c3424
ch2_cafe_friend = アネットが何かについて、ここまで話したことは一度もない。

# ch02_names.vn:188 · republic.cafe · option
# source-hash: 0ecf4f38
ch2_cafe_o1 = 触れずにおく。代わりに週末のことを聞こう。話す気になれば、彼女のほうから戻ってくる。

# ch02_names.vn:190 · republic.cafe · lena
# source-hash: b19803e5
ch2_cafe_21 = 週末の話を聞かせて。ちゃんとね。退屈なところまで全部。

# ch02_names.vn:191 · republic.cafe · annette (smile)
# source-hash: 43d2bf14
ch2_cafe_22 = 結晶格子を再調整して、洋梨のタルトを焼いたわ。どっちもちょっと失敗。タルトは結局食べたけど。

# ch02_names.vn:192 · republic.cafe · lena
# source-hash: 74b10e60
ch2_cafe_23 = 格子のほうは？

# ch02_names.vn:193 · republic.cafe · annette
# source-hash: 5e6e776f
ch2_cafe_24 = 私だって鬼じゃないわよ。

# ch02_names.vn:194 · republic.cafe · option
# source-hash: 07988ac5
ch2_cafe_o2 = その子の名前を尋ねる。

# ch02_names.vn:196 · republic.cafe · annette (angry)
# source-hash: d4491baf
ch2_cafe_25 = 名前なんて、どうでもいいでしょう。

# ch02_names.vn:197 · republic.cafe · lena
# source-hash: 6ee26691
ch2_cafe_26 = あなたにとっては、どうでもよくないでしょう。

# ch02_names.vn:198 · republic.cafe · annette (sad)
# source-hash: fff553df
ch2_cafe_27 = ……長い名前だった。古い家柄の。今はもう、あそこには残っていないような家。二度と聞かないで、レーナ。お願い。

# ch02_names.vn:200 · republic.cafe · option
# source-hash: 19d585b4
ch2_cafe_o3 = スピアヘッドの隊長の名はノウゼンだと伝える。

# ch02_names.vn:203 · republic.cafe · narration
# source-hash: b612e732
ch2_cafe_28 = アネットのカップが倒れた。コーヒーが小さなテーブルを流れ、砂糖に染み込み、縁からこぼれ落ちた。

# ch02_names.vn:204 · republic.cafe · annette (surprised)
# source-hash: 57c27b8f
ch2_cafe_29 = 今、何て言ったの？

# ch02_names.vn:205 · republic.cafe · lena
# source-hash: 041e5c0c
ch2_cafe_30 = シンエイ・ノウゼン。どうして？　アネット、どうしたの？

# ch02_names.vn:206 · republic.cafe · annette
# source-hash: d9b0c919
ch2_cafe_31 = なんでもない。よくある名前よ。なんでもないの。

# ch02_names.vn:207 · republic.cafe · narration
# source-hash: 8801dec8
ch2_cafe_32 = よくある名前などではまったくなかった。二人ともそれを知っていた。テーブルがとうに乾いたあとも、アネットは長いあいだナプキンで拭き続けていた。

# ch02_names.vn:208 · republic.cafe · annette
# source-hash: 16adccb3
ch2_cafe_33 = 金曜日。夕食に来なさい。タルトをもう一度焼くから。今度はちゃんと成功させる。

# ch02_names.vn:209 · republic.cafe · lena (smile)
# source-hash: fe8d25f4
ch2_cafe_34 = 金曜日ね。

# ch02_names.vn:210 · republic.cafe · annette
# source-hash: 8d924586
ch2_cafe_35 = 「何もなければ」はなしよ。金曜日。

# ch02_names.vn:211 · republic.cafe · lena
# source-hash: 09527b35
ch2_cafe_36 = 金曜日ね、アネット。約束する。

## Scene republic.plaza

# ch02_names.vn:216 · scene `republic.plaza` title
# source-hash: e9d5aa46
scene-republic-plaza = 守護者

# ch02_names.vn:219 · republic.plaza · narration
# source-hash: f4829e82
ch2_plaza_1 = 革命広場では、祭りの飾りつけが進んでいた。梯子に上った作業員たちが街灯に旗を吊るし、議事堂の階段の前では、板を一枚ずつ渡して舞台が組み上がりつつあった。

# ch02_names.vn:220 · republic.plaza · narration
# source-hash: 2b428590
ch2_plaza_2 = 広場の中央、白い石の台座の上に、一機のジャガーノートが立っていた。

# ch02_names.vn:222 · republic.plaza · narration
# source-hash: 75ea2906
ch2_plaza_3 = レーナは何百回もその前を通り過ぎてきた。幼い頃からずっとそこにあるものだ。台座の真鍮板にはこう刻まれている。「共和国の無人の守護者。もはや市民が倒れる必要はない」

# ch02_names.vn:223 · republic.plaza · narration
# source-hash: b27c5639
ch2_plaza_4 = 週末には子どもたちがその脚によじ登る。どこかに、七歳の彼女がアイスクリームを手にその足に腰かけている写真があるはずだった。

# ch02_names.vn:224 · republic.plaza · narration
# source-hash: 416248d7
ch2_plaza_5 = 今日、彼女は初めてそれをきちんと見た。

# ch02_names.vn:225 · republic.plaza · narration
# source-hash: 5bafcf27
ch2_plaza_6 = コクピットのハッチは安全のため溶接されていたが、継ぎ目に隙間があった。爪先立ちで覗き込む。座席。ハーネス。座席のすぐ近く、短い脚でも届くほど近くに据えられたペダル。そして、すり切れて薄くなったクッション。誰かが置き、誰も取り出そうとは思わなかったもの。

# ch02_names.vn:226 · republic.plaza · lena
# source-hash: 5d703268
ch2_plaza_7 = ……無人。

# ch02_names.vn:227 · republic.plaza · narration
# source-hash: 6dfe369d
ch2_plaza_8 = 台座の足もとから、母親と手をつないだ小さな男の子が、幼い子ども特有の真剣さで彼女を見上げていた。

# ch02_names.vn:228 · republic.plaza · narration
# source-hash: 318d66f4
ch2_plaza_9 = 男の子はジャガーノートを指さし、ひとりぼっちで悲しくないのかと母親に尋ねた。母親は笑って、機械は悲しんだりしないのよ、だからこその機械なの、と言い、旗の屋台のほうへ彼の手を引いていった。

# ch02_names.vn:230 · republic.plaza · narration
# source-hash: f6da96a8
ch2_plaza_10 = レーナはもうしばらくそこに立っていた。それからノートを取り出し、名前の一覧――あるいは名前が並ぶはずの場所――の下に、こう書いた。「広場の一機には、クッションが置いてある」

# ch02_names.vn:231 · republic.plaza · narration
# source-hash: 18265ba7
ch2_plaza_11 = なぜそれが大事なのかはわからなかった。大事だということだけは、わかっていた。

# ch02_names.vn:234 · republic.plaza · narration
# source-hash: e198a7ae
ch2_plaza_12 = その夜、パラレイド越しに、彼女はあやうくセオにその話をしかけた。けれどクッションのことを、そこに座っていたかもしれない誰かのことを考えて、代わりに、もし絵の具が手に入ったら何を描くのかと尋ねた。

# ch02_names.vn:236 · republic.plaza · narration
# source-hash: 0a9a6dbe
ch2_plaza_13 = その夜、十八時ちょうどに彼女は接続し、「ハンドラー・ワン」と名乗った。その言葉が初めて、体に合わない軍服のように感じられた。

## Scene front.patrol

# ch02_names.vn:240 · scene `front.patrol` title
# source-hash: 936b096b
scene-front-patrol = 夜間哨戒

# ch02_names.vn:243 · front.patrol · narration
# source-hash: d7717d9b
ch2_patrol_1 = 東部戦線の夜は、壁の内側のどこの夜よりも暗かった。街灯もない。窓明かりもない。光といえば星と、ときおりゆっくりと赤く瞬く、星ではない何かだけだった。

# ch02_names.vn:247 · front.patrol · raiden
# source-hash: c9597a17
ch2_patrol_2 = 黙り込んだな。いつも以上に。どいつだ？

# ch02_names.vn:248 · front.patrol · shin
# source-hash: f07956d1
ch2_patrol_3 = アーマイゼが二機、西の古い果樹園に。その奥にレーヴェが一機。今夜は来ない。

# ch02_names.vn:249 · front.patrol · raiden
# source-hash: 6212e29c
ch2_patrol_4 = 確かか？

# ch02_names.vn:250 · front.patrol · shin
# source-hash: 10c9a210
ch2_patrol_5 = 別のことを話している。

# ch02_names.vn:251 · front.patrol · narration
# source-hash: 13e6038b
ch2_patrol_6 = レギオンが何を話しているのか、ライデンは聞かなかった。何年も前に一度だけ聞いて、その答えのせいで一週間ろくに眠れなかったのだ。

# ch02_names.vn:252 · front.patrol · narration
# source-hash: 62f2709e
ch2_patrol_37 = 二人は歩き続けた。ジャガーノートの脚が霜を踏み、かすかに刻むような音を立てる。一機につき四本の脚が生むそのリズムは、ライデンなら眠ってしまえそうなもので、実際、眠りかけることもあった。

# ch02_names.vn:253 · front.patrol · raiden
# source-hash: ad6b578c
ch2_patrol_38 = セオの奴、また格納庫を描いてる。今月で三度目だ。

# ch02_names.vn:254 · front.patrol · shin
# source-hash: 3c6f88ed
ch2_patrol_39 = 何も変わっていない。

# ch02_names.vn:255 · front.patrol · raiden
# source-hash: f3db6764
ch2_patrol_40 = それが狙いなんだとよ。何度も描いてりゃ、変わった日に気づけるんだと。

# ch02_names.vn:256 · front.patrol · narration
# source-hash: 005d39d4
ch2_patrol_41 = シンは答えなかった。ライデンも答えを期待してはいなかった。そういう話はシンの中に入り込んでそのまま留まり、ひと月も経ってから、何の話だったかも忘れた頃に、ひと言になって出てくるのだ。

# ch02_names.vn:258 · front.patrol · raiden
# source-hash: e84dd789
ch2_patrol_7 = で。ハンドラーのことだが。

# ch02_names.vn:259 · front.patrol · shin
# source-hash: df441ab5
ch2_patrol_8 = 彼女がどうした。

# ch02_names.vn:261 · front.patrol · raiden
# source-hash: 4d252e19
ch2_patrol_9 = あいつがいるときは、必要以上に長く回線を開いてるだろ。気づいてるぜ。

# ch02_names.vn:262 · front.patrol · shin
# source-hash: 16b9d012
ch2_patrol_10 = 間隔の指示が的確だ。役に立つ。

# ch02_names.vn:263 · front.patrol · raiden (smile)
# source-hash: 936c6a85
ch2_patrol_11 = 役に立つ、ね。そうかよ。

# ch02_names.vn:264 · front.patrol · shin
# source-hash: d33b7dc2
ch2_patrol_12 = ……話す前に聞く。たいていの奴は逆だ。

# ch02_names.vn:266 · front.patrol · raiden
# source-hash: 0c813164
ch2_patrol_13 = まだ続いてる。それだけでも大したもんじゃねえか。

# ch02_names.vn:267 · front.patrol · shin
# source-hash: 977b9cf6
ch2_patrol_14 = まだ二週間だ。

# ch02_names.vn:268 · front.patrol · raiden
# source-hash: 6846096a
ch2_patrol_15 = 前の奴は一週間ももたなかった。

# ch02_names.vn:269 · front.patrol · shin
# source-hash: 045093ce
ch2_patrol_16 = なら、大したものだな。

# ch02_names.vn:271 · front.patrol · raiden
# source-hash: e7052549
ch2_patrol_17 = あいつは頑張ってる。そう言ってやりゃいいだろ。

# ch02_names.vn:272 · front.patrol · shin
# source-hash: 9c3132e6
ch2_patrol_18 = 続けるか、やめるかだ。俺が何を言おうと、どちらになるかは変わらない。

# ch02_names.vn:273 · front.patrol · raiden
# source-hash: ea1f7516
ch2_patrol_19 = 寂しい生き方だな。わかってんのか？

# ch02_names.vn:274 · front.patrol · shin
# source-hash: 2a21f510
ch2_patrol_20 = そういう生き方もある。

# ch02_names.vn:276 · front.patrol · raiden
# source-hash: 1d395ecc
ch2_patrol_21 = カイエがパラレイド越しに、ばあさんの国の言葉を教えてる。下手くそでな。ハンドラーのほうが、って意味だ。カイエは問題ねえ。

# ch02_names.vn:277 · front.patrol · shin
# source-hash: b16115ec
ch2_patrol_22 = 聞こえていた。

# ch02_names.vn:279 · front.patrol · raiden
# source-hash: d3535f3c
ch2_patrol_23 = セオの奴、絵の具は届いたかって三回も聞いてきた。届いたら泣くんじゃねえか。

# ch02_names.vn:280 · front.patrol · shin
# source-hash: ec85f711
ch2_patrol_24 = 届かない。

# ch02_names.vn:281 · front.patrol · raiden
# source-hash: 3d7ff6cd
ch2_patrol_25 = 届くかもしれねえだろ。

# ch02_names.vn:283 · front.patrol · raiden
# source-hash: f0653f13
ch2_patrol_26 = それと、補給の連中の話じゃ、作戦司令部がうちの名簿にメモをつけて突き返してきたらしい。上の誰かが俺たちの名前を読み上げたんだと。会議で、声に出してな。評判は悪かったらしいが。

# ch02_names.vn:284 · front.patrol · shin
# source-hash: 194d2435
ch2_patrol_27 = 彼女か？

# ch02_names.vn:285 · front.patrol · raiden
# source-hash: 4cfc9c07
ch2_patrol_28 = 彼女だ。

# ch02_names.vn:286 · front.patrol · shin
# source-hash: 90f36ed3
ch2_patrol_29 = ……そうか。

# ch02_names.vn:287 · front.patrol · narration
# source-hash: 7f726f7e
ch2_patrol_30 = はるか遠くで、闇の中の何かが動き、そして止まった。

# ch02_names.vn:288 · front.patrol · shin
# source-hash: dbdc34a1
ch2_patrol_31 = そろそろ戻るぞ。

# ch02_names.vn:289 · front.patrol · raiden
# source-hash: 200ae976
ch2_patrol_32 = シン。

# ch02_names.vn:290 · front.patrol · shin
# source-hash: 69f30401
ch2_patrol_33 = 何だ。

# ch02_names.vn:291 · front.patrol · raiden
# source-hash: dc35f16d
ch2_patrol_34 = あいつがもつなら、いずれちゃんと話さなきゃならなくなるぞ。あいつは聞いてくる。ああいうのは、必ず聞いてくるんだ。

# ch02_names.vn:292 · front.patrol · shin
# source-hash: aa35a140
ch2_patrol_35 = 何を。

# ch02_names.vn:293 · front.patrol · raiden
# source-hash: 5568d637
ch2_patrol_36 = 全部だよ。

## Scene republic.archives

# ch03_kirschbluete.vn:7 · scene `republic.archives` title
# source-hash: 7dcfa3ce
scene-republic-archives = 地下階

# ch03_kirschbluete.vn:12 · republic.archives · narration
# source-hash: 81cb7b2f
ch3_archives_1 = 記録保管室は、祭りの三階下にあった。天井越しに、国歌を百回目に練習している楽団の音がかすかに聞こえてくる。

# ch03_kirschbluete.vn:14 · republic.archives · clerk
# source-hash: bce139cb
ch3_archives_2 = 少佐。ここへ来るのは、道に迷った方だけですよ。

# ch03_kirschbluete.vn:15 · republic.archives · lena
# source-hash: b934481b
ch3_archives_3 = 迷ってはいません。第八十六区の部隊記録を探しています。東部戦線第一戦区、スピアヘッド戦隊です。

# ch03_kirschbluete.vn:16 · republic.archives · clerk
# source-hash: 93930fbc
ch3_archives_4 = スピアヘッド、ですか。

# ch03_kirschbluete.vn:17 · republic.archives · narration
# source-hash: 0972af30
ch3_archives_5 = 記録係は老人で、制服の上にカーディガンを羽織り、手の側面にインクをつけていた。彼はその名を、昔住んでいた通りの名ででもあるかのように口にした。

# ch03_kirschbluete.vn:18 · republic.archives · narration
# source-hash: 9e1305a2
ch3_archives_31 = 彼の背後では、照明の届く先よりもさらに奥の闇まで書架が続いていた。戦区と年ごとにラベルの貼られた灰色の箱。手前の年の箱は薄く、奥へ行くほどひどく厚くなり――そして九年前でふっつりと途切れ、別の種類のラベルで再び始まっていた。

# ch03_kirschbluete.vn:19 · republic.archives · clerk
# source-hash: 2d8e4e2d
ch3_archives_6 = あなたが彼らのハンドラーですな。新任の。

# ch03_kirschbluete.vn:20 · republic.archives · lena
# source-hash: c5aeefb9
ch3_archives_7 = はい。

# ch03_kirschbluete.vn:21 · republic.archives · clerk
# source-hash: 152cf84d
ch3_archives_8 = スピアヘッドがどういう所か、ご存じですか、少佐。誰かから聞きましたか。

# ch03_kirschbluete.vn:22 · republic.archives · lena
# source-hash: 2d3362d1
ch3_archives_9 = 東部戦線の戦隊です。

# ch03_kirschbluete.vn:23 · republic.archives · clerk
# source-hash: 3697bd67
ch3_archives_10 = 前線が、何度でも生きて戻ってくる者を送り込む場所です。偶然で片づけるには、長く生きすぎた者たちをね。どの戦区も最も優秀な者をスピアヘッドに送り、スピアヘッドは戦線で最悪の区間を受け持つ。

# ch03_kirschbluete.vn:24 · republic.archives · narration
# source-hash: bbdd7200
ch3_archives_11 = 彼は眼鏡を外してカーディガンで拭いたが、かえって汚れただけだった。

# ch03_kirschbluete.vn:25 · republic.archives · clerk
# source-hash: 0ef9c407
ch3_archives_12 = あそこの隊長は、十一の歳から前線にいます。ファイルに書いてある。何もかもファイルに書いてあるんです。誰も読みはしませんがね。

# ch03_kirschbluete.vn:26 · republic.archives · lena (worried)
# source-hash: 48246be0
ch3_archives_13 = 十一歳……。

# ch03_kirschbluete.vn:27 · republic.archives · narration
# source-hash: ce9ab263
ch3_archives_14 = 上の楽団が自由をうたう一節に差しかかり、その音を長く伸ばした。

# ch03_kirschbluete.vn:28 · republic.archives · choice
# source-hash: d37c2c62
ch3_archives_files = ファイルは記録係の机の脇のワゴンに載っている。もう何年も、誰も受領の署名をしていない。

# ch03_kirschbluete.vn:29 · republic.archives · option
# source-hash: f95f8999
ch3_archives_o1 = 人事ファイルに署名して受け取る。すべてを。

# ch03_kirschbluete.vn:33 · republic.archives · clerk
# source-hash: 60ad68a0
ch3_archives_15 = リストに載りますよ。これに署名した者は、みんなリストに載るんです。

# ch03_kirschbluete.vn:34 · republic.archives · lena
# source-hash: 9dbde22e
ch3_archives_16 = では、載せてください。

# ch03_kirschbluete.vn:35 · republic.archives · narration
# source-hash: 6ed6dfe1
ch3_archives_17 = 彼はワゴンを彼女のほうへ押しやった。床を横切るあいだじゅう、車輪が軋んでいた。

# ch03_kirschbluete.vn:36 · republic.archives · narration
# source-hash: b27ee098
ch3_archives_18 = 楽団の音がやむまで、彼女は読み続けた。生年月日。戦区。多すぎる出撃が記された軍歴。ある余白には、前任のハンドラーの筆跡でこう書き込まれていた。「不平は言わない。止まりもしない」

# ch03_kirschbluete.vn:37 · republic.archives · narration
# source-hash: 301b1756
ch3_archives_19 = 彼女は泣かなかった。紙が古かったから、ページを丁寧にめくった。

# ch03_kirschbluete.vn:38 · republic.archives · option
# source-hash: 65b0ff9b
ch3_archives_o2 = 任期を終えたエイティシックスがどうなるのかを尋ねる。

# ch03_kirschbluete.vn:41 · republic.archives · clerk
# source-hash: 6ff5e462
ch3_archives_20 = 五年です。五年務め上げれば、家族の市民権が戻る。それが法律です。

# ch03_kirschbluete.vn:42 · republic.archives · lena
# source-hash: 41d438de
ch3_archives_21 = それで、これまで何人が……

# ch03_kirschbluete.vn:43 · republic.archives · clerk
# source-hash: 32adbbe0
ch3_archives_22 = 私はここに八年おりますがね、少佐。その書類を処理したことは、ただの一度もありません。

# ch03_kirschbluete.vn:44 · republic.archives · narration
# source-hash: a67715e2
ch3_archives_23 = 彼は、その意味を彼女自身に考えさせた。長くはかからなかった。

# ch03_kirschbluete.vn:45 · republic.archives · lena (sad)
# source-hash: bc3b89f0
ch3_archives_24 = 一度も……。

# ch03_kirschbluete.vn:46 · republic.archives · clerk
# source-hash: b1d31128
ch3_archives_25 = 書式はあるんですよ。ひと束、取ってあります。実に立派に印刷されていましてね。

# ch03_kirschbluete.vn:47 · republic.archives · option
# source-hash: 8f844d68
ch3_archives_o3 = ファイルはそのままにしておく。彼らの人生を彼女に語るかどうかは、彼ら自身が決めることだ。

# ch03_kirschbluete.vn:49 · republic.archives · lena
# source-hash: 4fd056c2
ch3_archives_26 = ありがとうございます。でも、本人たちから聞きたいと思います。

# ch03_kirschbluete.vn:50 · republic.archives · clerk
# source-hash: 366df311
ch3_archives_27 = 本人たちから？　彼らに聞くとおっしゃる？

# ch03_kirschbluete.vn:51 · republic.archives · lena
# source-hash: d0184a5e
ch3_archives_28 = 彼らが話してくれるのなら。

# ch03_kirschbluete.vn:52 · republic.archives · narration
# source-hash: ace3071a
ch3_archives_29 = 記録係は長いあいだ彼女を見つめ、それから初めて微笑んだ。あまり使われてこなかった、小さくゆがんだ笑みだった。

# ch03_kirschbluete.vn:53 · republic.archives · clerk
# source-hash: 855269d9
ch3_archives_30 = 最後にそう言った方は、六日もちました。あなたはもっと長くもつといい。

## Scene front.last_evening

# ch03_kirschbluete.vn:57 · scene `front.last_evening` title
# source-hash: a07d1dbe
scene-front-last_evening = 桜

# ch03_kirschbluete.vn:60 · front.last_evening · narration
# source-hash: 4664abf8
ch3_last_evening_1 = 午後のどこかの時点で、カイエ・タニヤは、全員に散髪が必要だと決めたらしかった。

# ch03_kirschbluete.vn:62 · front.last_evening · kaie
# source-hash: d3325f3f
ch3_last_evening_2 = じっとして。セオ。じっとしていないと「ライデン」にしてしまうぞ。

# ch03_kirschbluete.vn:64 · front.last_evening · theo
# source-hash: d363a1e9
ch3_last_evening_3 = 「ライデン」って何だよ。

# ch03_kirschbluete.vn:65 · front.last_evening · kaie
# source-hash: 7b8dfcab
ch3_last_evening_4 = ライデンの頭のことだ。

# ch03_kirschbluete.vn:66 · front.last_evening · raiden
# source-hash: a7c1552c
ch3_last_evening_5 = 聞こえてるぞ。

# ch03_kirschbluete.vn:67 · front.last_evening · kaie
# source-hash: 1b0eaa1e
ch3_last_evening_6 = それはいい！　なら、わかっているな。

# ch03_kirschbluete.vn:69 · front.last_evening · kurena
# source-hash: 58e5ec8c
ch3_last_evening_7 = 次はシンのをやってよ。

# ch03_kirschbluete.vn:70 · front.last_evening · kaie
# source-hash: 5a3b95d1
ch3_last_evening_8 = シンは私の前に座ってくれないんだ。自分の髪をナイフで切ってしまう。まるで山賊だ。

# ch03_kirschbluete.vn:71 · front.last_evening · kurena (angry)
# source-hash: 84a3d99f
ch3_last_evening_9 = 似合ってるじゃない。

# ch03_kirschbluete.vn:72 · front.last_evening · kaie
# source-hash: 92fe0668
ch3_last_evening_10 = 似合うのは、そういう顔をしているからだ。誰もがそういう顔をしているわけじゃない。セオは違う。

# ch03_kirschbluete.vn:73 · front.last_evening · theo
# source-hash: a9b58c63
ch3_last_evening_11 = 俺は最高の顔してるっての。

# ch03_kirschbluete.vn:74 · front.last_evening · narration
# source-hash: f7503e13
ch3_last_evening_12 = 窓辺のアンジュが、袖に顔をうずめて笑った。

# ch03_kirschbluete.vn:76 · front.last_evening · kaie
# source-hash: fc6a7547
ch3_last_evening_13 = ハンドラーは、生まれてから一度も自分で髪を切ったことがないそうだ。女の人が家まで来て切ってくれるんだって。ひどい話だと思わないか？　あれだけの髪があるのに、一度も台無しにさせてもらえないなんて。

# ch03_kirschbluete.vn:77 · front.last_evening · kurena
# source-hash: 1066bb8a
ch3_last_evening_14 = 髪の話までしてるの？

# ch03_kirschbluete.vn:78 · front.last_evening · kaie
# source-hash: 68362ef0
ch3_last_evening_15 = 何でも話してくれる。壁の中には、話せる相手がいないんだと思う。友達がひとりいるだけで。

# ch03_kirschbluete.vn:80 · front.last_evening · kaie
# source-hash: 325a761e
ch3_last_evening_16 = 昨日、ハンドラーに名前の正しい言い方を聞かれた。タ・ニ・ヤ。そんなことを聞かれたのは、祖母以来だ。

# ch03_kirschbluete.vn:82 · front.last_evening · kaie
# source-hash: 043b64fc
ch3_last_evening_17 = ハンドラーの髪はどんなだろうな。きっと長いぞ。壁の中なら、髪を伸ばす暇もあるだろうから。

# ch03_kirschbluete.vn:84 · front.last_evening · narration
# source-hash: 2ddad2a2
ch3_last_evening_18 = 静けさの中で、はさみがちょきん、ちょきんと鳴った。

# ch03_kirschbluete.vn:85 · front.last_evening · kurena
# source-hash: f2db1128
ch3_last_evening_19 = カイエ。どうするの？　五年が終わったら。

# ch03_kirschbluete.vn:86 · front.last_evening · kaie
# source-hash: c483f73d
ch3_last_evening_20 = ああ、そのことか。桜を見に行くんだ。

# ch03_kirschbluete.vn:87 · front.last_evening · kurena
# source-hash: 60ad7747
ch3_last_evening_21 = 桜なんて、どこにもないじゃない。

# ch03_kirschbluete.vn:88 · front.last_evening · kaie
# source-hash: 10034eaf
ch3_last_evening_22 = 極東にはあるんだ。祖母がそう言っていた。丘がまるごと桜で、春には花びらが雪みたいにたくさん降るんだって。ただし、温かい雪だ。

# ch03_kirschbluete.vn:89 · front.last_evening · kaie
# source-hash: b2101f54
ch3_last_evening_23 = そこへ行って、桜の木の下に座って、自分で作ってないものを食べて、誰にも撃たれないで、飽きるまでそこにいる。つまり、ずっとだ。

# ch03_kirschbluete.vn:90 · front.last_evening · kurena (sad)
# source-hash: 008e2658
ch3_last_evening_24 = 手紙、書いてよね。

# ch03_kirschbluete.vn:91 · front.last_evening · kaie (smile)
# source-hash: f7466d90
ch3_last_evening_25 = 花びらを送るよ。押し花にして、手紙に入れて。共和国の切手を貼られて届いて、検閲官が読んで思うんだ。何だこの妙な桃色のものは、って。

# ch03_kirschbluete.vn:92 · front.last_evening · narration
# source-hash: 17e26b76
ch3_last_evening_26 = 部屋の向こうで、シンが本を置いていた。ほかの誰にも聞こえない何かに耳を澄ませている。その独特の静けさには触れずにおくことを、皆とうに覚えていた。

# ch03_kirschbluete.vn:94 · front.last_evening · raiden
# source-hash: c3799429
ch3_last_evening_27 = シン？

# ch03_kirschbluete.vn:95 · front.last_evening · shin
# source-hash: e3f2bd52
ch3_last_evening_28 = 数が多い。これほどの数を聞くのは久しぶりだ。北、川の向こう。

# ch03_kirschbluete.vn:96 · front.last_evening · raiden
# source-hash: 41a43087
ch3_last_evening_29 = いつだ？

# ch03_kirschbluete.vn:97 · front.last_evening · shin
# source-hash: 6868574c
ch3_last_evening_30 = 明日。早朝だ。

# ch03_kirschbluete.vn:98 · front.last_evening · narration
# source-hash: be373acb
ch3_last_evening_31 = カイエは最後のひと切りを終えると、クレナのうなじに残った髪を吹き払い、はさみを窓台に置いた。きちんと、刃先を向こうへ向けて。祖母に教わったとおりに。

# ch03_kirschbluete.vn:99 · front.last_evening · kaie
# source-hash: 2e097b66
ch3_last_evening_32 = じゃあ、みんなもう寝たほうがいいな。

## Scene republic.river

# ch03_kirschbluete.vn:105 · scene `republic.river` title
# source-hash: 40abf4b3
scene-republic-river = 川の防衛線

# ch03_kirschbluete.vn:110 · republic.river · narration
# source-hash: c4638d62
ch3_river_1 = 午前四時、前夜シンが聞き取ったものが、レーダーに映し出された。第一戦区の北で川を渡る、幅広く緩慢な赤い滲み。見間違いで片づけるには、あまりに大きな形だった。

# ch03_kirschbluete.vn:111 · republic.river · lena
# source-hash: 210f2f07
ch3_river_2 = スピアヘッド、こちらハンドラー・ワン。見えています。全部、見えています。

# ch03_kirschbluete.vn:112 · republic.river · shin
# source-hash: a7ea3835
ch3_river_3 = 二個大隊。後ろにまだいるかもしれない。橋はしばらく持たせられる。長くは無理だ。

# ch03_kirschbluete.vn:113 · republic.river · lena
# source-hash: 0e9e322f
ch3_river_4 = 後方の砲兵陣地に、今から支援砲撃を要請します。

# ch03_kirschbluete.vn:115 · republic.river · hq
# source-hash: b1b98bb8
ch3_river_5 = 本部管制よりハンドラー・ワンへ。東一区画への砲撃支援要請は却下する。今四半期の弾薬割当はすでに消化済みである。

# ch03_kirschbluete.vn:116 · republic.river · lena (angry)
# source-hash: f095a1c3
ch3_river_6 = 消化済み？　まだ四半期の九週目ですよ。管制、二個大隊が川を渡っているんです！

# ch03_kirschbluete.vn:117 · republic.river · hq
# source-hash: b38d4c4d
ch3_river_7 = 却下する、ハンドラー・ワン。現有戦力で対処せよ。

# ch03_kirschbluete.vn:118 · republic.river · choice
# source-hash: 3d06cc27
ch3_river_artillery = 赤い滲みが、橋に達した。

# ch03_kirschbluete.vn:119 · republic.river · option
# source-hash: 68c10cca
ch3_river_o1 = 管制の頭越しに、砲兵中隊長へ直接つなぐ。自らの権限で。

# ch03_kirschbluete.vn:122 · republic.river · lena
# source-hash: b2ac54e5
ch3_river_8 = 第四砲兵中隊、こちら東部戦線ハンドラー・ワン、ミリーゼ少佐です。東一七区画に砲撃をお願いします。今すぐ、私の権限で。書類ならいくらでも署名します。

# ch03_kirschbluete.vn:123 · republic.river · narration
# source-hash: 7fc1a818
ch3_river_9 = 長い沈黙。やがて、若く、緊張した声が返ってきた。

# ch03_kirschbluete.vn:124 · republic.river · battery
# source-hash: 131a4ae3
ch3_river_57 = ハンドラー・ワン、こちら第四砲兵中隊。射撃任務、東一七区画、六発。記録上は較正射撃ということにしておきます、少佐。発射、どうぞ。

# ch03_kirschbluete.vn:125 · republic.river · lena
# source-hash: 255c70ed
ch3_river_10 = ……ありがとう。本当にありがとう。スピアヘッド、北岸に六発着弾します。頭を下げていてください。

# ch03_kirschbluete.vn:129 · republic.river · shin
# source-hash: 21ff76a7
ch3_river_11 = 助かった。

# ch03_kirschbluete.vn:130 · republic.river · narration
# source-hash: 83362781
ch3_river_12 = シンの口から出たそれは、ほとんど凱旋パレード並みの賛辞だった。

# ch03_kirschbluete.vn:131 · republic.river · option
# source-hash: 24f62223
ch3_river_o2 = 言い争う時間が惜しい。見つけうる限り、最も安全な撤退路を示す。

# ch03_kirschbluete.vn:133 · republic.river · lena
# source-hash: 82bd1f86
ch3_river_13 = スピアヘッド、二機ずつ橋から後退してください。南西三百メートルに排水溝があります。皆さんの地図には載っていません。私の地図には載っています。

# ch03_kirschbluete.vn:134 · republic.river · raiden
# source-hash: 1019187c
ch3_river_14 = 排水溝だとよ。溝を見つけてくれたらしい。

# ch03_kirschbluete.vn:135 · republic.river · shin
# source-hash: 0e401052
ch3_river_15 = いい溝だ。使え。

# ch03_kirschbluete.vn:139 · republic.river · narration
# source-hash: 8bb2c3e0
ch3_river_41 = それから続いたのは、長く騒々しい戦いだった。だがレーナの画面の上では、赤い潮の前を青い印の群れがゆっくりと後ずさっていくだけだった。

# ch03_kirschbluete.vn:140 · republic.river · lena
# source-hash: dd0f2cea
ch3_river_42 = ヴェアヴォルフ、右手に隙間が開きつつあります。二百メートル先。今動けば、スノウ・ウィッチを通せます。

# ch03_kirschbluete.vn:141 · republic.river · raiden
# source-hash: cf0330ba
ch3_river_43 = 動く。アンジュ、ついて来い。

# ch03_kirschbluete.vn:142 · republic.river · anju
# source-hash: 9b2b49ea
ch3_river_44 = ついて行くわ。

# ch03_kirschbluete.vn:143 · republic.river · theo
# source-hash: 5e31bfbd
ch3_river_45 = ハンドラー・ワン、四機に追われてる。しかもやたら熱心なやつらだ。

# ch03_kirschbluete.vn:144 · republic.river · lena
# source-hash: 65a35870
ch3_river_46 = 壊れたサイロで左へ。ゲートで団子になるはずです。ラフィング・フォックス、あそこでは必ず団子になるんです。

# ch03_kirschbluete.vn:146 · republic.river · theo
# source-hash: 94892fa8
ch3_river_47 = ……ゲートで団子になった。愛してるよ。仕事上の意味で。

# ch03_kirschbluete.vn:147 · republic.river · narration
# source-hash: 4532ce4e
ch3_river_16 = 笑う暇はなかった。本当は笑いたかったのだと、あとになって気づいた。

# ch03_kirschbluete.vn:148 · republic.river · kaie
# source-hash: 64608752
ch3_river_17 = こちらキルシュブリューテ。足止めだ。左後脚のどこかがやられて、反応しない。

# ch03_kirschbluete.vn:149 · republic.river · shin
# source-hash: bff5b8c7
ch3_river_18 = カイエ、降りて壁の陰に入れ。

# ch03_kirschbluete.vn:150 · republic.river · kaie
# source-hash: 19b57192
ch3_river_19 = 降りられない、ハッチが……あ。後ろに一機いる。

# ch03_kirschbluete.vn:154 · republic.river · kurena
# source-hash: 57165fca
ch3_river_20 = カイエ！　今行く、今行くから、待ってて！

# ch03_kirschbluete.vn:155 · republic.river · shin
# source-hash: 3e22632f
ch3_river_21 = クレナ、駄目だ。間に敵がいる。

# ch03_kirschbluete.vn:156 · republic.river · kurena (angry)
# source-hash: 2c716f96
ch3_river_22 = 行かせてよ！

# ch03_kirschbluete.vn:157 · republic.river · shin
# source-hash: 3afbae4e
ch3_river_23 = 駄目だ。

# ch03_kirschbluete.vn:158 · republic.river · narration
# source-hash: a22e7612
ch3_river_24 = 青い印のひとつが止まるのを、レーナは見ていた。三つの赤い印が、そこへ迫っていった。

# ch03_kirschbluete.vn:159 · republic.river · kaie
# source-hash: 51f4706c
ch3_river_25 = 大丈夫。クレナ、大丈夫だから。そこにいて。

# ch03_kirschbluete.vn:160 · republic.river · shin
# source-hash: 3df5ec5b
ch3_river_26 = ハンドラー・ワン。同調を切れ。

# ch03_kirschbluete.vn:161 · republic.river · lena (worried)
# source-hash: c06da106
ch3_river_27 = え？

# ch03_kirschbluete.vn:162 · republic.river · shin
# source-hash: 2f0191bf
ch3_river_28 = 同調を切れ。今すぐ。これは聞かなくていい。

# ch03_kirschbluete.vn:163 · republic.river · choice
# source-hash: 79141763
ch3_river_link = 喉元の環が冷たい。カイエはまだ、とても静かに話し続けている。

# ch03_kirschbluete.vn:164 · republic.river · option
# source-hash: 23995f20
ch3_river_o3 = 切らない。機械だけが聞いている中に、カイエをひとりにはしない。

# ch03_kirschbluete.vn:169 · republic.river · lena
# source-hash: 7ff4a98a
ch3_river_29 = いいえ。私は残ります。カイエ。カイエ、ここにいます。まだここにいますから。

# ch03_kirschbluete.vn:170 · republic.river · kaie
# source-hash: 38afa02e
ch3_river_30 = ハンドラー・ワン？　ああ。おはよう。早起きだな。

# ch03_kirschbluete.vn:171 · republic.river · lena
# source-hash: 60258f72
ch3_river_31 = ここにいます。桜の話を聞かせてください。

# ch03_kirschbluete.vn:172 · republic.river · kaie
# source-hash: 8cabea5d
ch3_river_32 = 桜のこと、知ってるのか？　誰かがしゃべったな。そりゃしゃべるか。桜は……桜はね、雪みたいなんだ。ただ、温かい。

# ch03_kirschbluete.vn:173 · republic.river · kaie
# source-hash: 5f4703c6
ch3_river_33 = クレナ。来るな。シン。ありがとう、今まで……

# ch03_kirschbluete.vn:176 · republic.river · narration
# source-hash: a3c1d9df
ch3_river_34 = やがて回線に残ったのは、風の音と、何か重いものが軋みながら遠ざかる音と、ひと言も発しないクレナだけになった。

# ch03_kirschbluete.vn:177 · republic.river · option
# source-hash: 7986617e
ch3_river_o4 = 言われたとおりにする。同調を切る。

# ch03_kirschbluete.vn:179 · republic.river · lena (sad)
# source-hash: 5d3e22ca
ch3_river_35 = ……同調を切ります。

# ch03_kirschbluete.vn:181 · republic.river · narration
# source-hash: c8b41515
ch3_river_36 = 部屋が無音になった。静かなのではない。無音だった。画面の上で、青い印がひとつ灰色に変わった。その下に、一行の文字が浮かんだ。「機体喪失」。

# ch03_kirschbluete.vn:182 · republic.river · narration
# source-hash: f5299daa
ch3_river_37 = 彼女は座ったまま、それを見つめていた。生まれてこのかた、これほど安全だったことはなく、安全であることをこれほど恥じたこともなかった。

# ch03_kirschbluete.vn:185 · republic.river · lena
# source-hash: 75854447
ch3_river_38 = ハンドラー・ワン、再同調します。スピアヘッド、状況を報告してください。

# ch03_kirschbluete.vn:186 · republic.river · shin
# source-hash: 94f87267
ch3_river_39 = キルシュブリューテがやられた。残りは後退中だ。今度は同調を切らないでくれ。撤退には、そっちの誘導が要る。

# ch03_kirschbluete.vn:190 · republic.river · narration
# source-hash: f219ebf3
ch3_river_40 = レギオンは、ときおりそうするように、彼ら自身の理由で川の手前で止まった。スピアヘッドは七時に帰還した。出撃したジャガーノートは十三機だった。

# ch03_kirschbluete.vn:191 · republic.river · narration
# source-hash: 141b7221
ch3_river_48 = 戻ったのは十二機。画面は小さな灰色の文字でそう告げ、それから、書式の定めに従って、彼女に確認を求めた。

# ch03_kirschbluete.vn:194 · republic.river · narration
# source-hash: acb80423
ch3_river_49 = 戸口にデュヴァルが立っていた。彼なりの理由で早く出てきていたのだろう。壁越しに、あるいは彼女の顔つきから、聞いてしまったのだ。彼は画面を見て、それから彼女を見た。

# ch03_kirschbluete.vn:195 · republic.river · duval
# source-hash: b1b52a9e
ch3_river_50 = 初めてか？

# ch03_kirschbluete.vn:196 · republic.river · lena (sad)
# source-hash: 83286181
ch3_river_51 = カイエという名前でした。

# ch03_kirschbluete.vn:197 · republic.river · narration
# source-hash: a1324bf1
ch3_river_52 = 彼は口を開いた。冗談がやって来るのが、彼女には見えた。何年も新任のハンドラー全員に言ってきた、あの気楽な冗談。それを言わないと彼が決めるのも、見えた。

# ch03_kirschbluete.vn:198 · republic.river · duval
# source-hash: 18b01186
ch3_river_53 = ……コーヒー、飲むか？

# ch03_kirschbluete.vn:199 · republic.river · lena
# source-hash: 036d9a79
ch3_river_54 = いいえ。ありがとうございます。

# ch03_kirschbluete.vn:200 · republic.river · duval
# source-hash: debefea0
ch3_river_55 = どうせ持ってくる。飲まなくていい。

# ch03_kirschbluete.vn:202 · republic.river · narration
# source-hash: 637bcb2a
ch3_river_56 = 彼は持ってきた。彼女は飲まなかった。カップは彼女の肘のそばで冷めていった。あとから思えば、それは彼が彼女にしてくれたことの中で、二番目に親切なことだった。

## Scene front.aluminium

# ch03_kirschbluete.vn:206 · scene `front.aluminium` title
# source-hash: d02616aa
scene-front-aluminium = 格納庫の裏

# ch03_kirschbluete.vn:209 · front.aluminium · narration
# source-hash: c582d3d7
ch3_aluminium_1 = 格納庫の裏には、むき出しの地面があった。そこに、何の順序もなく、金属片が突き立てられていた。

# ch03_kirschbluete.vn:210 · front.aluminium · narration
# source-hash: 659ac5e3
ch3_aluminium_2 = どれもジャガーノートの装甲から切り出した、四角いアルミ片だった。その一枚一枚に、ナイフの切っ先で刻まれた名前がひとつずつ。

# ch03_kirschbluete.vn:212 · front.aluminium · narration
# source-hash: 02a3e730
ch3_aluminium_3 = シンは膝をつき、新しい一枚を地面に押し込んだ。文字はもう刻んであった。いつもどおり、丁寧に。慣れていたのだ。

# ch03_kirschbluete.vn:214 · front.aluminium · narration
# source-hash: 816d26dd
ch3_aluminium_4 = クレナは少し離れて立ち、きつく腕を組んでいた。指の関節が白くなるほどに。

# ch03_kirschbluete.vn:216 · front.aluminium · narration
# source-hash: e3552edc
ch3_aluminium_5 = セオはスケッチブックを小脇に抱えていた。開きはしなかった。

# ch03_kirschbluete.vn:217 · front.aluminium · narration
# source-hash: 74b5d76d
ch3_aluminium_6 = 誰も何も言わなかった。アンジュが、ごく小さな声で何かを口ずさみはじめた。歌詞のない歌だった。何の歌かと訊く者はいなかった。

# ch03_kirschbluete.vn:218 · front.aluminium · raiden
# source-hash: d5bbbd68
ch3_aluminium_30 = あいつなら、何か食えって言うだろうな。

# ch03_kirschbluete.vn:219 · front.aluminium · theo
# source-hash: 2bad56d1
ch3_aluminium_31 = あいつが作ったものを食えって言うよ。俺たちが文句を言えるようにさ。

# ch03_kirschbluete.vn:220 · front.aluminium · raiden
# source-hash: acac9760
ch3_aluminium_32 = 文句、言ってたな。

# ch03_kirschbluete.vn:221 · front.aluminium · theo
# source-hash: ba9ecc09
ch3_aluminium_33 = 言ってた。毎回な。ったく、ひどい味だったよ。

# ch03_kirschbluete.vn:222 · front.aluminium · narration
# source-hash: 5ca87849
ch3_aluminium_34 = 最後のひと言で、セオの声が崩れた。声が戻るまで、彼は空を見上げていた。

# ch03_kirschbluete.vn:225 · front.aluminium · lena
# source-hash: be4299c7
ch3_aluminium_7 = スピアヘッド。レーナです。

# ch03_kirschbluete.vn:226 · front.aluminium · narration
# source-hash: c52a7872
ch3_aluminium_8 = ハンドラー・ワン、ではなく。皆がそれに気づいたのが、彼女にはわかった。

# ch03_kirschbluete.vn:227 · front.aluminium · lena
# source-hash: a5d0d9f9
ch3_aluminium_9 = 私……ごめんなさい。そこにいたかった。そこにいないのは、わかっています。それでも、いたかったんです。

# ch03_kirschbluete.vn:228 · front.aluminium · choice
# source-hash: 130220a3
ch3_aluminium_words = 墓標のそばで、皆が耳を傾けている。

# ch03_kirschbluete.vn:229 · front.aluminium · option
# source-hash: 26df51f9
ch3_aluminium_o1 = 「カイエ・タニヤ。キルシュブリューテ。桜を見たがっていました。前の晩、クレナの髪を切ってあげていました」

# ch03_kirschbluete.vn:234 · front.aluminium · narration
# source-hash: 554c9ac8
ch3_aluminium_10 = クレナが小さな声を漏らし、口元を手で覆った。

# ch03_kirschbluete.vn:235 · front.aluminium · kurena (sad)
# source-hash: 7e5d4678
ch3_aluminium_11 = どうして、それを知ってるの？

# ch03_kirschbluete.vn:237 · front.aluminium · lena
# source-hash: 3658313f
ch3_aluminium_12 = 本人から聞きました。夜九時の同調で。ほとんど何もかも、話してくれたんです。

# ch03_kirschbluete.vn:239 · front.aluminium · lena
# source-hash: cec2c8ed
ch3_aluminium_13 = 彼女が言ったんです。最後に。怖がってはいませんでした、クレナ。あなたのことを考えていたんです。

# ch03_kirschbluete.vn:241 · front.aluminium · lena
# source-hash: af4dc312
ch3_aluminium_14 = シンが教えてくれました。私が訊いたんです。コールサイン以外で、彼女のことをひとつ教えてほしいって。

# ch03_kirschbluete.vn:242 · front.aluminium · kurena
# source-hash: 27216e56
ch3_aluminium_15 = ……うん。切ってくれた。曲がってるの。後ろが曲がってる。

# ch03_kirschbluete.vn:243 · front.aluminium · narration
# source-hash: ee488ebe
ch3_aluminium_16 = セオが一度だけ、湿った声で笑い、それからクレナの肩に腕を回した。

# ch03_kirschbluete.vn:244 · front.aluminium · option
# source-hash: 0e3d8b6c
ch3_aluminium_o2 = 「共和国を代表し、謹んでお悔やみを申し上げます」

# ch03_kirschbluete.vn:247 · front.aluminium · kurena (angry)
# source-hash: 401ac830
ch3_aluminium_17 = 共和国を代表して、ね。

# ch03_kirschbluete.vn:248 · front.aluminium · kurena
# source-hash: d166ae51
ch3_aluminium_18 = 共和国はあの子がいたことすら知らない。共和国にとっては、無人機が一機壊れただけ。ここであの国の代弁なんか、絶対にしないで。

# ch03_kirschbluete.vn:249 · front.aluminium · lena (sad)
# source-hash: f2516664
ch3_aluminium_19 = そのとおりです。本当に、そのとおりです。ごめんなさい。ほかに何を言えばいいのか……

# ch03_kirschbluete.vn:250 · front.aluminium · kurena
# source-hash: 35a2bf03
ch3_aluminium_20 = だったら何も言わないで！

# ch03_kirschbluete.vn:251 · front.aluminium · narration
# source-hash: 36cefa21
ch3_aluminium_21 = クレナは格納庫のほうへ歩き去った。誰も止めなかった。

# ch03_kirschbluete.vn:252 · front.aluminium · option
# source-hash: 7f11db68
ch3_aluminium_o3 = 何も言わない。同調したまま、皆がそこにいるあいだ、共にいる。

# ch03_kirschbluete.vn:255 · front.aluminium · narration
# source-hash: 47c530ba
ch3_aluminium_22 = 彼女は何も言わなかった。アンジュが口ずさんでいた。どこかで、扉が風に煽られて鳴った。

# ch03_kirschbluete.vn:256 · front.aluminium · narration
# source-hash: 58686ba6
ch3_aluminium_23 = 長い時間が経ってから、シンは立ち上がり、膝の土を払った。そして初めて、話しかけられる前に、自分から彼女に話しかけた。

# ch03_kirschbluete.vn:257 · front.aluminium · shin
# source-hash: bf96d590
ch3_aluminium_24 = いてくれて、感謝する。ハンドラー・ワン。

# ch03_kirschbluete.vn:260 · front.aluminium · shin
# source-hash: b4132778
ch3_aluminium_25 = ハンドラー・ワン。

# ch03_kirschbluete.vn:261 · front.aluminium · lena
# source-hash: a9e576a3
ch3_aluminium_26 = はい？

# ch03_kirschbluete.vn:262 · front.aluminium · shin
# source-hash: 1f930f19
ch3_aluminium_27 = カイエなら、通信してきたことを喜んだだろう。早起きだな、とでも言って。

# ch03_kirschbluete.vn:264 · front.aluminium · lena (sad)
# source-hash: ed631208
ch3_aluminium_28 = 本当に、そう言いました。

# ch03_kirschbluete.vn:265 · front.aluminium · shin
# source-hash: 0b5603bf
ch3_aluminium_29 = 知ってる。聞こえていた。

## Scene republic.three_am

# ch03_kirschbluete.vn:270 · scene `republic.three_am` title
# source-hash: ef653b3f
scene-republic-three_am = 午前三時

# ch03_kirschbluete.vn:273 · republic.three_am · narration
# source-hash: 3d185354
ch3_three_am_1 = 午前三時の第一区は美しかった。いつだって美しかった。それこそが、この街の恐ろしいところだった。

# ch03_kirschbluete.vn:275 · republic.three_am · narration
# source-hash: 6ef9f21f
ch3_three_am_2 = レーナは台所の床に座り、戸棚に背を預けていた。軍服のままだった。脱ぐことができなかったのだ。

# ch03_kirschbluete.vn:276 · republic.three_am · narration
# source-hash: dfb81cde
ch3_three_am_3 = ごく小さく絞ったラジオが告げていた。「東部戦線、戦況は安定。損害の報告はありません」

# ch03_kirschbluete.vn:277 · republic.three_am · lena
# source-hash: 45c238e1
ch3_three_am_4 = 損害なし。

# ch03_kirschbluete.vn:278 · republic.three_am · narration
# source-hash: 10ce0b50
ch3_three_am_5 = 彼女はラジオを切った。電話を見た。喉元の環に触れた。

# ch03_kirschbluete.vn:279 · republic.three_am · choice
# source-hash: c95eb011
ch3_three_am_reach = これをひとりで抱えてはいられない。誰に手を伸ばす？

# ch03_kirschbluete.vn:280 · republic.three_am · option
# source-hash: 6c863a6e
ch3_three_am_o1 = アネットに電話する。

# ch03_kirschbluete.vn:284 · republic.three_am · narration
# source-hash: c3b33d15
ch3_three_am_6 = アネットは二度目の呼び出し音で出た。まるで電話の横に座っていたかのように――実際、座っていたのだとあとでわかった。彼女は記録を読んでいたのだ。

# ch03_kirschbluete.vn:285 · republic.three_am · narration
# source-hash: 1c8a2914
ch3_three_am_7 = 二十分後、アネットはパジャマの上にコートを羽織って戸口に現れた。父親の戸棚から持ち出した何かの瓶を手に、質問はひとつもなしで。

# ch03_kirschbluete.vn:287 · republic.three_am · annette
# source-hash: a09314f9
ch3_three_am_8 = ほら、詰めて。

# ch03_kirschbluete.vn:288 · republic.three_am · narration
# source-hash: 1adcdf28
ch3_three_am_9 = 二人は明るくなるまで、並んで台所の床に座っていた。アネットは「だから言ったでしょ」とは言わなかった。その年、誰かがレーナにしてくれたことの中で、それがいちばん優しいことだった。

# ch03_kirschbluete.vn:290 · republic.three_am · option
# source-hash: ee0dfd4f
ch3_three_am_o2 = スピアヘッドへの同調をつなぐ。

# ch03_kirschbluete.vn:294 · republic.three_am · narration
# source-hash: a48181d4
ch3_three_am_10 = 誰かが応えるとは思っていなかった。

# ch03_kirschbluete.vn:295 · republic.three_am · shin
# source-hash: e894e789
ch3_three_am_11 = ハンドラー・ワン。

# ch03_kirschbluete.vn:296 · republic.three_am · lena (surprised)
# source-hash: 993ec132
ch3_three_am_12 = 起きていたんですか。

# ch03_kirschbluete.vn:297 · republic.three_am · shin
# source-hash: 53a80fd2
ch3_three_am_13 = あまり眠らない。

# ch03_kirschbluete.vn:298 · republic.three_am · lena
# source-hash: 59ad1eaa
ch3_three_am_14 = 今夜は、私もです。ごめんなさい。どうしてつないだのか、自分でもわからなくて。

# ch03_kirschbluete.vn:299 · republic.three_am · shin
# source-hash: 7907305a
ch3_three_am_15 = わからなくていい。

# ch03_kirschbluete.vn:300 · republic.three_am · narration
# source-hash: 6f90f6d8
ch3_three_am_16 = カイエの話はしなかった。話らしい話は、ほとんどしなかった。今夜は戦区の上の星がよく見える、と彼は言った。街灯のせいで星はひとつも見えない、と彼女は言った。割に合わない取引だな、と彼は言った。そうですね、と彼女は答えた。

# ch03_kirschbluete.vn:301 · republic.three_am · narration
# source-hash: 172ad214
ch3_three_am_17 = 五時に、廊下の電話が鳴った。彼女は鳴るにまかせた。朝になれば、ドアの下にアネットの筆跡のメモが差し込まれているだろう。「電話してくれればよかったのに。Ａ」

# ch03_kirschbluete.vn:302 · republic.three_am · option
# source-hash: b08fb42d
ch3_three_am_o3 = ノートを取り出し、明るくなるまで書き続ける。

# ch03_kirschbluete.vn:304 · republic.three_am · narration
# source-hash: dc1696a7
ch3_three_am_18 = カイエ・タニヤ。キルシュブリューテ。桜。窓辺に刃を下にして置かれた鋏。早起き。

# ch03_kirschbluete.vn:305 · republic.three_am · narration
# source-hash: 24180613
ch3_three_am_19 = 知っていることをすべて書いた。一ページ半になった。窓が白むまで、その一ページ半を前に座っていた。それから新しいページに明日の日付を書き、仕事に出かけた。

## Scene front.morning_after

# ch03_kirschbluete.vn:310 · scene `front.morning_after` title
# source-hash: bc4cca31
scene-front-morning_after = 十三の椅子

# ch03_kirschbluete.vn:314 · front.morning_after · narration
# source-hash: 4b2aedb7
ch3_morning_after_1 = 談話室の長いテーブルには、十四脚の椅子があった。学校が残していったのがその数だったからだ。長いあいだ、使われていたのはそのうち十三脚だった。

# ch03_kirschbluete.vn:315 · front.morning_after · narration
# source-hash: 47460e10
ch3_morning_after_2 = 朝食はライデンが作った。誰かが作らねばならなかったし、当番表ではカイエの番で、黒板から彼女の名前を消すことには誰も耐えられなかったからだ。

# ch03_kirschbluete.vn:317 · front.morning_after · raiden
# source-hash: ce27eb7e
ch3_morning_after_3 = 食え。

# ch03_kirschbluete.vn:319 · front.morning_after · theo
# source-hash: 7ee66ba0
ch3_morning_after_4 = 腹減ってない。

# ch03_kirschbluete.vn:320 · front.morning_after · raiden
# source-hash: c4eb79c2
ch3_morning_after_5 = 腹が減ってるかなんて訊いてねえ。食えって言ったんだ。

# ch03_kirschbluete.vn:321 · front.morning_after · narration
# source-hash: c50c0db6
ch3_morning_after_6 = セオは食べた。スプーンを鉛筆のように握って。小さい頃からの癖で、カイエに毎朝欠かさずからかわれていた持ち方だった。

# ch03_kirschbluete.vn:323 · front.morning_after · narration
# source-hash: 04148eac
ch3_morning_after_7 = クレナは最後に入ってきて、いつもの席に座った。空いた椅子の隣だった。彼女は別の席に移らなかった。移れと言う者もいなかった。

# ch03_kirschbluete.vn:325 · front.morning_after · theo
# source-hash: ce38824f
ch3_morning_after_8 = あのハンドラー、残ってたよな。川で。聞こえたか？

# ch03_kirschbluete.vn:326 · front.morning_after · raiden
# source-hash: 50424c6e
ch3_morning_after_9 = 聞こえた。

# ch03_kirschbluete.vn:327 · front.morning_after · theo
# source-hash: d03ba34e
ch3_morning_after_10 = カイエに桜のこと訊いてた。そんなこと訊けばいいって、なんでわかったんだろ。

# ch03_kirschbluete.vn:328 · front.morning_after · kurena
# source-hash: 0696aeac
ch3_morning_after_11 = カイエが誰にでも話してたからでしょ。レギオンにだって話してたかもね。相手がじっとしててくれれば。

# ch03_kirschbluete.vn:329 · front.morning_after · narration
# source-hash: 8d6cb881
ch3_morning_after_12 = ほとんど冗談だった。その朝、誰かが冗談にいちばん近づいたのが、それだった。

# ch03_kirschbluete.vn:331 · front.morning_after · theo
# source-hash: 529bc3f4
ch3_morning_after_13 = あのハンドラー、切ったよな。川で。

# ch03_kirschbluete.vn:332 · front.morning_after · raiden
# source-hash: 8fcc9297
ch3_morning_after_14 = シンがそうしろって言ったんだ。

# ch03_kirschbluete.vn:333 · front.morning_after · theo
# source-hash: 27cbbca9
ch3_morning_after_15 = わかってる。わかってるよ。俺は別に……ただ、あの人はその場にいなかったって言ってるだけだ。

# ch03_kirschbluete.vn:334 · front.morning_after · kurena (angry)
# source-hash: fb2b7069
ch3_morning_after_16 = あいつらは誰ひとり、その場にいたことなんてない。そのためのハンドラーでしょ。

# ch03_kirschbluete.vn:335 · front.morning_after · raiden
# source-hash: 8f48d847
ch3_morning_after_17 = クレナ。

# ch03_kirschbluete.vn:336 · front.morning_after · kurena
# source-hash: 959e6a0e
ch3_morning_after_18 = 何よ。本当のことでしょ。

# ch03_kirschbluete.vn:338 · front.morning_after · theo
# source-hash: ecdc687a
ch3_morning_after_19 = でも、あの人、名前を言ったよ。フルネームで。格納庫の裏で。

# ch03_kirschbluete.vn:339 · front.morning_after · kurena
# source-hash: 8d1830d9
ch3_morning_after_20 = ……うん。言った。

# ch03_kirschbluete.vn:341 · front.morning_after · theo
# source-hash: 82574b53
ch3_morning_after_21 = 「共和国を代表して」

# ch03_kirschbluete.vn:342 · front.morning_after · raiden
# source-hash: ae02ce63
ch3_morning_after_22 = やめとけ、セオ。

# ch03_kirschbluete.vn:344 · front.morning_after · narration
# source-hash: 408e65ad
ch3_morning_after_23 = アンジュがティーポットを持って入ってきて、皆に一杯ずつ注いでいった。習慣で十三杯。そして最後の一杯を前に、立ち尽くした。

# ch03_kirschbluete.vn:346 · front.morning_after · anju
# source-hash: 673fce47
ch3_morning_after_24 = あ……私……

# ch03_kirschbluete.vn:347 · front.morning_after · raiden
# source-hash: a3018eeb
ch3_morning_after_25 = いい。そこに置いとけ。大丈夫だ。

# ch03_kirschbluete.vn:348 · front.morning_after · narration
# source-hash: 5007fdb7
ch3_morning_after_26 = 皆、それをそのままにした。紅茶は冷めていった。誰も手をつけなかった。朝食が終わると、クレナがそのカップを両手でそっと持ち上げ、格納庫の裏の、いちばん新しい金属片のそばの地面に注いだ。それから戻ってきて、カップを洗った。

# ch03_kirschbluete.vn:351 · front.morning_after · shin
# source-hash: baa3ca40
ch3_morning_after_27 = 十時に出る。川は静かだが、奴らはまた来る。

# ch03_kirschbluete.vn:352 · front.morning_after · raiden
# source-hash: 72b757b1
ch3_morning_after_28 = 了解。

# ch03_kirschbluete.vn:353 · front.morning_after · shin
# source-hash: 8f10301c
ch3_morning_after_29 = クレナ。今日は俺と組め。

# ch03_kirschbluete.vn:354 · front.morning_after · kurena (surprised)
# source-hash: 20e84866
ch3_morning_after_30 = ……了解。

# ch03_kirschbluete.vn:355 · front.morning_after · narration
# source-hash: 853c5ae7
ch3_morning_after_31 = 優しさ、とは少し違った。シンは優しさを、そのままの形では示さない。それでもテーブルの全員が、その意味を理解していた。誰よりも、クレナが。

## Scene republic.dinner

# ch04_walls.vn:7 · scene `republic.dinner` title
# source-hash: c3b062c8
scene-republic-dinner = ジェロームおじさま

# ch04_walls.vn:12 · republic.dinner · narration
# source-hash: c8e527d0
ch4_dinner_1 = ジェローム・カールシュタール准将の家は、料理は上等だがワインはいまひとつで、准将はレーナが歩きはじめる前から彼女を知っていた。蝋燭は本物だった。銀器は彼の母親の形見だった。

# ch04_walls.vn:14 · republic.dinner · karlstahl
# source-hash: 4041fcca
ch4_dinner_2 = 食べていないな。料理人が自分のせいだと思って、私を罰する。そうなれば私は君を罰さねばならん。指揮系統というやつだ。

# ch04_walls.vn:16 · republic.dinner · lena
# source-hash: 4b6da833
ch4_dinner_3 = ごめんなさい、おじさま。とてもおいしいです。

# ch04_walls.vn:17 · republic.dinner · karlstahl
# source-hash: e9ac1287
ch4_dinner_4 = まあまあだ。君の父上はいつも、うちの料理人の料理はまあまあだと言っていた。そう言いながら、十一年間、週に二度ここで食べていったがね。

# ch04_walls.vn:18 · republic.dinner · narration
# source-hash: 532c45fc
ch4_dinner_5 = 彼はレーナのグラスには彼女が望むより少し多めに、自分のグラスには自分が望むより少し少なめに、ワインを注いだ。

# ch04_walls.vn:19 · republic.dinner · narration
# source-hash: 612e382e
ch4_dinner_34 = サイドボードには、いつものようにあの写真があった。旧軍の軍服を着た若い将校が二人、肩を組み、レーナが物心つく前に終わってしまった夏の日差しに目を細めている。笑っているのが父。今にも笑い出しそうな顔をしているのがカールシュタールだった。

# ch04_walls.vn:20 · republic.dinner · narration
# source-hash: 9f43f778
ch4_dinner_35 = 現実の彼があんな顔をするのを、彼女は見たことがなかった。その理由を考えたこともなかった。

# ch04_walls.vn:21 · republic.dinner · karlstahl (neutral)
# source-hash: 54e5fb58
ch4_dinner_6 = さて。いろいろと耳に入ってくるのだよ、レーナ。耳に入れるのが、私の仕事の大半でね。

# ch04_walls.vn:23 · republic.dinner · karlstahl
# source-hash: be06c001
ch4_dinner_7 = 君が報告書に名前の一覧を添えて作戦司令部に送っていると聞いた。それに、第八十六区の人事記録の閲覧に署名したとも。壁ができて以来、誰もしなかったことだ。

# ch04_walls.vn:24 · republic.dinner · karlstahl (worried)
# source-hash: 669f2aec
ch4_dinner_8 = これで君は二つのリストに載った。三つ目は私が止められる。四つ目は無理だ。

# ch04_walls.vn:26 · republic.dinner · karlstahl
# source-hash: 4172e69e
ch4_dinner_9 = 君が報告書に名前の一覧を添えて作戦司令部に送っていると聞いた。幕僚会議で読み上げられたよ。笑いが起きた。私は笑わなかった。それもまた、気づかれた。

# ch04_walls.vn:28 · republic.dinner · karlstahl
# source-hash: 41791ff4
ch4_dinner_10 = 君が第八十六区の人事記録の閲覧に署名したと聞いた。壁ができて以来、誰もしなかったことだ。係官は驚きのあまり、三人に話したそうだ。

# ch04_walls.vn:30 · republic.dinner · karlstahl
# source-hash: be957b28
ch4_dinner_11 = 君が夜九時に戦隊と同調しているとも聞いた。しかも、話をしていると。何の話かは、誰も知らないようだが。

# ch04_walls.vn:32 · republic.dinner · karlstahl
# source-hash: fb92b902
ch4_dinner_36 = 君は何もかも規則どおりにこなし、そのあと二時間残って東部戦線の地図を眺めているそうだね。それも人は見ているのだよ。あの建物では、明白なこと以外は何でも人目につく。

# ch04_walls.vn:33 · republic.dinner · karlstahl
# source-hash: 7620f2a8
ch4_dinner_12 = 怒っているのではない。それははっきりさせておきたい。疲れているのだ。もう九年、疲れている。

# ch04_walls.vn:34 · republic.dinner · lena
# source-hash: 2704343e
ch4_dinner_13 = 彼らは人間です、おじさま。おじさまもわかっているはずです。あの建物の誰もが知っています。

# ch04_walls.vn:35 · republic.dinner · karlstahl
# source-hash: 0176df31
ch4_dinner_14 = ああ。

# ch04_walls.vn:36 · republic.dinner · lena
# source-hash: 49868eaf
ch4_dinner_15 = それなら、どうして……

# ch04_walls.vn:37 · republic.dinner · karlstahl
# source-hash: a23aa986
ch4_dinner_16 = ここに座って子羊のローストを食べていられるのか？　造作もない、慣れればな。誰も教えてくれないのはそこだ。楽になるのだよ。

# ch04_walls.vn:38 · republic.dinner · choice
# source-hash: 0b160179
ch4_dinner_response = 蝋燭の炎は、微動だにしない。

# ch04_walls.vn:39 · republic.dinner · option
# source-hash: 84904a7c
ch4_dinner_o1 = 反論する。彼が何を傍らに子羊を食べているのか、はっきり突きつける。

# ch04_walls.vn:44 · republic.dinner · lena (angry)
# source-hash: dc05fa4a
ch4_dinner_17 = 子どもたちが毎日、私たちのためにジャガーノートに乗っています。それを私たちは無人機と記録している。その一人は、十一歳から前線にいるんです。先週、桜を見たがっていた女の子が死にました。おじさまは知っていた。ずっと知っていたんです。

# ch04_walls.vn:45 · republic.dinner · karlstahl (angry)
# source-hash: d1232fd9
ch4_dinner_18 = 当然知っていたとも。世襲法の起草には私も関わった。署名もしたのだ、レーナ。この手でな。

# ch04_walls.vn:46 · republic.dinner · narration
# source-hash: cfd55629
ch4_dinner_19 = 彼はその手を掲げてみせた。彼女が気づいていないとでもいうように。銀器の上で、蝋燭の光がわずかに揺れた。

# ch04_walls.vn:47 · republic.dinner · karlstahl (sad)
# source-hash: 2576211a
ch4_dinner_20 = これで、君に自転車の乗り方を教えたのがどんな男か、わかっただろう。ワインを飲んでしまいなさい。車で送らせる。

# ch04_walls.vn:48 · republic.dinner · narration
# source-hash: f5afe421
ch4_dinner_21 = 彼女はワインを飲み干さなかった。

# ch04_walls.vn:49 · republic.dinner · option
# source-hash: ca62008a
ch4_dinner_o2 = 父のことを訊く。父なら、どうしただろうか。

# ch04_walls.vn:52 · republic.dinner · karlstahl (sad)
# source-hash: c01a3811
ch4_dinner_22 = ヴァーツラフか。あいつなら、君と同じことをしただろう。もっと大声でな。

# ch04_walls.vn:53 · republic.dinner · karlstahl
# source-hash: 942d7845
ch4_dinner_23 = あいつは一度、君を前線に連れていったことがある。知っていたか？　君はまだ小さかった。我々のために戦っている人々を見せたかったのだ。そこへ襲撃があった。君は一時間、行方がわからなくなった。

# ch04_walls.vn:54 · republic.dinner · lena (surprised)
# source-hash: 36fa4738
ch4_dinner_24 = 覚えていません。

# ch04_walls.vn:55 · republic.dinner · karlstahl
# source-hash: 4104e022
ch4_dinner_25 = だろうな。覚えているはずがない。一人の兵士が君を連れ戻してくれた。コロラータの兵士だ。若い男で、今の君のプロセッサーたちとそう変わらない年だった。君の父上は、生涯その男のことを話していた。

# ch04_walls.vn:56 · republic.dinner · karlstahl
# source-hash: f6045d54
ch4_dinner_26 = 君のような考え方をしても、父上は救われなかった。それも知っておいてほしい。

# ch04_walls.vn:57 · republic.dinner · narration
# source-hash: 9f55b9bf
ch4_dinner_27 = レーナは身じろぎもせずに座っていた。記憶の片隅で、何かがページのようにめくれた。けれどその顔は、まだはっきりとは見えなかった。

# ch04_walls.vn:58 · republic.dinner · option
# source-hash: 95ea6f5b
ch4_dinner_o3 = 波風を立てない。彼が与えられるただひとつのものを、静かに頼む。

# ch04_walls.vn:63 · republic.dinner · lena
# source-hash: c6e9cf54
ch4_dinner_28 = それなら、私のために簡単なことをしてください。補給要請に署名を。予備部品、フィルター、期限切れでない抗生物質。

# ch04_walls.vn:65 · republic.dinner · lena
# source-hash: 96f97482
ch4_dinner_29 = それと、ペンキを。普通のペンキです。何色か。

# ch04_walls.vn:66 · republic.dinner · karlstahl (surprised)
# source-hash: 4179a66d
ch4_dinner_30 = ペンキ？

# ch04_walls.vn:67 · republic.dinner · lena
# source-hash: 4cfaba54
ch4_dinner_31 = 訊かないでください。

# ch04_walls.vn:68 · republic.dinner · karlstahl (smile)
# source-hash: d0971da5
ch4_dinner_32 = 君は昔から、私の扱い方をよく心得ている。母上そっくりだ。

# ch04_walls.vn:69 · republic.dinner · karlstahl
# source-hash: 25065a83
ch4_dinner_33 = 朝、私の副官に渡しなさい。通るようにしておく。癖にはしないことだ。

## Scene front.supplies

# ch04_walls.vn:74 · scene `front.supplies` title
# source-hash: f19e394f
scene-front-supplies = 補給物資

# ch04_walls.vn:78 · front.supplies · narration
# source-hash: 2a9923b6
ch4_supplies_1 = 補給物資は夜、運転手のいない自動輸送車で届いた。壁の内側の人間は、誰ひとり壁の東まで車を走らせたりしないからだ。コンテナは、玄関先に置かれた小包のように野原に残されていた。

# ch04_walls.vn:81 · front.supplies · raiden
# source-hash: 362fcb0a
ch4_supplies_2 = フィルターだ。本物のフィルター。しかもこいつは……期限内だぞ。セオ。セオ、ちょっと来て見てみろ、期限が切れてねえ。

# ch04_walls.vn:83 · front.supplies · theo
# source-hash: f2710107
ch4_supplies_3 = 抗生物質で冗談はやめてよ、ライデン。笑えないって。

# ch04_walls.vn:85 · front.supplies · narration
# source-hash: 982d5667
ch4_supplies_4 = 抗生物質の下には、防水布に包まれ、几帳面な事務官の字で「承認済――雑整備用品」とラベルを貼られたものがあった。ペンキの缶が十二缶。

# ch04_walls.vn:86 · front.supplies · theo
# source-hash: 440fb882
ch4_supplies_5 = ……あ。

# ch04_walls.vn:87 · front.supplies · narration
# source-hash: 1e067606
ch4_supplies_6 = セオは缶のそばに膝をつき、しばらく何も言わなかった。青の缶をひとつ開けて、じっと眺めた。

# ch04_walls.vn:88 · front.supplies · theo (smile)
# source-hash: aaf4b30a
ch4_supplies_7 = 本当にやったんだ。やるって言って、ほんとにやったんだ、あの人。

# ch04_walls.vn:89 · front.supplies · raiden
# source-hash: 8e59da3f
ch4_supplies_8 = 泣くのか？

# ch04_walls.vn:90 · front.supplies · theo
# source-hash: 7fa6558a
ch4_supplies_9 = 塗るんだよ。泣くのと同じさ、色が多いだけで。

# ch04_walls.vn:93 · front.supplies · theo (smile)
# source-hash: 0c0e7032
ch4_supplies_10 = フィルターを見つけてくれたんだ。壁の中から。俺たちのために。あの人、そのために何を払ったんだろうね。

# ch04_walls.vn:94 · front.supplies · raiden
# source-hash: fd0e9470
ch4_supplies_11 = フィルター一個よりは高くついたろうな。

# ch04_walls.vn:96 · front.supplies · raiden
# source-hash: fff5c341
ch4_supplies_12 = いつも通りだ。缶詰の肉、まずいほう。弾薬。先月俺たちが掃除して送り返したフィルター。向こうがまた送り返せるようにな。

# ch04_walls.vn:98 · front.supplies · theo
# source-hash: 44cd86d2
ch4_supplies_13 = 自分で書いた手紙を受け取ってるみたいだね。

# ch04_walls.vn:100 · front.supplies · theo
# source-hash: 701f3011
ch4_supplies_14 = じゃあ、ペンキはなしか。

# ch04_walls.vn:101 · front.supplies · raiden
# source-hash: eae2d697
ch4_supplies_15 = なしだ。

# ch04_walls.vn:102 · front.supplies · theo
# source-hash: 8be5048a
ch4_supplies_16 = 頑張ってはくれたんだよ。たぶん。きっと頑張ったんだ。

# ch04_walls.vn:104 · front.supplies · anju
# source-hash: 794005e1
ch4_supplies_17 = 今夜も、連絡は来るかしら？

# ch04_walls.vn:106 · front.supplies · raiden
# source-hash: 3b83f69c
ch4_supplies_18 = レーナなら毎晩かけてくるだろ。知ってるくせに。

# ch04_walls.vn:107 · front.supplies · anju (smile)
# source-hash: 1983d15b
ch4_supplies_19 = 今はレーナって呼ぶのね。そういうところ、好きよ。

# ch04_walls.vn:108 · front.supplies · raiden
# source-hash: a446feb9
ch4_supplies_20 = 今じゃみんなレーナって呼んでる。

# ch04_walls.vn:109 · front.supplies · theo
# source-hash: 66cd1817
ch4_supplies_21 = クレナは呼ばないけどね。

# ch04_walls.vn:110 · front.supplies · raiden
# source-hash: 1ec87266
ch4_supplies_22 = クレナは「あの人」だな。まあ、前よりはずいぶん柔らかい声になったが。

# ch04_walls.vn:112 · front.supplies · raiden
# source-hash: bdcd8c4e
ch4_supplies_23 = ハンドラー・ワンなら、だいたい毎晩かけてくる。

# ch04_walls.vn:113 · front.supplies · anju
# source-hash: e71becd4
ch4_supplies_24 = まだハンドラー・ワンって呼ぶのね。

# ch04_walls.vn:114 · front.supplies · raiden
# source-hash: 5f4a6c25
ch4_supplies_25 = それが名前だろ。少なくとも回線の上じゃな。

# ch04_walls.vn:115 · front.supplies · anju
# source-hash: 7de4b438
ch4_supplies_26 = それは名前じゃないわ、ライデン。仕事よ。

# ch04_walls.vn:117 · front.supplies · raiden
# source-hash: 96973c9a
ch4_supplies_27 = 来るなら来るだろ。

# ch04_walls.vn:118 · front.supplies · anju (sad)
# source-hash: 679d2dd3
ch4_supplies_28 = あの人、すごく頑張ってる。頑張ってるのが、声でわかるもの。

# ch04_walls.vn:119 · front.supplies · raiden
# source-hash: c50204de
ch4_supplies_29 = 頑張るのと、わかるのとは別だろ。

# ch04_walls.vn:120 · front.supplies · anju
# source-hash: d8de928c
ch4_supplies_30 = ええ。でも、わかることの始まりにはなるわ。ときどきはね。

# ch04_walls.vn:122 · front.supplies · theo
# source-hash: 81b36110
ch4_supplies_31 = クレナがさ、通信の最後をあの人のために取っとくようになったの、気づいてた？　今じゃおやすみって言うんだよ。みんなのあとに。

# ch04_walls.vn:123 · front.supplies · anju
# source-hash: 8b8f5f49
ch4_supplies_32 = 格納庫の裏で、あの人が言ってくれたことがあるからよ。

# ch04_walls.vn:125 · front.supplies · theo
# source-hash: 7b834bbd
ch4_supplies_33 = クレナ、あの川からこっち、あの人と一言も口きいてないんだ。でも聞いてはいる。ハンドラーが切るまで、ずっと回線に残ってるんだよ。

# ch04_walls.vn:126 · front.supplies · anju
# source-hash: 18937d48
ch4_supplies_34 = カイエはひとりじゃなかった。クレナもそれはわかってるの。まだ口にできないだけ。

# ch04_walls.vn:129 · front.supplies · raiden
# source-hash: 56159367
ch4_supplies_35 = シン。何かあるか？

# ch04_walls.vn:130 · front.supplies · shin
# source-hash: 9b1d236e
ch4_supplies_36 = 今夜は静かだ。もっと遠くで集まってる。何のためかまでは聞こえない。

# ch04_walls.vn:131 · front.supplies · raiden
# source-hash: 30ef005d
ch4_supplies_37 = あいつには言うのか？

# ch04_walls.vn:132 · front.supplies · shin
# source-hash: 25eddd80
ch4_supplies_38 = 訊かれたらな。

# ch04_walls.vn:133 · front.supplies · raiden
# source-hash: 101a8464
ch4_supplies_39 = 訊くさ、あいつは。

## Scene republic.lab_request

# ch04_walls.vn:139 · scene `republic.lab_request` title
# source-hash: d05a2fd0
scene-republic-lab_request = 同調率

# ch04_walls.vn:144 · republic.lab_request · narration
# source-hash: 033cb66d
ch4_lab_request_23 = アネットの研究室は、研究棟で唯一窓のある部屋だった。窓をくれないなら辞めると彼女が脅したからだ。窓枠には梨のタルトが三つ、それぞれ違う段階の失敗作として並び、彼女の字でラベルが貼られていた。「試作4」「試作5」「やめとけ」。

# ch04_walls.vn:145 · republic.lab_request · annette
# source-hash: 590eb6c7
ch4_lab_request_24 = お茶は作業台の上。ブーンって鳴ってるものには触らないでね。

# ch04_walls.vn:146 · republic.lab_request · lena
# source-hash: 39a4b572
ch4_lab_request_25 = ここにあるもの、全部鳴ってるじゃない。

# ch04_walls.vn:147 · republic.lab_request · annette
# source-hash: 02a81986
ch4_lab_request_26 = じゃあ、何にも触らないで。

# ch04_walls.vn:148 · republic.lab_request · lena
# source-hash: bb11e2f8
ch4_lab_request_1 = ノウゼン大尉との同調率を、上げてほしいの。

# ch04_walls.vn:149 · republic.lab_request · annette (angry)
# source-hash: b505b045
ch4_lab_request_2 = 嫌。

# ch04_walls.vn:150 · republic.lab_request · lena
# source-hash: 4b830a40
ch4_lab_request_3 = アネット。

# ch04_walls.vn:151 · republic.lab_request · annette
# source-hash: 1a2a88c8
ch4_lab_request_4 = 嫌。以上が回答の全文。ものすごく短い回答で、我ながら誇らしいわ。

# ch04_walls.vn:152 · republic.lab_request · lena
# source-hash: 39a56955
ch4_lab_request_5 = 彼には何かが聞こえてるの。毎晩、回線を開いていると、彼は決まった黙り方をして、それからレギオンがどこに来るかを教えてくれる。いつも正確に。彼が何を聞いてるのか、知りたいの。

# ch04_walls.vn:153 · republic.lab_request · annette
# source-hash: fb0ff634
ch4_lab_request_6 = 何が聞こえてるかなら知ってる。眠れなくなる前に何を聞いたか、三人のハンドラーが証言したファイルがあるの。あなたをそのファイルに載せる気はない。あなたのことが好きすぎるもの。誰よりも好きなんだから。

# ch04_walls.vn:154 · republic.lab_request · narration
# source-hash: be18f336
ch4_lab_request_7 = アネットの手は震えていた。彼女はその手を白衣のポケットに突っこんだ。ふたりとも、それを見ずに済むように。

# ch04_walls.vn:156 · republic.lab_request · annette (sad)
# source-hash: 6ce13fbf
ch4_lab_request_8 = それに、ノウゼンの人間の頭に、あなたをこれ以上深く繋ぐつもりもない。あんなふうには。あの一家には、もう十分すぎることをしたから。

# ch04_walls.vn:157 · republic.lab_request · lena (surprised)
# source-hash: 3f2921e1
ch4_lab_request_9 = どういう意味？　したって、何を……

# ch04_walls.vn:158 · republic.lab_request · annette
# source-hash: eb162c39
ch4_lab_request_10 = なんでもない。何も言ってない。

# ch04_walls.vn:159 · republic.lab_request · choice
# source-hash: 50914018
ch4_lab_request = アネットは目を合わせようとしない。

# ch04_walls.vn:160 · republic.lab_request · option
# source-hash: a24524bb
ch4_lab_request_o1 = 押し通す。自分は少佐で、これは自分の戦隊なのだから。

# ch04_walls.vn:163 · republic.lab_request · lena
# source-hash: 5a5269cb
ch4_lab_request_11 = ごめんなさい。これは命令です、ペンローズ中尉。

# ch04_walls.vn:164 · republic.lab_request · narration
# source-hash: be4c7d2b
ch4_lab_request_12 = アネットを階級で呼んだのは、それが初めてだった。アネットは青ざめ、次に赤くなり、それからひどく静かになった。

# ch04_walls.vn:165 · republic.lab_request · annette (angry)
# source-hash: 04c5fba6
ch4_lab_request_13 = 了解しました、少佐。

# ch04_walls.vn:166 · republic.lab_request · narration
# source-hash: b06a2b2b
ch4_lab_request_14 = 彼女はダイヤルを調整した。そのあいだ一言も口をきかず、レーナが部屋を出ていくときも顔を上げなかった。

# ch04_walls.vn:167 · republic.lab_request · option
# source-hash: 49f8986d
ch4_lab_request_o2 = そのときはそばにいて、スイッチに手をかけていてほしいと頼む。

# ch04_walls.vn:171 · republic.lab_request · lena
# source-hash: a5056ea5
ch4_lab_request_15 = だったら、一緒にいて。今夜九時、あなたが数値を見ていて。何かあったら、接続を切って。あなたになら任せられる。

# ch04_walls.vn:172 · republic.lab_request · annette (sad)
# source-hash: c225b0cc
ch4_lab_request_16 = ……ずるい。科学者に向かって、それはものすごくずるい言い方よ。

# ch04_walls.vn:173 · republic.lab_request · annette
# source-hash: ce781a42
ch4_lab_request_17 = 九時ね。コーヒー持っていく。私が止めてって言ったら、止めること。

# ch04_walls.vn:174 · republic.lab_request · lena
# source-hash: 2676f403
ch4_lab_request_18 = あなたが止めてって言ったら、止める。

# ch04_walls.vn:175 · republic.lab_request · option
# source-hash: 8f28ba6e
ch4_lab_request_o3 = 引き下がる。アネットには理由がある。いつか話してくれるだろう。

# ch04_walls.vn:177 · republic.lab_request · lena
# source-hash: 7cd02228
ch4_lab_request_19 = わかった。わかったわ。今のは忘れて。

# ch04_walls.vn:178 · republic.lab_request · annette (surprised)
# source-hash: 38279292
ch4_lab_request_20 = 本当に？

# ch04_walls.vn:179 · republic.lab_request · lena
# source-hash: 0ec86643
ch4_lab_request_21 = 本当に。彼に直接訊いてみる。話したければ、話してくれるでしょう。

# ch04_walls.vn:180 · republic.lab_request · annette (smile)
# source-hash: 06c8adf2
ch4_lab_request_22 = あなたって私の知ってる中で一番の頑固者なのに、たまにその頑固さをこういうふうに使うのよね。ほんと、腹が立つ。

## Scene front.target_practice

# ch04_walls.vn:185 · scene `front.target_practice` title
# source-hash: 1ee61098
scene-front-target_practice = 射撃練習

# ch04_walls.vn:189 · front.target_practice · narration
# source-hash: ee45ade1
ch4_target_practice_1 = クレナは四百メートル先の柵の杭に載せた空き缶を、自分より年上のライフルで撃ち落としていた。ジャガーノートの砲に回す弾の余裕はなかったし、それに、こうしていると少し楽になった。

# ch04_walls.vn:192 · front.target_practice · kurena
# source-hash: 4cfcc4bd
ch4_target_practice_2 = 外した。

# ch04_walls.vn:194 · front.target_practice · shin
# source-hash: 78d8c731
ch4_target_practice_3 = 外してない。風が動かした。

# ch04_walls.vn:195 · front.target_practice · kurena
# source-hash: cb742be4
ch4_target_practice_4 = 風に口出しする権利はないの。

# ch04_walls.vn:197 · front.target_practice · narration
# source-hash: 0e257b45
ch4_target_practice_5 = 缶が杭から跳ね上がり、くるくる回りながら草むらに落ちた。

# ch04_walls.vn:198 · front.target_practice · kurena
# source-hash: 13e881be
ch4_target_practice_6 = ほら。

# ch04_walls.vn:199 · front.target_practice · narration
# source-hash: 5e5ae023
ch4_target_practice_7 = 彼女はボルトを引いた。シンのほうは見なかった。

# ch04_walls.vn:200 · front.target_practice · kurena
# source-hash: f33318b1
ch4_target_practice_8 = あの人と、よく話してるよね。

# ch04_walls.vn:201 · front.target_practice · shin
# source-hash: a8367f30
ch4_target_practice_9 = 誰と？

# ch04_walls.vn:202 · front.target_practice · kurena (angry)
# source-hash: 25ec46cf
ch4_target_practice_10 = とぼけないで。わかってるくせに。

# ch04_walls.vn:203 · front.target_practice · shin
# source-hash: 370658dc
ch4_target_practice_11 = 俺たちのハンドラーだ。

# ch04_walls.vn:204 · front.target_practice · kurena
# source-hash: a7d8a062
ch4_target_practice_12 = 素敵な部屋の素敵な椅子に座って、夜になったら素敵なベッドに帰っていくアルバじゃない。なのにシンは毎晩、窓際で回線を開いて、まるで……まるであの人が私たちの仲間みたいに話してる。

# ch04_walls.vn:205 · front.target_practice · narration
# source-hash: 2c133885
ch4_target_practice_13 = シンはそれについて考えた。缶のことも、風のことも。

# ch04_walls.vn:207 · front.target_practice · shin
# source-hash: 3dd8a7be
ch4_target_practice_14 = 仲間じゃない。本人もそれはわかってる。仲間のふりもしない。

# ch04_walls.vn:208 · front.target_practice · shin
# source-hash: 2ca68504
ch4_target_practice_15 = だから話すんだ。

# ch04_walls.vn:209 · front.target_practice · kurena (sad)
# source-hash: 65a4e36e
ch4_target_practice_16 = ……それがちゃんとした答えなのが、すごく嫌。

# ch04_walls.vn:211 · front.target_practice · shin
# source-hash: da2bd608
ch4_target_practice_17 = 役に立とうとしてる。だから、させてる。

# ch04_walls.vn:212 · front.target_practice · kurena
# source-hash: b38e1662
ch4_target_practice_18 = それだけ？

# ch04_walls.vn:213 · front.target_practice · shin
# source-hash: 51f157ad
ch4_target_practice_19 = 今のところは。

# ch04_walls.vn:215 · front.target_practice · shin
# source-hash: c0076ca2
ch4_target_practice_20 = 出撃の話をしてるだけだ。それ以上のことじゃない。

# ch04_walls.vn:216 · front.target_practice · kurena
# source-hash: 63f33be3
ch4_target_practice_21 = 嘘つき。

# ch04_walls.vn:217 · front.target_practice · shin
# source-hash: d8d8bc88
ch4_target_practice_22 = ……ほとんどは出撃の話だ。

# ch04_walls.vn:218 · front.target_practice · kurena
# source-hash: 121a02d8
ch4_target_practice_23 = じゃあ、あの人がやめたら？　勲章をもらって、新しい配属が決まって、もう連絡してこなくなったら？　そのときはどうするの？

# ch04_walls.vn:219 · front.target_practice · shin
# source-hash: f51753fa
ch4_target_practice_24 = そのときは、それで終わりだ。

# ch04_walls.vn:220 · front.target_practice · kurena
# source-hash: c3d292e0
ch4_target_practice_25 = 平気なんだ。

# ch04_walls.vn:221 · front.target_practice · shin
# source-hash: 867483d1
ch4_target_practice_26 = そうは言ってない。

# ch04_walls.vn:222 · front.target_practice · narration
# source-hash: a376c624
ch4_target_practice_27 = クレナはライフルを下ろした。一瞬、彼女は実際の歳よりずっと幼く見えた――その実際の歳からして、まだ幼いのだが。

# ch04_walls.vn:224 · front.target_practice · kurena
# source-hash: 5144e97a
ch4_target_practice_28 = あの人、いてくれた。カイエのために。わかってる。ただ、それをどうしたらいいのかわからないの。

# ch04_walls.vn:225 · front.target_practice · shin
# source-hash: 27648087
ch4_target_practice_29 = どうもしなくていい。

# ch04_walls.vn:226 · front.target_practice · kurena
# source-hash: 8a5e5510
ch4_target_practice_30 = わかってる。わかってるよ。それでも、重いの。

# ch04_walls.vn:228 · front.target_practice · kurena
# source-hash: 09b31c8f
ch4_target_practice_31 = みんな、いつかはやめるの。言いたいのはそれだけ。ほかには何も言ってないから。

# ch04_walls.vn:229 · front.target_practice · shin
# source-hash: 26ddd10c
ch4_target_practice_32 = 五百のやつを狙ってみろ。

# ch04_walls.vn:230 · front.target_practice · narration
# source-hash: 02711526
ch4_target_practice_33 = 彼女は五百メートル先の缶を狙った。風が缶を揺らした。それでも当てた。

## Scene republic.voices

# ch04_walls.vn:235 · scene `republic.voices` title
# source-hash: 2807c331
scene-republic-voices = 彼に聞こえるもの

# ch04_walls.vn:240 · republic.voices · lena
# source-hash: 5662e23e
ch4_voices_1 = シン。起きていますか？

# ch04_walls.vn:241 · republic.voices · shin
# source-hash: d7f660ed
ch4_voices_2 = ああ。

# ch04_walls.vn:242 · republic.voices · narration
# source-hash: 3c2d7758
ch4_voices_3 = ここ数週間のうちに、いつの間にかそれが彼の呼び名になっていた。どちらが決めたわけでもない。初めてそう呼んだのがいつだったか、彼女は覚えていなかった。彼は覚えているような気がした。

# ch04_walls.vn:248 · republic.voices · narration
# source-hash: 224cf560
ch4_voices_4 = 最初は大きな音ではなかった。それはあらゆるものの下にあった。浜辺の音の下に、海があるように。

# ch04_walls.vn:249 · republic.voices · narration
# source-hash: b2dab134
ch4_voices_5 = 声だった。何百。もしかしたら何千。遠くで、いっせいに喋っている。どれも彼女に向けたものではない。水を求める誰か。ひとつの名前を――子供の名前を、何度も繰り返す誰か。寒い、寒い、と、報告すべき事実ででもあるかのように、ひどく辛抱強く言い続ける誰か。

# ch04_walls.vn:251 · republic.voices · lena
# source-hash: 4f007925
ch4_voices_6 = なに……なんなんですか、これは……

# ch04_walls.vn:252 · republic.voices · shin
# source-hash: e0789f08
ch4_voices_7 = レギオンだ。

# ch04_walls.vn:253 · republic.voices · narration
# source-hash: 99d11321
ch4_voices_8 = 彼の声はいつもと同じだった。それが何より彼女を怯えさせた。

# ch04_walls.vn:254 · republic.voices · shin
# source-hash: f1e3bbb1
ch4_voices_9 = 同調率を上げたのか。上げるべきじゃなかった。

# ch04_walls.vn:255 · republic.voices · lena
# source-hash: 3d16764c
ch4_voices_10 = これが聞こえているんですか？　ずっと？　毎日？

# ch04_walls.vn:256 · republic.voices · shin
# source-hash: c471dc29
ch4_voices_11 = 小さい頃から。昼間は少し静かになる。

# ch04_walls.vn:259 · republic.voices · narration
# source-hash: 293a45d0
ch4_voices_13 = やがて、すべてがいっせいに静まり返った。扉が開き、そこにアネットがいた。主電源のスイッチに手をかけ、青ざめて、怒りに燃えて、コーヒーのカップを二つ持って。

# ch04_walls.vn:261 · republic.voices · narration
# source-hash: 1f9d7a5e
ch4_voices_12 = 二つ下の階の研究室では、アネットの計器の数値が跳ね上がっていたはずだった。だが、誰も来なかった。

# ch04_walls.vn:264 · republic.voices · lena
# source-hash: d55bd3cb
ch4_voices_14 = シン。何が聞こえているんですか？　あんなふうに黙りこむとき。あれは何なんですか？

# ch04_walls.vn:265 · republic.voices · shin
# source-hash: 91c70f34
ch4_voices_15 = 本当に知りたいのか。

# ch04_walls.vn:266 · republic.voices · lena
# source-hash: 16baed33
ch4_voices_16 = 知りたいです。

# ch04_walls.vn:267 · republic.voices · shin
# source-hash: b8569990
ch4_voices_17 = レギオンは死者を取りこむ。間に合ううちに見つけた死者を。残った脳の中身を、自分たちのネットワークに写し取るんだ。それは考えているわけじゃない。繰り返している。最後に考えていたことを、何度も。

# ch04_walls.vn:268 · republic.voices · shin
# source-hash: 1786418e
ch4_voices_18 = 俺にはそれが聞こえる。全部。だから奴らの居場所がわかる。

# ch04_walls.vn:269 · republic.voices · narration
# source-hash: 6c2ab1db
ch4_voices_19 = 彼女は長いあいだ何も言えなかった。彼は、彼女が黙っているのをそのままにしておいた。

# ch04_walls.vn:270 · republic.voices · lena
# source-hash: 822c236d
ch4_voices_43 = 全部？　いつからですか？

# ch04_walls.vn:271 · republic.voices · shin
# source-hash: 83a285d9
ch4_voices_44 = 小さい頃から。昼間は静かになる。それとも、俺のほうがうるさくなるのか。どっちなのかはわからない。

# ch04_walls.vn:272 · republic.voices · lena
# source-hash: 62331ccb
ch4_voices_45 = それで、誰も……

# ch04_walls.vn:273 · republic.voices · shin
# source-hash: 0dec8c84
ch4_voices_46 = 壁の中で訊いてきた奴はいない。やめろと言うんじゃなく、それが何なのかを訊いたのは、あなたが初めてだ。

# ch04_walls.vn:274 · republic.voices · lena (sad)
# source-hash: 7dec5b42
ch4_voices_20 = どうやって、それを抱えて生きていけるんですか？

# ch04_walls.vn:275 · republic.voices · shin
# source-hash: c45dfa4d
ch4_voices_21 = どうやって、とは考えなくなる。

# ch04_walls.vn:277 · republic.voices · shin
# source-hash: 44e15c6c
ch4_voices_22 = 兄が、向こうにいる。

# ch04_walls.vn:278 · republic.voices · narration
# source-hash: a1c01e91
ch4_voices_23 = その前にも、あとにも、間はなかった。

# ch04_walls.vn:279 · republic.voices · choice
# source-hash: ebdb36ee
ch4_voices_brother = 何かが、そっと彼女の手に預けられた。

# ch04_walls.vn:280 · republic.voices · option
# source-hash: d8c9ec61
ch4_voices_o1 = 「お兄さんのこと、聞かせてください。話してもいいと思えたら」

# ch04_walls.vn:283 · republic.voices · shin
# source-hash: c470937f
ch4_voices_24 = 名前はショーレイ。俺よりずっと年上だった。先に戦場へ行って、あとから俺も来た。兄は帰ってこなかった。それから、ある意味では帰ってきた。

# ch04_walls.vn:284 · republic.voices · shin
# source-hash: 1b88339b
ch4_voices_25 = 呼んでるんだ。毎晩、東の同じ場所から。俺は兄を見つける。そうすれば、兄も呼ぶのをやめられる。

# ch04_walls.vn:285 · republic.voices · lena
# source-hash: 41f6afef
ch4_voices_26 = 連れて帰るんですね。

# ch04_walls.vn:286 · republic.voices · shin
# source-hash: bde2570c
ch4_voices_27 = 終わらせてやるんだ、レーナ。

# ch04_walls.vn:287 · republic.voices · narration
# source-hash: 73996f95
ch4_voices_28 = 彼が彼女の名前を口にしたのは、それが初めてだった。大事にしまっておいたものを取り出すように、静かに。

# ch04_walls.vn:288 · republic.voices · lena
# source-hash: 4e7bbf23
ch4_voices_37 = シン。それは、いつか止むんですか？　その呼び声は。

# ch04_walls.vn:289 · republic.voices · shin
# source-hash: 89f0613f
ch4_voices_38 = 見つければ止む。兄のほうはな。

# ch04_walls.vn:290 · republic.voices · lena
# source-hash: 698e1696
ch4_voices_39 = あなたのほうは？

# ch04_walls.vn:291 · republic.voices · shin
# source-hash: 810c2641
ch4_voices_40 = そこまでは考えていない。

# ch04_walls.vn:292 · republic.voices · narration
# source-hash: 8e49fc4c
ch4_voices_41 = 彼女は彼の言葉を信じた。それが何よりつらかった。彼はある一日までのすべてを周到に考えていて、その先のことは何ひとつ考えていなかった。

# ch04_walls.vn:293 · republic.voices · lena
# source-hash: 2783e175
ch4_voices_42 = なら、私が考えます。その後のことを。誰かが考えないと。

# ch04_walls.vn:294 · republic.voices · option
# source-hash: a128c34e
ch4_voices_o2 = 「今夜はもう、これ以上話さなくていいですよ」

# ch04_walls.vn:296 · republic.voices · shin
# source-hash: f0a6c094
ch4_voices_29 = ……ありがとう。

# ch04_walls.vn:297 · republic.voices · narration
# source-hash: 8a471653
ch4_voices_30 = それから一時間、ふたりは回線をつないだまま、とりとめのない話をした。祭りの花火が戦区から見えるかどうか。アンジュが何を作っているのか。セオがなぜ格納庫の扉に狐の絵を描いたのか。

# ch04_walls.vn:299 · republic.voices · lena
# source-hash: 6b2051dd
ch4_voices_31 = 狐？

# ch04_walls.vn:300 · republic.voices · shin
# source-hash: b795c0c8
ch4_voices_32 = 笑ってる狐だ。少佐の帽子をかぶってる。あなたじゃないとセオは言ってる。少しだけ、あなただ。

# ch04_walls.vn:301 · republic.voices · option
# source-hash: c29e5858
ch4_voices_o3 = 「シン、それって……あなたは前線じゃなくて、病院にいるべきです」

# ch04_walls.vn:303 · republic.voices · shin
# source-hash: 64150c4c
ch4_voices_33 = 俺たちのための病院はない。

# ch04_walls.vn:304 · republic.voices · lena (sad)
# source-hash: 58f0e53f
ch4_voices_34 = そういう意味じゃ……私はただ……

# ch04_walls.vn:305 · republic.voices · shin
# source-hash: af8b9d73
ch4_voices_35 = 言いたいことはわかってる。もう遅い、ハンドラー・ワン。

# ch04_walls.vn:307 · republic.voices · narration
# source-hash: c391798c
ch4_voices_36 = 彼がその呼び方をしたのは、数週間ぶりだった。回線が切れたあとも、彼女は長いあいだ、その言葉を抱えたまま座っていた。

## Scene front.long_night

# ch05_festival.vn:8 · scene `front.long_night` title
# source-hash: f334186d
scene-front-long_night = 給水塔

# ch05_festival.vn:12 · front.long_night · narration
# source-hash: 37c01fc4
ch5_long_night_1 = 第一戦区の外れにある古い給水塔は、はしごの段が三本欠けていて、上の足場からは何もかもが見渡せた。晴れた夜には、西の地平線がほのかに白んで見えた。共和国の街々が明かりを灯し続けている場所だ。

# ch05_festival.vn:14 · front.long_night · theo
# source-hash: f44f8a0a
ch5_long_night_2 = 祭りは明日だよ。ここから花火が見えるんだ。ぎりぎりね。目を細めて、信じればさ。

# ch05_festival.vn:16 · front.long_night · anju
# source-hash: 50b847e8
ch5_long_night_3 = カイエはよく、ここから見るとタンポポみたいだって言ってたわ。うんと小さくて、うんと遠くのタンポポ。

# ch05_festival.vn:17 · front.long_night · theo
# source-hash: 3b8f24a1
ch5_long_night_4 = カイエは何でも花に見えたんだよ。レーヴェが牡丹に見えるって言ったこともあったし。

# ch05_festival.vn:18 · front.long_night · anju
# source-hash: 71b3a066
ch5_long_night_5 = ちょっと似てたわよ。開き方が。

# ch05_festival.vn:19 · front.long_night · narration
# source-hash: f3c9bbac
ch5_long_night_6 = みんなで笑った。カイエを避けてではなく、カイエのことで笑ったのは、ずいぶん久しぶりだった。踏み出した氷が、割れずに持ちこたえたような気がした。

# ch05_festival.vn:21 · front.long_night · lena
# source-hash: f708d388
ch5_long_night_7 = こんばんは、スピアヘッド。

# ch05_festival.vn:23 · front.long_night · theo
# source-hash: 89dd0c2c
ch5_long_night_8 = レーナ！　今、塔の上なんだ。レーナんとこの祭りを偵察中。

# ch05_festival.vn:24 · front.long_night · lena (smile)
# source-hash: a01f1c00
ch5_long_night_9 = どうですか？

# ch05_festival.vn:25 · front.long_night · theo
# source-hash: d3ce656c
ch5_long_night_10 = 暗い。遠い。始まるのは明日。

# ch05_festival.vn:27 · front.long_night · theo
# source-hash: debe3204
ch5_long_night_11 = こんばんは、ハンドラー・ワン。今、給水塔の上で、俺たちの祭りの計画を立ててるとこ。

# ch05_festival.vn:29 · front.long_night · theo
# source-hash: 47ce6d8c
ch5_long_night_12 = ハンドラー・ワン。こんばんは。

# ch05_festival.vn:30 · front.long_night · anju
# source-hash: 1623261b
ch5_long_night_13 = レーナ。お祭りがどんなものか、教えてくれる？　本当のところを。

# ch05_festival.vn:31 · front.long_night · narration
# source-hash: b3757d64
ch5_long_night_14 = レーナは思い出していた。前に祭りの話を――あるいはそれに似た話を――しようとしたときのことを。そのときの沈黙が、どんなふうに響いたかを。

# ch05_festival.vn:32 · front.long_night · anju
# source-hash: 6120cfcb
ch5_long_night_15 = 今度は私から訊いてるの。それは違うことでしょう？

# ch05_festival.vn:33 · front.long_night · choice
# source-hash: 5fc26cae
ch5_long_night_festival = アンジュが訊いている。

# ch05_festival.vn:34 · front.long_night · option
# source-hash: b4cea46e
ch5_long_night_o1 = 正直に話す。明かりのことも、誰も死んでいないと謳う横断幕のことも。

# ch05_festival.vn:36 · front.long_night · lena
# source-hash: 7e9335ee
ch5_long_night_16 = リベルテ通りの並木には、一本残らず明かりが灯ります。みんな子供を連れてきて、楽団が演奏して。素敵なんです。素敵だと伝えたいんです。本当に素敵だから。

# ch05_festival.vn:37 · front.long_night · lena
# source-hash: 2ba66996
ch5_long_night_17 = それから、広場の舞台の上には横断幕があります。こう書いてあるんです。「防衛による平和の九年」、そして「戦死者ゼロ」。

# ch05_festival.vn:38 · front.long_night · narration
# source-hash: 50b8c1ed
ch5_long_night_18 = 一瞬、誰も何も言わなかった。それからセオが、鼻から長く息を吐いた。

# ch05_festival.vn:39 · front.long_night · theo
# source-hash: 8ed5eed4
ch5_long_night_19 = まあ。少なくとも、いい横断幕ではあるね。

# ch05_festival.vn:40 · front.long_night · anju
# source-hash: ffc97290
ch5_long_night_20 = 横断幕のこと、話してくれてありがとう。言わなくてもよかったのに。

# ch05_festival.vn:41 · front.long_night · option
# source-hash: 65d214b7
ch5_long_night_o2 = 美しいところだけを話す。今夜くらいは、それを彼らに。

# ch05_festival.vn:43 · front.long_night · lena
# source-hash: 4ecd15cc
ch5_long_night_21 = リベルテ通りの木々は、青と白の小さな明かりでいっぱいになります。紙の三角袋に入ったカラメル菓子を売る人がいて、子供たちは手持ち花火を持って駆け回って、親たちは火の粉なんて怖くないふりをするんです。

# ch05_festival.vn:44 · front.long_night · lena
# source-hash: bc4028b5
ch5_long_night_22 = 花火は川から上がります。ぱっと開くと、街じゅうが一瞬しんとなって、それからみんないっせいに同じ声を上げるんです。わあ、って。そんなふうに。

# ch05_festival.vn:45 · front.long_night · theo
# source-hash: 2d73fb68
ch5_long_night_23 = わあ。

# ch05_festival.vn:46 · front.long_night · anju (smile)
# source-hash: 807cc09d
ch5_long_night_24 = わあ。

# ch05_festival.vn:47 · front.long_night · narration
# source-hash: 501e73a4
ch5_long_night_25 = 塔の下のほうで、ライデンによく似た声の誰かが、しぶしぶ「わあ」と言った。

# ch05_festival.vn:48 · front.long_night · option
# source-hash: 18b7242e
ch5_long_night_o3 = 「それより、みんながどうするのか聞きたいです。みんなのお祭りのことを教えてください」

# ch05_festival.vn:50 · front.long_night · theo
# source-hash: 06aed54d
ch5_long_night_26 = 俺たちの？　俺たちのはこれだよ。塔に登る。西を見る。砂糖があれば、アンジュが砂糖入りの何かを作る。

# ch05_festival.vn:52 · front.long_night · anju
# source-hash: 73964773
ch5_long_night_27 = 砂糖ならあるわ。どこかのハンドラーさんがフィルターを送ってくれて、その箱に、がたつかないように角砂糖が詰めてあったの。

# ch05_festival.vn:53 · front.long_night · shin
# source-hash: e032dc7c
ch5_long_night_28 = 俺だ。箱に砂糖を入れたのは。詰め直したときに。

# ch05_festival.vn:55 · front.long_night · anju
# source-hash: 934192bb
ch5_long_night_37 = 砂糖ならあるわ。ライデンが無線機と交換してきたの。どの無線機かは訊かないであげて。

# ch05_festival.vn:56 · front.long_night · shin
# source-hash: 89a4fda9
ch5_long_night_38 = 俺のだ。使ってなかった。

# ch05_festival.vn:57 · front.long_night · theo (surprised)
# source-hash: 3104207d
ch5_long_night_29 = シンが冗談言った。

# ch05_festival.vn:58 · front.long_night · shin
# source-hash: 12a70235
ch5_long_night_30 = 言ってない。

# ch05_festival.vn:59 · front.long_night · theo
# source-hash: c8408914
ch5_long_night_31 = 言った！　レーナ、こいつ今、冗談言ったよ。あのノートに書いといて。

# ch05_festival.vn:64 · front.long_night · shin
# source-hash: ccc0897d
ch5_long_night_32 = レーナ。また動き出した、東で。こっちへじゃない。離れて、もっと奥へ。集結している。

# ch05_festival.vn:66 · front.long_night · shin
# source-hash: caa50eef
ch5_long_night_36 = ハンドラー・ワン。また動き出した、東で。こっちへじゃない。離れて、もっと奥へ。集結している。

# ch05_festival.vn:67 · front.long_night · lena
# source-hash: 6d536d03
ch5_long_night_33 = 何のために？

# ch05_festival.vn:68 · front.long_night · shin
# source-hash: c29622b8
ch5_long_night_34 = わからない。何か大きなものだ。しばらく時間はかかるだろう。

# ch05_festival.vn:69 · front.long_night · narration
# source-hash: 8a90cdf8
ch5_long_night_35 = そういう一言が彼にどれほどの代償を強いているのか、彼女はもう聞き取れるようになっていた。

## Scene republic.order

# ch05_festival.vn:74 · scene `republic.order` title
# source-hash: 0b838cf9
scene-republic-order = 特別偵察

# ch05_festival.vn:77 · republic.order · narration
# source-hash: 218985e5
ch5_order_1 = 祭りの朝、本部は半分が空だった。将校の多くは休暇を取っていた。取らなかった者は、そのままパレードへ向かえるよう、礼装で出勤していた。

# ch05_festival.vn:82 · republic.order · narration
# source-hash: 2ccfb94a
ch5_order_2 = 机の上に封筒があった。切手はない。中には、手の縁をインクで汚した者の筆跡で書かれたメモが一枚と、命令書のカーボン複写が一枚。

# ch05_festival.vn:84 · republic.order · narration
# source-hash: 568d1dab
ch5_order_3 = メモにはこうあった。「あのファイルの受け取りに署名なさったのですから、これもお持ちになるべきです。申し訳ありません。記録係」

# ch05_festival.vn:86 · republic.order · narration
# source-hash: 628a09b8
ch5_order_39 = メモにはこうあった。「彼らの任期の終わりに何が起きるのか、とお尋ねでしたね。これがその答えです。申し訳ありません。記録係」

# ch05_festival.vn:90 · republic.order · duval
# source-hash: bf5bd840
ch5_order_4 = ミリーゼ。話がある。ここではまずい。

# ch05_festival.vn:91 · republic.order · narration
# source-hash: a00c4c38
ch5_order_5 = 誰も使わない階段の踊り場で、彼は折りたたんだ紙を一枚差し出し、彼女がそれを読むあいだ、決して彼女のほうを見ようとしなかった。

# ch05_festival.vn:92 · republic.order · duval
# source-hash: a73e15e5
ch5_order_6 = どうせ君はいずれ見つけただろう。何でも読むからな。一人きりで見つけさせたくなかったんだ。

# ch05_festival.vn:96 · republic.order · duval
# source-hash: f4020425
ch5_order_7 = いい日和だな。君のところの連中、春の配置転換リストに載っていたぞ。運のいいことだ。きれいさっぱり、だな。

# ch05_festival.vn:97 · republic.order · lena
# source-hash: 1ec78e7d
ch5_order_8 = 配置転換？

# ch05_festival.vn:98 · republic.order · duval
# source-hash: 7a3289aa
ch5_order_9 = 特別偵察だよ。まあ……わかるだろう。そういう決まりなのさ。せっかくの祭りだ、台無しにするな。

# ch05_festival.vn:100 · republic.order · narration
# source-hash: eaf84dcf
ch5_order_10 = 彼女にはわからなかった。訊きもしなかった。祭りの日で、彼女は疲れていて、その言葉はラジオの音のように耳を素通りしていった。のちに彼女はこの瞬間を正確に思い出し、そして憎むことになる。

# ch05_festival.vn:102 · republic.order · narration
# source-hash: 2b7978c7
ch5_order_11 = 命令：特別偵察。東部戦線第一戦区、スピアヘッド戦隊。現任期の満了をもって、残存する全プロセッサーはレギオン支配域へ東進し、報告せよ。

# ch05_festival.vn:103 · republic.order · narration
# source-hash: 721605de
ch5_order_12 = 期間：無期限。帰還：予定なし。補給：なし。

# ch05_festival.vn:104 · republic.order · narration
# source-hash: 3d39e991
ch5_order_38 = その裏には、同種の過去の命令の一覧がホチキスで留められていた。戦隊名、戦区、日付。それが二ページにわたって続いていた。そのひとつひとつの横に、同じ灰色の活字で、同じ一語――「完了」。

# ch05_festival.vn:105 · republic.order · narration
# source-hash: c3bf25c2
ch5_order_13 = 彼女は二度読んだ。二度目で、脚注の意味がわかった。

# ch05_festival.vn:107 · republic.order · lena
# source-hash: c1178d6b
ch5_order_14 = 予定、なし。

# ch05_festival.vn:108 · republic.order · narration
# source-hash: a3e41801
ch5_order_15 = 最下部には、ハンドラーの確認欄があった。誰かが彼女に代わって、すでにイニシャルを書き込んでいた。

# ch05_festival.vn:109 · republic.order · narration
# source-hash: aa87c982
ch5_order_16 = 窓の外の広場で、楽団が演奏を始めた。建物のどこかで電話が鳴り続けていたが、誰も出なかった。祝日だったからだ。

# ch05_festival.vn:111 · republic.order · narration
# source-hash: da6e9cb5
ch5_order_17 = 今度は、彼女自身の電話だった。彼女は受話器を取った。

# ch05_festival.vn:112 · republic.order · annette
# source-hash: 4b917f01
ch5_order_18 = レーナ。今夜よ。八時、タルト。うちのバルコニーからは花火が最高に見えるし、晴れるって約束も取りつけてあるの。あなたも約束したわよね。「急用ができた」なんて言ったら承知しないから。

# ch05_festival.vn:113 · republic.order · narration
# source-hash: b8e60466
ch5_order_19 = 街の向こう、さらに東へ二百キロ。彼女が一度も顔を見たことのない十二人が――そのうち彼女に一言でも口をきいたことがあるのは、五人だけだ――横木の三本欠けた給水塔に登り、同じ花火を眺めるのだろう。とても小さく、とても遠い花火を。

# ch05_festival.vn:114 · republic.order · choice
# source-hash: 2a4faef6
ch5_order_night = 祭りの夜。

# ch05_festival.vn:115 · republic.order · option
# source-hash: d27d7c5e
ch5_order_o1 = 約束を守る。アネットの家で夕食。その前に、スピアヘッドにおやすみを言っておく。

# ch05_festival.vn:120 · republic.order · lena
# source-hash: d8f0209f
ch5_order_20 = 八時ね。行くわ、アネット。

# ch05_festival.vn:121 · republic.order · annette (smile)
# source-hash: 92c78ba5
ch5_order_21 = よろしい。一つ目が悲劇に終わったときのために、タルトは二つ焼いとくわ。

# ch05_festival.vn:122 · republic.order · option
# source-hash: 84be0582
ch5_order_o2 = 管制室に残って回線を開いたまま、彼らと一緒に花火を見る。

# ch05_festival.vn:126 · republic.order · lena
# source-hash: d33be00f
ch5_order_22 = アネット、本当にごめん。行けないの。今夜は無理。みんな、あの塔から見るって言ってて、私も……

# ch05_festival.vn:127 · republic.order · annette (sad)
# source-hash: 6ae6cecb
ch5_order_23 = ……あなたの戦隊ね。

# ch05_festival.vn:128 · republic.order · lena
# source-hash: be5c1614
ch5_order_24 = ごめんなさい。

# ch05_festival.vn:129 · republic.order · annette
# source-hash: e6752797
ch5_order_25 = 謝らないで。そばにいてあげなさい。どうせ、そうするつもりなんでしょ。

# ch05_festival.vn:130 · republic.order · narration
# source-hash: 3344e70f
ch5_order_26 = かちり、と回線が切れた。アネットに電話を切られたのは、それが初めてだった。

# ch05_festival.vn:131 · republic.order · option
# source-hash: 4697a6a8
ch5_order_o3 = 回線をバルコニーに持ち込めないか、アネットに頼んでみる。

# ch05_festival.vn:137 · republic.order · lena
# source-hash: 3eb50ee6
ch5_order_27 = アネット。みんなも連れていっていい？　回線で。あなたのバルコニーに。みんなも前線から見るの、だから私……

# ch05_festival.vn:138 · republic.order · narration
# source-hash: ca5e80db
ch5_order_28 = 長い沈黙。その向こうで、祭りの喧騒が鳴っていた。

# ch05_festival.vn:139 · republic.order · annette
# source-hash: 5d37ac04
ch5_order_29 = つまり私に、試作段階の神経リンク越しに第八十六区の皆さんをお招きして、うちのバルコニーでディナーパーティーを開けと。

# ch05_festival.vn:140 · republic.order · lena
# source-hash: 438952ec
ch5_order_30 = うん。

# ch05_festival.vn:141 · republic.order · annette
# source-hash: 06ed9018
ch5_order_31 = ……タルト、もっと要るわね。

# ch05_festival.vn:146 · republic.order · narration
# source-hash: 12c34823
ch5_order_32 = 正午、例年どおり、パレードがリベルテ通りをやって来た。レーナは本部の石段からそれを見ていた。誰もがそうしていたし、見ていなければ目についたからだ。

# ch05_festival.vn:147 · republic.order · narration
# source-hash: 9c509a96
ch5_order_33 = 楽隊。勲章を下げて手を振る、旧軍の退役兵たち。青と白の服を着た小学生たち。それから一台の平台トラック。荷台には塗り直したばかりのジャガーノートが、ぴかぴかに光り、紙の花で飾られて載っていた。

# ch05_festival.vn:148 · republic.order · narration
# source-hash: 36676352
ch5_order_34 = トラックの側面に張られた横断幕には、こうあった。「ありがとう、守護者たち」

# ch05_festival.vn:149 · republic.order · narration
# source-hash: 42f04e03
ch5_order_35 = 群衆はそれに喝采を送った。それが賢い犬ででもあるかのような喝采だった。誰かが花を投げ、それは脚の関節に引っかかって、トラックが通り過ぎるあいだも、ずっとそこに留まっていた。

# ch05_festival.vn:151 · republic.order · narration
# source-hash: c80ee948
ch5_order_36 = レーナは歓声を上げなかった。教わったとおりに背筋をまっすぐ伸ばして敬礼し、トラックが角を曲がって見えなくなるまで、その敬礼を崩さなかった。周りの何人かが妙な目で彼女を見たが、彼女は見られるままにしておいた。

# ch05_festival.vn:153 · republic.order · narration
# source-hash: 0b72c90f
ch5_order_37 = 命令書は胸ポケットに入っていた。ただの紙にしては、重すぎる気がした。

## Scene front.fireworks

# ch05_festival.vn:157 · scene `front.fireworks` title
# source-hash: a1953eaa
scene-front-fireworks = タンポポ

# ch05_festival.vn:160 · front.fireworks · narration
# source-hash: fcbd3769
ch5_fireworks_1 = 夕暮れ、彼らは全員で塔に登った。先頭がシン、次にライデン、毛布を抱えたセオ、焦がし砂糖の缶を持ったアンジュ。そして最後がクレナだった。行かないと言った手前だ。

# ch05_festival.vn:163 · front.fireworks · kurena
# source-hash: 88b6ac1f
ch5_fireworks_2 = 他にやることがないから来ただけ。

# ch05_festival.vn:164 · front.fireworks · raiden
# source-hash: c2d0907e
ch5_fireworks_3 = わかってるって。

# ch05_festival.vn:165 · front.fireworks · kurena
# source-hash: 6f6ea7fd
ch5_fireworks_4 = 本気で言ってるの。

# ch05_festival.vn:166 · front.fireworks · raiden
# source-hash: d7ceb956
ch5_fireworks_5 = だから、わかってるって。

# ch05_festival.vn:169 · front.fireworks · lena
# source-hash: 462369bd
ch5_fireworks_6 = スピアヘッド各位、こちらハンドラー・ワン。第一区のとあるバルコニーから報告します。タルトがあります。皆さんも、心だけはご招待です。

# ch05_festival.vn:170 · front.fireworks · annette
# source-hash: 84ebd14a
ch5_fireworks_7 = こんばんは。アネットよ。あなたたちの首のそれを作ったのは私。その節はごめんなさいね。

# ch05_festival.vn:171 · front.fireworks · theo
# source-hash: e094aa57
ch5_fireworks_8 = 友達を連れてきてる！

# ch05_festival.vn:172 · front.fireworks · annette
# source-hash: 564b33dd
ch5_fireworks_9 = 私のディナーにあなたたちを連れてきたのは、この子のほうよ。驚きたいのはこっち。

# ch05_festival.vn:174 · front.fireworks · lena
# source-hash: 4b4a4b8c
ch5_fireworks_10 = 今夜はあまり長くいられません。友人の家にいるので。ただ、言いたくて……花火、楽しんでください。私も同じ花火を見ています。

# ch05_festival.vn:175 · front.fireworks · raiden
# source-hash: 2931e471
ch5_fireworks_11 = 飯を食ってこいよ、ハンドラー・ワン。こっちはこっちでやる。

# ch05_festival.vn:177 · front.fireworks · lena
# source-hash: 5d6e28a8
ch5_fireworks_12 = 私はここです。第三管制室。まったくお祭りらしくありません。地図と、座り心地の悪い椅子があるだけです。

# ch05_festival.vn:178 · front.fireworks · theo
# source-hash: dfa45680
ch5_fireworks_13 = うちと変わんないじゃん。

# ch05_festival.vn:182 · front.fireworks · narration
# source-hash: 2b482ca4
ch5_fireworks_14 = はるか西で、小さな光がひとつ咲き、またひとつ咲いた。緑。金。白。青。遠すぎて音はなく、ずいぶん経ってから、コルクを抜くようなかすかな音が届いた。

# ch05_festival.vn:184 · front.fireworks · theo
# source-hash: c1ca1633
ch5_fireworks_15 = タンポポだ。

# ch05_festival.vn:185 · front.fireworks · anju
# source-hash: 92c848ec
ch5_fireworks_16 = タンポポね。

# ch05_festival.vn:186 · front.fireworks · narration
# source-hash: 224edb47
ch5_fireworks_17 = クレナは「タンポポ」とは言わなかった。膝に顎をのせて、ただ見ていた。

# ch05_festival.vn:187 · front.fireworks · anju
# source-hash: 73b60201
ch5_fireworks_35 = レーナ。見てる？

# ch05_festival.vn:188 · front.fireworks · lena
# source-hash: b1ef8461
ch5_fireworks_36 = 見ています。

# ch05_festival.vn:189 · front.fireworks · anju
# source-hash: c6d2306f
ch5_fireworks_37 = どれを見てるの？

# ch05_festival.vn:190 · front.fireworks · lena
# source-hash: 55809262
ch5_fireworks_38 = いま上がっていく、金色のです。ほら、そこ。開きます――ほら。

# ch05_festival.vn:191 · front.fireworks · narration
# source-hash: 606b250f
ch5_fireworks_39 = 二百キロを隔て、ほんの一瞬の差で、彼らは同じ金色のタンポポが開き、消えてゆくのを見た。

# ch05_festival.vn:192 · front.fireworks · anju
# source-hash: a7b8a2f1
ch5_fireworks_40 = 見えた。

# ch05_festival.vn:193 · front.fireworks · lena
# source-hash: a628a4e3
ch5_fireworks_41 = 知っています。あなたが見たのが、聞こえましたから。

# ch05_festival.vn:197 · front.fireworks · theo
# source-hash: 12acd3c0
ch5_fireworks_18 = これ、描くよ。格納庫の扉の内側に、丸ごと全部。狐の隣にさ。そうすりゃ毎朝そこにある。

# ch05_festival.vn:198 · front.fireworks · lena
# source-hash: dbc96bfe
ch5_fireworks_19 = 様子を書いて送ってください。詳しく。

# ch05_festival.vn:199 · front.fireworks · theo
# source-hash: 9d1e93b6
ch5_fireworks_20 = もっといいことしてやるよ。色をひとつずつ全部教えてやる。飽きるまでな。

# ch05_festival.vn:201 · front.fireworks · kurena
# source-hash: f3273467
ch5_fireworks_21 = レーナ。

# ch05_festival.vn:202 · front.fireworks · lena
# source-hash: 84c43de3
ch5_fireworks_22 = クレナ？

# ch05_festival.vn:203 · front.fireworks · kurena
# source-hash: 2af8a5e3
ch5_fireworks_23 = あの子、こういうの好きだっただろうなって。それだけ。

# ch05_festival.vn:204 · front.fireworks · lena
# source-hash: b2b608bb
ch5_fireworks_24 = ええ。きっと、桜の木だって言ったでしょうね。

# ch05_festival.vn:205 · front.fireworks · narration
# source-hash: 4cc0fe37
ch5_fireworks_25 = クレナは笑った。短く、少しかすれた、本物の笑いだった。

# ch05_festival.vn:207 · front.fireworks · kurena (sad)
# source-hash: 055c968b
ch5_fireworks_26 = ハンドラー・ワン。あの川で。最後までいてくれた。

# ch05_festival.vn:208 · front.fireworks · lena
# source-hash: cbee2f1a
ch5_fireworks_27 = はい。

# ch05_festival.vn:209 · front.fireworks · kurena
# source-hash: ba8d74ff
ch5_fireworks_28 = ……ありがとう。言ってなかったから。今、言う。

# ch05_festival.vn:211 · front.fireworks · narration
# source-hash: b9a6077a
ch5_fireworks_29 = その晩、クレナは一度も回線に向かって口をきかなかった。最後に彼女は塔の上の仲間ひとりひとりにおやすみを言い、それから少し間を置いて、何もない宙にも言った。

# ch05_festival.vn:215 · front.fireworks · raiden
# source-hash: 0c10c50e
ch5_fireworks_30 = 士気報告だ。あんたがいつも訊くからな。

# ch05_festival.vn:217 · front.fireworks · raiden (smile)
# source-hash: 32c2ae74
ch5_fireworks_31 = 良好だ。本当にいい。セオはまた絵を描いてるし、アンジュは料理してる。クレナはさっき何かで笑ってたが、本人は否定してる。

# ch05_festival.vn:219 · front.fireworks · raiden
# source-hash: 50e6ff92
ch5_fireworks_32 = まあ、持ちこたえてる。砂糖があるしな。それが効いてる。

# ch05_festival.vn:221 · front.fireworks · raiden (sad)
# source-hash: 2b5b0a27
ch5_fireworks_33 = 低い。わかってるだろ、低いってのは。気にすんな。あんたが来る前から低かったんだ。

# ch05_festival.vn:226 · front.fireworks · narration
# source-hash: 7933dac1
ch5_fireworks_34 = 最後の花火が消えると、共和国の空はいつもの淡い明るさに戻り、前線の空は、ふたたび果てしなく大きく暗い空に戻った。共和国の誰にも見えない星で、いっぱいの空に。

## Scene republic.last_call

# ch05_festival.vn:229 · scene `republic.last_call` title
# source-hash: 660e3e08
scene-republic-last_call = 花火のあとで

# ch05_festival.vn:232 · republic.last_call · narration
# source-hash: 326bef23
ch5_last_call_1 = そのあとの、アネットの部屋。開け放たれたバルコニーの扉。手すりに積み重ねられた皿。部屋の中では、アネットが靴を履いたまま、フォークを手にソファで眠っていた。

# ch05_festival.vn:235 · republic.last_call · narration
# source-hash: 34e9cc3b
ch5_last_call_2 = そのあとの、第三管制室。建物には誰もいない。どこか下の階で、清掃員のラジオが、パレード中継の終わりを誰に聞かせるでもなく流していた。

# ch05_festival.vn:238 · republic.last_call · lena
# source-hash: 36f05fd8
ch5_last_call_3 = シン。まだいますか？

# ch05_festival.vn:239 · republic.last_call · shin
# source-hash: 06341290
ch5_last_call_4 = ああ。

# ch05_festival.vn:240 · republic.last_call · lena
# source-hash: 3a543676
ch5_last_call_5 = みんな、眠りました？

# ch05_festival.vn:241 · republic.last_call · shin
# source-hash: 3c5d6fef
ch5_last_call_6 = セオは塔の上で寝てる。ライデンは毛布を取りに行って、そのまま隣で寝た。俺はそばに座ってる。

# ch05_festival.vn:242 · republic.last_call · narration
# source-hash: a37a278d
ch5_last_call_7 = 彼女は思わず微笑み、彼にはその微笑みが聞こえた。彼にはそれができるのだと、彼女はもう知っていた。

# ch05_festival.vn:244 · republic.last_call · shin
# source-hash: f5acfe0f
ch5_last_call_8 = レーナ。今夜はありがとう。カイエなら……みんな、いい夜だった。俺もだ。それを言っておきたかった。

# ch05_festival.vn:246 · republic.last_call · shin
# source-hash: e7ecbd9b
ch5_last_call_9 = いい夜だった。ここにしては。

# ch05_festival.vn:248 · republic.last_call · shin
# source-hash: 390a69ed
ch5_last_call_10 = そろそろ寝たほうがいい、ハンドラー・ワン。

# ch05_festival.vn:249 · republic.last_call · lena
# source-hash: 79c6fde5
ch5_last_call_27 = そうします。もう少ししたら。

# ch05_festival.vn:250 · republic.last_call · narration
# source-hash: d3fd6ca0
ch5_last_call_28 = 彼は回線を切らなかった。彼女はそれに気づいた。気づいたことは、口にしなかった。

# ch05_festival.vn:251 · republic.last_call · lena
# source-hash: a5f1e272
ch5_last_call_29 = シン。今、何が見えますか？　塔の上から。

# ch05_festival.vn:252 · republic.last_call · shin
# source-hash: c149cfe8
ch5_last_call_30 = 星。たくさん。セオの足。ライデンのいびき。花火が上がっていたあたりの空。

# ch05_festival.vn:253 · republic.last_call · lena
# source-hash: 360ff97a
ch5_last_call_31 = ここからは、星がひとつも見えません。明かりが多すぎて。

# ch05_festival.vn:254 · republic.last_call · shin
# source-hash: 704ee189
ch5_last_call_32 = なら、俺が数えておく。また別の夜に。今夜は多すぎる。

# ch05_festival.vn:255 · republic.last_call · choice
# source-hash: c1bf5348
ch5_last_call_last = 夜は更け、回線は静かだ。

# ch05_festival.vn:256 · republic.last_call · option
# source-hash: 73e04b90
ch5_last_call_o1 = 「全部終わったら、会いたいです。皆さんに。回線越しじゃなく、ちゃんと」

# ch05_festival.vn:259 · republic.last_call · shin
# source-hash: 08114006
ch5_last_call_11 = ……ここには普通、終わりなんてない。

# ch05_festival.vn:260 · republic.last_call · lena
# source-hash: 961c8fc5
ch5_last_call_12 = なら、私が見つけます。歩いてでも、壁の向こうまで会いに行きます。

# ch05_festival.vn:261 · republic.last_call · shin
# source-hash: 870be2b6
ch5_last_call_13 = 長い道のりだな。

# ch05_festival.vn:262 · republic.last_call · lena
# source-hash: 50499830
ch5_last_call_14 = 私、すごく頑固なんです。アネットに訊いてみてください。

# ch05_festival.vn:264 · republic.last_call · shin
# source-hash: 048ab9e0
ch5_last_call_15 = 知ってる。

# ch05_festival.vn:265 · republic.last_call · narration
# source-hash: ff7caa99
ch5_last_call_16 = 短い沈黙。

# ch05_festival.vn:266 · republic.last_call · shin
# source-hash: 8ea95162
ch5_last_call_17 = わかった。なら、待ってる。

# ch05_festival.vn:268 · republic.last_call · option
# source-hash: 47a74085
ch5_last_call_o2 = 命令のことを彼に話す。彼には知る権利がある。

# ch05_festival.vn:271 · republic.last_call · lena
# source-hash: 1fea472b
ch5_last_call_18 = シン。命令書を見つけました。特別偵察。任期のあと、あなたたち全員が東へ、何の……

# ch05_festival.vn:272 · republic.last_call · shin
# source-hash: 8e507070
ch5_last_call_19 = 帰還予定もなく。

# ch05_festival.vn:273 · republic.last_call · lena (surprised)
# source-hash: e6f726f9
ch5_last_call_20 = 知って……いたんですか。

# ch05_festival.vn:274 · republic.last_call · shin
# source-hash: bd2a0ef2
ch5_last_call_21 = ここの部隊なら、どこも知ってる。最後はそうなるんだ。そっちは知らないと思ってたし、俺たちの口から伝えたくはなかった。

# ch05_festival.vn:275 · republic.last_call · lena (angry)
# source-hash: d3014ec2
ch5_last_call_22 = 私は戦います。カールシュタールにも、参謀本部にも、必要なら新聞社にだって持ち込みます。

# ch05_festival.vn:276 · republic.last_call · shin
# source-hash: 44ea7da0
ch5_last_call_23 = やってみればいい。

# ch05_festival.vn:277 · republic.last_call · shin
# source-hash: 85519be8
ch5_last_call_24 = レーナ。何が起きても。話してくれたことには意味がある。壁の内側の人間が、俺たちに何かを話してくれたことは一度もなかった。

# ch05_festival.vn:278 · republic.last_call · option
# source-hash: 6f5ba225
ch5_last_call_o3 = 「おやすみなさい、アンダーテイカー。ハンドラー・ワン、通信終わり」

# ch05_festival.vn:280 · republic.last_call · shin
# source-hash: 1e6dd983
ch5_last_call_25 = おやすみ、ハンドラー・ワン。

# ch05_festival.vn:281 · republic.last_call · narration
# source-hash: 5cd54013
ch5_last_call_26 = 正しい言葉だった。ハンドラーが口にすべき言葉だった。それなのに、言い終えたあと部屋が冷えたように感じたのはなぜなのか、彼女にはわからなかった。

# ch05_festival.vn:282 · republic.last_call · narration
# source-hash: 1f27509c
ch5_last_call_33 = 翌朝、ライデンはシンに、花火のあとハンドラーが何か言っていたかと訊くだろう。シンは「いや」と答えるだろう。それは嘘ではない。だが、本当でもない。

## Scene front.coda

# ch05_festival.vn:288 · scene `front.coda` title
# source-hash: 5b7f3a93
scene-front-coda = 翌朝

# ch05_festival.vn:292 · front.coda · narration
# source-hash: a61ddce5
ch5_coda_1 = 朝の格納庫は、いつものようにオイルと冷めたコーヒーの匂いがした。

# ch05_festival.vn:294 · front.coda · narration
# source-hash: 8f28b92f
ch5_coda_2 = 格納庫の扉には、セオの描いた小さな金色の花火があった。少佐の帽子をかぶった笑う狐の隣に。

# ch05_festival.vn:296 · front.coda · narration
# source-hash: 853f9aa1
ch5_coda_3 = 誰かが格納庫の扉に、チョークで小さな花火を描いていた。昼になる頃には、湿気でほとんど消えかけていた。

# ch05_festival.vn:298 · front.coda · narration
# source-hash: 56866e98
ch5_coda_4 = 東の彼方、川のはるか向こうで、レギオンは辛抱強く集結を続けていた。まだ誰ひとり名指すことのできない、何かのために。

# ch05_festival.vn:302 · front.coda · narration
# source-hash: 18ba0166
ch5_coda_5 = シンは自分のジャガーノートの脚を、関節ひとつずつ点検した。その夜の九時、首の環がいつもの小さく冷たい疼きを伝えてきたとき、彼は珍しく、すでにそれを待っていた。

# ch05_festival.vn:303 · front.coda · narration
# source-hash: 22c43719
ch5_coda_19 = ライデンはそれに気づいたが何も言わず、セオに教えに行った。セオのほうは、あれこれと大いに言った。

# ch05_festival.vn:304 · front.coda · lena
# source-hash: 1368c1c5
ch5_coda_6 = こんばんは、スピアヘッド。

# ch05_festival.vn:305 · front.coda · shin
# source-hash: a53e3715
ch5_coda_7 = こんばんは、レーナ。

# ch05_festival.vn:306 · front.coda · narration
# source-hash: eceb1160
ch5_coda_8 = 壁の内側では、窓辺で洋梨のタルトが冷まされていた。そして台所のテーブルのノートには、名前の一覧の下に、新しい一行が書きかけのまま残されていた。

# ch05_festival.vn:313 · front.coda · narration
# source-hash: ce7992d7
ch5_coda_9 = 戦隊の皆は今や、回線の上でもそれ以外でも彼女を名前で呼んだ。壁の内側では、そう呼ぶ者が減った。デュヴァルは別のテーブルで昼食をとるようになった。アネットの電話は、誰もいない研究室で鳴り続けていた。

# ch05_festival.vn:314 · front.coda · lena
# source-hash: d35c6dae
ch5_coda_10 = こんばんは、スピアヘッド。

# ch05_festival.vn:315 · front.coda · shin
# source-hash: c941e82f
ch5_coda_11 = レーナ。疲れた声をしてる。

# ch05_festival.vn:316 · front.coda · lena
# source-hash: 0d0b55ae
ch5_coda_12 = 大丈夫です。私は、いるべき場所にいますから。

# ch05_festival.vn:317 · front.coda · narration
# source-hash: 6c947754
ch5_coda_13 = それは本当だった。同時に、ひどく孤独でもあった。彼にはそれも聞こえていて、そして珍しく、彼はそれを聞き流さなかった。

# ch05_festival.vn:318 · front.coda · narration
# source-hash: 1c35d655
ch5_coda_20 = 彼の背後の格納庫では、セオがクレナに、レーナが地下の、記録室の隣の狭い部屋に移されたらしいと話していた。クレナは、それは自分たちのせいだと言った。ライデンは、共和国のせいだ、それとこれとは話が違うと言い、レーナだってそう言うはずだと付け加えた。

# ch05_festival.vn:319 · front.coda · shin
# source-hash: 998495d0
ch5_coda_14 = なら、しばらくいればいい。

# ch05_festival.vn:326 · front.coda · narration
# source-hash: fc062574
ch5_coda_15 = 九時に回線が開いた。この数週間、毎晩そうだったように。そして五つの声が、新任の教師に答える生徒たちのような礼儀正しさで応答した。ほかの七人は回線の上で息をするだけで、何ひとつ言わなかった。

# ch05_festival.vn:327 · front.coda · lena
# source-hash: e97c05e6
ch5_coda_16 = こんばんは、スピアヘッド。報告をお願いします。

# ch05_festival.vn:328 · front.coda · shin
# source-hash: e24a3a25
ch5_coda_17 = 第一戦区、全機異常なし。報告事項はありません、ハンドラー・ワン。

# ch05_festival.vn:329 · front.coda · narration
# source-hash: 037b4daa
ch5_coda_18 = 報告すべきことは、いつだってあったのだ。彼女にもそれがわかりはじめていた。自分がまだ、どれほど多くのことを聞く資格を得ていないのかも。

# ch05_festival.vn:330 · front.coda · narration
# source-hash: 3089c851
ch5_coda_21 = 彼女はノートの名前の下に日付を書いた。それから少し考えて、その横に書き添えた。「明日は、もっとちゃんと訊くこと」

## Scene republic.appeal

# ch06_order.vn:19 · scene `republic.appeal` title
# source-hash: 8c73cee7
scene-republic-appeal = 経路

# ch06_order.vn:24 · republic.appeal · narration
# source-hash: fb58b9ea
ch6_appeal_1 = 祭りから三日後、街は旗飾りを片づけた。梯子に乗った男たちがリベルテ通りを順に進み、街灯から青と白の三角旗を外しては、「来年」とステンシルで刷られた木箱に畳んでしまっていった。

# ch06_order.vn:26 · republic.appeal · narration
# source-hash: eccb6faf
ch6_appeal_9 = レーナには、その様子を眺めることもできなかった。今の執務室には窓がない。記録保管室の隣の、地下の一室だった。天井を横切る配管が、一時間ごとに二度、中に入れてくれとでもいうように、こつこつと鳴った。

# ch06_order.vn:28 · republic.appeal · narration
# source-hash: 6d8297a2
ch6_appeal_10 = レーナは執務室の窓から、街灯を一本ずつ目で追いながらそれを眺めていた。そうしているのは机を見ないためだと、やがて気づいた。

# ch06_order.vn:30 · republic.appeal · narration
# source-hash: 2f6e7b61
ch6_appeal_2 = 知ってから三日が経っていた。三晩をそれに費やした。下書きは書いた順に机の上に並んでいた。一通目は怒りにまかせた十一ページ。二通目は慎重な四ページ。三通目は慎重すぎて、もう何ひとつ言っていなかった。

# ch06_order.vn:31 · republic.appeal · narration
# source-hash: a6085c38
ch6_appeal_11 = その上に、命令書のカーボン複写が載っていた。最下部の、ハンドラーが受領を確認する欄には、彼女のイニシャルがあった。彼女のものではない筆跡で。何度も見つめるうちに、それが自分の字に見えはじめていた。命令書のどの一行よりも、そのことが恐ろしかった。

# ch06_order.vn:33 · republic.appeal · narration
# source-hash: 7188f2ae
ch6_appeal_3 = 命令書は十時に庁内便で届いた。茶封筒に入り、祭りの超過勤務に関する通達と、コーヒーメーカーについての回覧のあいだに挟まっていた。

# ch06_order.vn:34 · republic.appeal · narration
# source-hash: 683da8f0
ch6_appeal_12 = 特別偵察。スピアヘッド戦隊。現任期の満了をもって。帰還：予定なし。最下部の、ハンドラーが受領を確認する欄には、すでに誰かが「Ｖ・Ｍ」と書き込んでいた。几帳面な、彼女のものではない筆跡で。

# ch06_order.vn:35 · republic.appeal · narration
# source-hash: 752154ad
ch6_appeal_13 = 「春の配置転換」と、パレードが通り過ぎる石段の上でデュヴァルは言った。「運のいいことだ。きれいさっぱり、だな」。彼女は訊かなかった。命令書を四度読み、それから白紙を一枚取って書きはじめた。午後の半ばには、下書きが二通と頭痛がひとつ、そして送る勇気の出るものは何ひとつなかった。

# ch06_order.vn:39 · republic.appeal · duval
# source-hash: 74d3e0e7
ch6_appeal_14 = ノックしようかとも思ったんだけどね。そうすると君が「どうぞ」と言って、こっちは入らなきゃならなくなって、何もかもひどく堅苦しくなる。

# ch06_order.vn:40 · republic.appeal · lena
# source-hash: bb00d1e2
ch6_appeal_15 = もう入っていますよ、大尉。

# ch06_order.vn:41 · republic.appeal · duval
# source-hash: dc77100f
ch6_appeal_16 = そうだった。手間が省けたな。

# ch06_order.vn:42 · republic.appeal · narration
# source-hash: 491fc685
ch6_appeal_17 = 彼は彼女の机の角に腰かけた。誰にも許されていないことだった。そして、逆さまのまま下書きを眺めた。

# ch06_order.vn:44 · republic.appeal · duval (worried)
# source-hash: 0cb713d4
ch6_appeal_18 = あれを渡したのは僕だ。階段の踊り場で。花火の夜から、後悔したりしなかったりでね。まあ、たいていはしてる。

# ch06_order.vn:46 · republic.appeal · duval (worried)
# source-hash: 00fcd834
ch6_appeal_19 = 言おうとはしたんだよ。パレードのときに。僕なりにね。僕なりのやり方は、あまり出来がよくないそうだけど。

# ch06_order.vn:47 · republic.appeal · duval (neutral)
# source-hash: 745b2c22
ch6_appeal_20 = 今から言うことを、君はきっと嫌がる。そのあと昼飯に行って、僕に払わせてもらう。それが君への罰だ。

# ch06_order.vn:48 · republic.appeal · lena
# source-hash: df123692
ch6_appeal_21 = どうぞ。

# ch06_order.vn:49 · republic.appeal · duval
# source-hash: cfa3558a
ch6_appeal_22 = やめておけ。

# ch06_order.vn:50 · republic.appeal · lena
# source-hash: 9a376c7c
ch6_appeal_23 = 何をですか？

# ch06_order.vn:51 · republic.appeal · duval
# source-hash: d7999bee
ch6_appeal_24 = これが何にせよ、だ。あちこちに下線を引いてるじゃないか、ミリーゼ。生き延びるつもりで書く手紙に、下線を引く奴はいない。

# ch06_order.vn:52 · republic.appeal · duval
# source-hash: efd659fd
ch6_appeal_25 = 上の階には、誰かがこういう手紙を書くのを九年も待ってる連中がいる。書いた人間がどうなるか、残りの僕らに見せてやるためにね。その見せしめになるな。君の椅子を誰かが引き継いだら、僕はそいつの隣に座らなきゃならない。きっと退屈な奴だ。魔法瓶にスープを入れて持ってくるような。

# ch06_order.vn:54 · republic.appeal · duval
# source-hash: 74761d40
ch6_appeal_26 = 君には上に友人がいる。どうやってこしらえたのか知らないけどね。晩餐の席で君の名前が出ると、みんな微笑むんだ。その全部を、もう使い捨てにされた戦隊のために一度に使い切るな。

# ch06_order.vn:56 · republic.appeal · duval
# source-hash: cc66f52d
ch6_appeal_27 = それに、そのための友人もいない。わかってるだろう。君の名前の一覧は、幕僚会議で笑いものにされた。嘆願書なら笑われはしない。議事録に残されるんだ。

# ch06_order.vn:58 · republic.appeal · duval
# source-hash: 9bc3ea41
ch6_appeal_28 = この建物で君に残ってる好意は、一度だけ窮地を抜け出せるかどうかってところだ。一度だけだぞ、ミリーゼ。僕なら、勝てる何かのために取っておく。

# ch06_order.vn:59 · republic.appeal · lena (angry)
# source-hash: cb99e274
ch6_appeal_29 = 彼らは死ぬんですよ、大尉。

# ch06_order.vn:60 · republic.appeal · narration
# source-hash: 734c8fe0
ch6_appeal_30 = 彼は冗談を言わなかった。冗談を言わずにいる彼を、彼女は見ていた。

# ch06_order.vn:61 · republic.appeal · duval (worried)
# source-hash: fcda2447
ch6_appeal_31 = わかってる。この廊下の全員がわかってる。だから誰も書き残さないんだ。

# ch06_order.vn:62 · republic.appeal · duval
# source-hash: f64d2076
ch6_appeal_32 = 僕の前任のハンドラーも、書類一枚で東へ行った。戦隊じゃない。本人がね。本人の経歴が。今は郵便局にいる。毎年、新年のカードを寄越すんだ。「幸せな新年を」の「幸せ」に下線を引いて。

# ch06_order.vn:63 · republic.appeal · duval
# source-hash: 4f54b70f
ch6_appeal_33 = 君がいなくなったら寂しいよ。ほら、言った。まともなことを言ったから、ちょっと横にならないと。

# ch06_order.vn:65 · republic.appeal · narration
# source-hash: 0f96d021
ch6_appeal_34 = 彼は扉を開けたまま出ていった。しばらくして、彼女は立ち上がって扉を閉めた。

# ch06_order.vn:69 · republic.appeal · narration
# source-hash: f20a4bf7
ch6_appeal_35 = 九時、彼女は喉元に環をつけ、膝に下書きを載せて、第三管制室にいた。こんばんは、と彼女は言った。皆が応えるのが聞こえた。それからシンが、ほかの皆に回線を空けてくれと丁寧に頼み、ひとり、またひとりと抜けていって、やがて残ったのは彼の息遣いと、戦区を渡る風の音だけになった。

# ch06_order.vn:71 · republic.appeal · shin
# source-hash: 8ae4101e
ch6_appeal_4 = 三晩、黙っていたな。俺に話してから。何か書いているだろう。

# ch06_order.vn:72 · republic.appeal · lena
# source-hash: 660abbcf
ch6_appeal_36 = どうしてわかるんですか？

# ch06_order.vn:73 · republic.appeal · shin
# source-hash: 2fb6bd9b
ch6_appeal_37 = 線を引いて消す音が聞こえる。

# ch06_order.vn:75 · republic.appeal · lena
# source-hash: c1aa5e24
ch6_appeal_38 = シン。命令が届きました。あなたたちの任期の終わりについて。特別偵察です。

# ch06_order.vn:76 · republic.appeal · shin
# source-hash: 38635cb1
ch6_appeal_5 = ……知っているのか。

# ch06_order.vn:77 · republic.appeal · narration
# source-hash: 63fa1d40
ch6_appeal_39 = 彼の声から聞いたものの中で、それはいちばん驚きに近かった。彼がそんなものを持ち合わせているとは、知らなかった。

# ch06_order.vn:79 · republic.appeal · lena
# source-hash: 5b46716c
ch6_appeal_40 = お祭りの日からです。あのとき話すべきでした。どう話せばいいのか、わからなくて。

# ch06_order.vn:81 · republic.appeal · lena
# source-hash: 72d0e12e
ch6_appeal_41 = 今朝の十時からです。私のイニシャルが、もう書き込まれた状態で届きました。

# ch06_order.vn:82 · republic.appeal · shin
# source-hash: 22a95ad0
ch6_appeal_42 = 壁の中の人間が、それを俺たちに見せたことは一度もなかった。ハンドラーにも見せていないんだろうと思っていた。

# ch06_order.vn:83 · republic.appeal · shin
# source-hash: 8a5b2a75
ch6_appeal_43 = ひとつ、頼みがある。一度だけ言う。あとはあなたに任せる。

# ch06_order.vn:84 · republic.appeal · lena
# source-hash: a36fa673
ch6_appeal_44 = どうぞ。

# ch06_order.vn:85 · republic.appeal · shin
# source-hash: 90408e98
ch6_appeal_45 = 戦わないでくれ。

# ch06_order.vn:86 · republic.appeal · narration
# source-hash: ab8556f5
ch6_appeal_46 = 来るとわかっていた。それでも、冷たい水のように沁みこんだ。

# ch06_order.vn:87 · republic.appeal · shin
# source-hash: aa8c4c89
ch6_appeal_47 = 嘆願すれば、委員会に回される。その委員会は、命令を書いた連中だ。ご懸念に感謝する、と言うだろう。それから、あなたは疲れているのだと判断して、あなたの椅子を別の誰かに渡す。命令は、最初から決まっていた日に出る。

# ch06_order.vn:88 · republic.appeal · shin
# source-hash: b5f2f2ea
ch6_appeal_48 = 壁の中であなたが持っているものを、全部失う。こっちは何も変わらない。どのみち、俺たちは三十一日目に東へ行く。

# ch06_order.vn:89 · republic.appeal · lena (angry)
# source-hash: e9f6af5d
ch6_appeal_49 = そんなこと、わからないじゃないですか。

# ch06_order.vn:90 · republic.appeal · shin
# source-hash: 826a596b
ch6_appeal_50 = 命令書に留めてあった一覧を読んだだろう。どれも「完了」だ。その中には、手を尽くしたハンドラーがいた戦隊もある。ハンドラーの話は、こっちにも聞こえてきた。そのハンドラーたちがそのあとどうなったかは、一度も聞こえてこなかった。

# ch06_order.vn:91 · republic.appeal · shin
# source-hash: 40798742
ch6_appeal_51 = 俺たちのあとにも、この戦区には戦隊が来る。その次も。そいつらにもハンドラーがつく。名前を訊くような人間かもしれない。あるいは、あなたが俺たちのために自分を使い果たしたあとで、その椅子に座る誰かかもしれない。

# ch06_order.vn:92 · republic.appeal · shin
# source-hash: b0529fa7
ch6_appeal_52 = 椅子を手放さないでくれ。次の連中のために、そこにいてくれ。そっちにあるもので、俺たちの役に立ったことがあるのは、それだけだ。

# ch06_order.vn:93 · republic.appeal · lena (sad)
# source-hash: e92b1eb3
ch6_appeal_53 = その椅子に座ったまま、あなたたちが地図の外へ歩いていくのを、私に見ていろと言うんですね。

# ch06_order.vn:94 · republic.appeal · shin
# source-hash: 6865741e
ch6_appeal_54 = そうだ。

# ch06_order.vn:95 · republic.appeal · narration
# source-hash: 70add194
ch6_appeal_55 = 彼は言葉を和らげなかった。つらいことを、嘘にしてまで楽にしようとはしない人だった。

# ch06_order.vn:97 · republic.appeal · shin
# source-hash: 48ad0b06
ch6_appeal_56 = 俺は、あなたに何かを頼んだことはない、レーナ。

# ch06_order.vn:98 · republic.appeal · lena
# source-hash: 8d160fe6
ch6_appeal_57 = ええ。ありませんね。

# ch06_order.vn:99 · republic.appeal · shin
# source-hash: 182abb65
ch6_appeal_58 = 今、頼んでいる。

# ch06_order.vn:101 · republic.appeal · shin
# source-hash: 4d0231ff
ch6_appeal_59 = それだけだ。決めるのはあなただ、ハンドラー・ワン。最初から、そうだった。

# ch06_order.vn:102 · republic.appeal · choice
# source-hash: 1da61f19
ch6_appeal_q1 = 彼は一度だけ頼んだ。二度とは頼まない。

# ch06_order.vn:103 · republic.appeal · option
# source-hash: 95bfbc89
ch6_appeal_o1 = 公然と戦う。自分の名で、戦隊の戦歴を添えて、参謀本部に嘆願書を出す。

# ch06_order.vn:108 · republic.appeal · lena
# source-hash: f4fa344b
ch6_appeal_60 = いいえ。ごめんなさい、シン。椅子に座って見ていることはできません。椅子がそのためだけのものなら、明け渡します。

# ch06_order.vn:109 · republic.appeal · shin
# source-hash: eda5648f
ch6_appeal_61 = ……なら、言うべきことは言った。

# ch06_order.vn:110 · republic.appeal · narration
# source-hash: 6bfa9b3d
ch6_appeal_6 = 彼女は二時まで書き続けた。八時、それを自ら抱えて、四つ上の階の参謀本部文書受付まで運んだ。自分の名で書いた十一ページ、その後ろにさらに四十ページ。彼女が指揮を執って以来、スピアヘッドが行ったすべての出撃。レーダーが何かを捉える前にシンが発した、すべての警告。すべての名前。

# ch06_order.vn:111 · republic.appeal · narration
# source-hash: 2e674129
ch6_appeal_62 = 受付の将校は表紙も読まずに「受領」の印を押した。午後には国防省のレセプションの招待客名簿から彼女の名前が消え、士官学校以来の知り合いが二人、次のエレベーターを待つ理由を見つけた。

# ch06_order.vn:112 · republic.appeal · narration
# source-hash: fc2ee631
ch6_appeal_63 = シンは朝食の前に、ほかの皆に伝えた。あとでレーナが聞いたところでは、セオは、あの人はすごく馬鹿なことをした、俺は誇らしい、誰かに訊かれたら否定するけど、と言ったそうだ。誰も訊かなかった。訊く必要もなかった。

# ch06_order.vn:113 · republic.appeal · option
# source-hash: 6c8b40f5
ch6_appeal_o2 = シンの頼みに従う。黙って職にとどまり、その職を彼らのために使う。

# ch06_order.vn:117 · republic.appeal · lena
# source-hash: 0a9265e9
ch6_appeal_64 = ……わかりました。

# ch06_order.vn:118 · republic.appeal · shin
# source-hash: 60ed1f02
ch6_appeal_65 = ありがとう。

# ch06_order.vn:119 · republic.appeal · narration
# source-hash: da79667c
ch6_appeal_7 = 礼を言われたことが、たまらなく嫌だった。それは彼に言わなかった。

# ch06_order.vn:120 · republic.appeal · narration
# source-hash: 0dcc01e2
ch6_appeal_66 = 朝になると、彼女は三階のシュレッダーに下書きを一枚ずつ差し込んだ。二枚重ねると詰まるからだ。デュヴァルが頼まれもしないのにコーヒーを持ってきて、そのことには何も触れなかった。それで彼女は知った。彼が知っていること。彼がほっとしていること。そして、廊下の半分がほっとしていること。

# ch06_order.vn:121 · republic.appeal · narration
# source-hash: ebdb7265
ch6_appeal_67 = シンが皆に伝えると、クレナは「そう。じゃあ、それで終わりね」と言って、格納庫の裏の墓へ出ていった。レーナはそれをアンジュから聞いた。アンジュは優しい言い方をしてくれた。そのほうがつらかった。

# ch06_order.vn:122 · republic.appeal · option
# source-hash: 8cfc69b6
ch6_appeal_o3 = カールシュタールのもとへ持っていく。内密に、今夜。

# ch06_order.vn:125 · republic.appeal · lena
# source-hash: ef5999f3
ch6_appeal_68 = 嘆願はしません。でも、何もしないわけにはいきません、シン。ひとりにだけ頼んでみます。静かに。今夜。

# ch06_order.vn:126 · republic.appeal · shin
# source-hash: bd3b0461
ch6_appeal_69 = カールシュタールか。

# ch06_order.vn:127 · republic.appeal · lena
# source-hash: 4f2e9167
ch6_appeal_70 = 私が歩けるようになる前から、私を知っている人です。

# ch06_order.vn:128 · republic.appeal · shin
# source-hash: 169ab3b6
ch6_appeal_71 = あの法律に署名した男だ。

# ch06_order.vn:130 · republic.appeal · lena
# source-hash: d3c98422
ch6_appeal_72 = 彼が何に署名したかは知っています。本人から聞きました。子羊の料理を前にして。だからこそ、頼めるんです。

# ch06_order.vn:132 · republic.appeal · lena
# source-hash: 731cc245
ch6_appeal_73 = わかっています。だからこそ、頼むべき相手なんです。

# ch06_order.vn:133 · republic.appeal · narration
# source-hash: 2044ec0f
ch6_appeal_8 = 十一時、車が彼女を彼の家へ運んだ。彼はガウン姿のまま自ら戸口に出てきて、彼女を中へ招き入れもせず、玄関の灯りの下で命令書を読んだ。二度読んだ。それから長いあいだ、ページの最下部を見つめていた。副署の並ぶところを。

# ch06_order.vn:134 · republic.appeal · narration
# source-hash: 21f05d91
ch6_appeal_74 = 「私に預けておきなさい」と彼は言った。「何日か時間をくれないか。それから、ここへ来たことは誰にも言わないように」。彼女は言わなかった。だが、そんな時刻に階段にいるはずのない彼の副官が階段にいて、翌日の午後には参謀本部の誰かが、ミリーゼ家の娘が夜中におじのもとへ駆け込んだことを知っていた。

## Scene front.thirty_days

# ch06_order.vn:138 · scene `front.thirty_days` title
# source-hash: 81329bb9
scene-front-thirty_days = 三十一日

# ch06_order.vn:142 · front.thirty_days · narration
# source-hash: 7168170d
ch6_thirty_1 = 通知が届いた朝、セオは格納庫の扉の内側に、笑う狐と小さな金色の花火の隣に、残りの日数を描いた。横一列に並んだ三十一本の短い線。一本ごとに違う色で、色が尽きるとまた最初の色から。今朝、彼はその一本目に、灰色の線を一本、きちんと引いて消していた。

# ch06_order.vn:144 · front.thirty_days · narration
# source-hash: 656972ce
ch6_thirty_2 = 通知が届いた朝、セオは格納庫の扉にチョークで残りの日数を書いた。三十一本の短い線を、肩の高さに。湿気がいちばん最後に届く高さだ。今朝、彼は一本目に線を引いて消し、それを二度なぞった。湿気にも、せめて手間をかけさせるように。

# ch06_order.vn:146 · front.thirty_days · theo
# source-hash: 47f6e938
ch6_thirty_10 = 三十。

# ch06_order.vn:148 · front.thirty_days · raiden
# source-hash: 846e37c8
ch6_thirty_11 = 毎朝言わなくてもいいだろ。

# ch06_order.vn:149 · front.thirty_days · theo
# source-hash: 95f57f6d
ch6_thirty_12 = 言うんだよ。カウントダウンなんだから。カウントダウンは声に出さなきゃ。じゃないと、ただの算数だ。

# ch06_order.vn:151 · front.thirty_days · narration
# source-hash: d16b2cb4
ch6_thirty_13 = 七人は長い作業台のいちばん奥に座っていた。いつもの場所だった。輪に加わっていると言えるくらいには近く、加わらずに済むくらいには遠い。

# ch06_order.vn:152 · front.thirty_days · narration
# source-hash: b58de0da
ch6_thirty_14 = 七人の最年長のマティは、ボルトを大きさ別により分けて缶に入れながら、ハミングしていた。あまりに低い音で、彼の口からというより、作業台の下から響いてくるようだった。小柄ですばしこく、戦区でいちばんの斥候であるユナは、作業台に向かうのではなく作業台の上に座って、ブーツをぶらぶらさせていた。

# ch06_order.vn:153 · front.thirty_days · narration
# source-hash: 3d3f8398
ch6_thirty_15 = トビアは肘の下にビスケットの箱を抱えていた。蓋は針金で縛ってあった。誰の記憶にあるかぎり、彼はいつもそれを抱えていた。中身を訊く者は、もういなかった。サーシャは目の前にきらきらしたものを並べていた。真鍮のボタン、瓶の王冠、壊れた懐中電灯のレンズ。それを動かしては並べ替える。ルールは彼女しか知らない、ひとり遊びだった。

# ch06_order.vn:154 · front.thirty_days · narration
# source-hash: c81ed3b6
ch6_thirty_16 = エズラの両手は、ライデンの手と並んで一台のラジオの中にあった。二人は目も向けずに、一本のドライバーを渡し合っていた。夜に撃ち、昼に眠るヌールは、今はほとんど目を覚ましていて、母親が話していた言葉で小さく歌っていた。その歌に終わりがあるのを聞いた者はいない。あるのは、途中でやめていい場所だけだった。

# ch06_order.vn:155 · front.thirty_days · narration
# source-hash: 8f5fe6f4
ch6_thirty_17 = そしてピム。十四歳、膝と肘ばかりの体つきで、七人の中でいちばん背が高く、いちばん年下の彼は、邪魔にならないぎりぎりまでセオのそばに寄って座っていた。

# ch06_order.vn:156 · front.thirty_days · pim
# source-hash: 9fc073d7
ch6_thirty_18 = 狐、もう一回描いてよ。帽子のやつ。

# ch06_order.vn:157 · front.thirty_days · theo
# source-hash: cb8018f8
ch6_thirty_19 = 帽子じゃない、制帽。少佐の制帽だ。ちゃんと違いがあるんだよ。いつか、俺に教わっといてよかったって思う日が来るから。

# ch06_order.vn:158 · front.thirty_days · sasha
# source-hash: 0a921f57
ch6_thirty_20 = エズラ。これ、真鍮？

# ch06_order.vn:159 · front.thirty_days · ezra
# source-hash: 2f3edf2d
ch6_thirty_21 = 薬莢だ。

# ch06_order.vn:160 · front.thirty_days · sasha
# source-hash: 437766b1
ch6_thirty_22 = 真鍮でしょ。

# ch06_order.vn:161 · front.thirty_days · ezra
# source-hash: b350afb7
ch6_thirty_23 = 真鍮でできた薬莢だ。ここじゃ何だって薬莢なんだよ、サーシャ。

# ch06_order.vn:162 · front.thirty_days · mattie
# source-hash: 19e97283
ch6_thirty_24 = 真鍮ってことにしといてやれ。

# ch06_order.vn:163 · front.thirty_days · narration
# source-hash: ccb71269
ch6_thirty_25 = ユナが肩だけで笑った。サーシャは薬莢を列の先頭に置いた。いいものを置く場所だった。

# ch06_order.vn:165 · front.thirty_days · narration
# source-hash: 2559901e
ch6_thirty_3 = クレナはしばらく前から、ロッカーの前に立っていた。

# ch06_order.vn:166 · front.thirty_days · narration
# source-hash: a63df79e
ch6_thirty_26 = 奥の壁沿いに十四個並んだロッカーは、灰色で、へこんでいて、格納庫が格納庫になる前の何かが残していったものだった。カイエのロッカーには、テープに彼女自身の丸っこい大きな字で名前が書かれ、そのあとに小さな花の絵が添えてあった。カイエは何を書いても、最後に小さな花を描いたのだ。川のあと、それを開けた者はいなかった。

# ch06_order.vn:168 · front.thirty_days · anju
# source-hash: fd76aca3
ch6_thirty_27 = 今日やらなくてもいいのよ。

# ch06_order.vn:169 · front.thirty_days · kurena
# source-hash: 3b1e9c63
ch6_thirty_28 = 誰かがやらなきゃ。次の連中がロッカーを使うんだから。

# ch06_order.vn:170 · front.thirty_days · narration
# source-hash: 991bc373
ch6_thirty_29 = 今では皆、そういう言い方をした。次の連中。

# ch06_order.vn:172 · front.thirty_days · narration
# source-hash: 7e165ad0
ch6_thirty_30 = 扉は引っかかり、それから開いた。

# ch06_order.vn:173 · front.thirty_days · narration
# source-hash: feb03acc
ch6_thirty_31 = 替えのシャツが一枚、下手に畳んである。歯の三本欠けた櫛。そして鋏。清潔な布にくるまれ、刃先を下にしてロッカーの底に置かれていた。川の翌朝、クレナ自身がそこに置き、置いたことを自分に忘れさせたのだった。

# ch06_order.vn:174 · front.thirty_days · narration
# source-hash: 957fe5b5
ch6_thirty_32 = 硬い表紙のノート。あの帳簿だ。カイエがこれまでに受けた、ありとあらゆる賭け。天気、スープ、セオの髪がいつか元に戻るかどうか。最後のページには、丸っこい大きな字でこうあった。「ハンドラー・ワン（新しいほう）。セオ：一日。ライデン：一週間」。その下には、あとから違うインクで書き足してあった。「全員負け。よし」

# ch06_order.vn:175 · front.thirty_days · narration
# source-hash: 5b56eaab
ch6_thirty_33 = それから料理の本。『四季の家庭料理』。戦前に壁の内側で刷られたもので、背は二か所で割れていた。カイエはどのレシピの余白にも書き込みをしていた。卵なし。バターなし。エシャロットとは何か。缶詰の肉で試すこと。缶詰の肉で試した――だめ。レシピを最後までそのとおりに作ったことは、一度もなかった。スープがその証拠だった。

# ch06_order.vn:176 · front.thirty_days · theo (smile)
# source-hash: acaed016
ch6_thirty_34 = 「エシャロットとは何か」。それ、俺に訊いてきたんだ。小さい鳥の一種だって教えてやった。

# ch06_order.vn:177 · front.thirty_days · anju
# source-hash: 62ed5744
ch6_thirty_35 = ひと月も信じてたわね。

# ch06_order.vn:178 · front.thirty_days · theo
# source-hash: b8b54041
ch6_thirty_36 = ひと月信じて、それからその本で俺を殴った。

# ch06_order.vn:179 · front.thirty_days · narration
# source-hash: d1030780
ch6_thirty_37 = 春の章の半ばで、ページが小さく平たい形に、桃色に染まっていた。どれも花びらが五枚。

# ch06_order.vn:180 · front.thirty_days · narration
# source-hash: 72c50997
ch6_thirty_38 = そしてその上の棚に、ロッカーの奥に立てかけるようにして、封筒がひとつあった。ロッカーをきちんと開ける種類の人間なら、真っ先に目に入る場所だった。封がしてある。クレナが傾けると、中で何か薄く乾いたものが動いた。

# ch06_order.vn:181 · front.thirty_days · narration
# source-hash: 975c0229
ch6_thirty_39 = 表には、丸っこい大きな字で――「新しいほうのハンドラー・ワンへ」

# ch06_order.vn:182 · front.thirty_days · kurena (sad)
# source-hash: 23709c30
ch6_thirty_40 = フェンスのとこの雑草。あのちっちゃいピンクの。押し花にしたんだ。

# ch06_order.vn:183 · front.thirty_days · theo
# source-hash: 3939a03f
ch6_thirty_41 = 桜の木だって言ってたよな。

# ch06_order.vn:184 · front.thirty_days · kurena
# source-hash: b70749ad
ch6_thirty_42 = 若い木だって言ってた。何だって最初は小さいんだから、気長に付き合ってやらなきゃいけないんだって。

# ch06_order.vn:185 · front.thirty_days · anju
# source-hash: 7d5607d6
ch6_thirty_43 = 最初のぶんはハンドラーに送るんだって言ってたわ。壁の中の人たちも桜の木を見たことがないんだから、その人たちだけ見られないのは不公平だって。

# ch06_order.vn:186 · front.thirty_days · kurena
# source-hash: c761c1e0
ch6_thirty_44 = あたしには、本物をくれるって約束した。東から。

# ch06_order.vn:187 · front.thirty_days · narration
# source-hash: 773ed627
ch6_thirty_45 = 東のことは、誰も口にしなかった。

# ch06_order.vn:190 · front.thirty_days · kurena
# source-hash: 8aae2eaf
ch6_thirty_46 = あの人は名前を言った。フルネームで、格納庫の裏で、みんなに聞こえるところで。だから、あの人にあげる。

# ch06_order.vn:192 · front.thirty_days · kurena
# source-hash: 267596be
ch6_thirty_47 = あの人は残ってくれた。川で。カイエが……そのとき、そこにいた。カイエの声を聞いてた。だから、あの人にあげる。

# ch06_order.vn:193 · front.thirty_days · narration
# source-hash: 6ebc7b4d
ch6_thirty_4 = カイエの字の下に、クレナは鉛筆で、もっと小さな字で書き添えた。「第一区　軍本部　第三管制室気付」。それから封筒を持って、夜を待つ輸送コンテナの並ぶ野原へ出ていき、外へ出す郵便袋の中に入れた。いちばん上に。何にも押しつぶされないように。

# ch06_order.vn:194 · front.thirty_days · narration
# source-hash: 1f9ad355
ch6_thirty_48 = 作業台の端で、トビアは彼女が出ていき、戻ってくるのを見ていた。片手を、箱の蓋の上に平らに置いたまま。

# ch06_order.vn:196 · front.thirty_days · kurena
# source-hash: 05601aa4
ch6_thirty_49 = あの人には渡さない。まだ。

# ch06_order.vn:197 · front.thirty_days · theo
# source-hash: 953d7cc2
ch6_thirty_50 = あの人の名前が書いてあるだろ。少なくとも、あの人の役職がさ。

# ch06_order.vn:198 · front.thirty_days · kurena
# source-hash: ce9387c8
ch6_thirty_51 = 書いてあるのはハンドラー。それがあの人なのかどうか、あたしにはまだわからない。

# ch06_order.vn:199 · front.thirty_days · narration
# source-hash: 8060654f
ch6_thirty_5 = 彼女は封筒を棚に戻した。カイエが置いたとおりに、ロッカーの奥に立てかけて。それから扉を閉めた。扉は引っかかった。引っかからなくなるまで、彼女は扉にもたれていた。

# ch06_order.vn:200 · front.thirty_days · narration
# source-hash: afd9e3be
ch6_thirty_52 = 作業台の端で、トビアはそれを見ていた。誰にも出せない手紙の詰まった箱の蓋に、片手を平らに置いたまま。

# ch06_order.vn:205 · front.thirty_days · narration
# source-hash: 712a59b3
ch6_thirty_6 = 九時、皆の首の環が、ひやりと小さく疼いた。作業台の奥で、七人がいっせいに話をやめた。毎晩そうだった。廊下に足音を聞いた者たちのように。ヌールは一節の途中で歌をやめた。

# ch06_order.vn:208 · front.thirty_days · lena
# source-hash: c6a64573
ch6_thirty_53 = こんばんは、皆さん。

# ch06_order.vn:209 · front.thirty_days · theo
# source-hash: ad8de25b
ch6_thirty_54 = レーナ。今、格納庫。三十だよ、数えてるならね。

# ch06_order.vn:210 · front.thirty_days · lena
# source-hash: 3888a20d
ch6_thirty_55 = 数えています。

# ch06_order.vn:212 · front.thirty_days · lena
# source-hash: 0117731e
ch6_thirty_56 = こんばんは、スピアヘッド。

# ch06_order.vn:213 · front.thirty_days · theo
# source-hash: d12f318f
ch6_thirty_57 = こんばんは、ハンドラー・ワン。

# ch06_order.vn:215 · front.thirty_days · lena
# source-hash: 3d57c38e
ch6_thirty_58 = こんばんは、スピアヘッド。報告をお願いします。

# ch06_order.vn:216 · front.thirty_days · raiden
# source-hash: 60793f28
ch6_thirty_59 = 異常なしだ、ハンドラー・ワン。

# ch06_order.vn:217 · front.thirty_days · narration
# source-hash: a0554237
ch6_thirty_60 = そして初めて、彼女は数えた。

# ch06_order.vn:218 · front.thirty_days · narration
# source-hash: 5a49f940
ch6_thirty_61 = シンの息遣い。どこにいても聞き分けられる。ライデンの、ゆっくりとした息。セオの、鉛筆をくわえた息。クレナの、短く、詰めるような息。アンジュの、あまりに静かで、待たなければ聞こえない息。

# ch06_order.vn:219 · front.thirty_days · narration
# source-hash: 5bf6cbe3
ch6_thirty_62 = 五。いつも五で止めていた。その下に、そのまわりに、とうに聞こえなくなっていた雨音のように、まだ息遣いがあった。

# ch06_order.vn:220 · front.thirty_days · narration
# source-hash: 5e1e0f83
ch6_thirty_63 = 六。低く、揺るがない、ほとんどハミングのような息。七。速く、軽い。八。九、歯のあいだから。十、こらえていた息を吐き出す音。十一。そしてもうひとつ、若い息。セオの鉛筆が紙を擦るたびに、少しだけ引っかかる。

# ch06_order.vn:221 · front.thirty_days · narration
# source-hash: e6b52808
ch6_thirty_64 = 十二。

# ch06_order.vn:222 · front.thirty_days · lena
# source-hash: f07072ef
ch6_thirty_65 = ……十二。

# ch06_order.vn:223 · front.thirty_days · theo
# source-hash: 10366101
ch6_thirty_66 = え？

# ch06_order.vn:224 · front.thirty_days · lena
# source-hash: 603cd595
ch6_thirty_67 = なんでもありません。私……いいえ。なんでもなくは、ありません。

# ch06_order.vn:226 · front.thirty_days · narration
# source-hash: a239874e
ch6_thirty_68 = 自機のステップの上で、シンは本を伏せた。作業台の奥では、誰ひとり身じろぎもしなかった。

# ch06_order.vn:227 · front.thirty_days · choice
# source-hash: faf588bd
ch6_thirty_q1 = 回線の上で、十二人が息をしている。そのうち七人は、彼女にひと言も話したことがない。

# ch06_order.vn:228 · front.thirty_days · option
# source-hash: 1021f1bf
ch6_thirty_o1 = ファイルにあった七人の名前を、ひとりずつ読み上げる。

# ch06_order.vn:232 · front.thirty_days · lena
# source-hash: e857ca31
ch6_thirty_7 = マティアス・オイェラン、ベルリンガー。ユナ・カステラーヌ、ウィスプ。トビア・レンケ、フェリーマン。サーシャ・イワイ、マグパイ。エズラ・コヴァル、ティンカー。ヌール・ハルヴァード、ナイトジャー。ピム・ラウッカ、スケアクロウ。

# ch06_order.vn:233 · front.thirty_days · lena
# source-hash: 528a1a30
ch6_thirty_69 = 皆さんのファイルは、署名して受け取りました。一ページ残らず読みました。皆さんの名前を、もっとずっと前に口にするべきでした。数えるのに、こんなに時間がかかってしまって、ごめんなさい。

# ch06_order.vn:234 · front.thirty_days · narration
# source-hash: d0678481
ch6_thirty_70 = 作業台の奥で、ピムはセオを見た。セオならこれをどうすればいいか知っているかもしれない、というように。セオにもわからなかった。マティがサーシャの肩に手を置いた。サーシャはそれを振り払い、真鍮の薬莢を握りしめた。指の関節が白くなるまで。

# ch06_order.vn:235 · front.thirty_days · narration
# source-hash: d214649a
ch6_thirty_71 = それからサーシャは立ち上がり、格納庫を出て闇の中へ歩いていった。扉を叩きつけはしなかった。叩きつけるより、そのほうが悪かった。

# ch06_order.vn:237 · front.thirty_days · raiden
# source-hash: 99f1f05d
ch6_thirty_72 = レーナ。名前を知ってるハンドラーは、その名前を書類に書ける。

# ch06_order.vn:239 · front.thirty_days · raiden
# source-hash: 28138ee4
ch6_thirty_91 = ハンドラー・ワン。名前を知ってるハンドラーは、その名前を書類に書ける。

# ch06_order.vn:240 · front.thirty_days · lena (sad)
# source-hash: 191470c7
ch6_thirty_73 = わかっています。書きません。

# ch06_order.vn:241 · front.thirty_days · shin
# source-hash: b55969e7
ch6_thirty_74 = みんな聞いていた。全員だ。今夜、俺から言えるのはそれだけだ。

# ch06_order.vn:242 · front.thirty_days · narration
# source-hash: 41418bc7
ch6_thirty_75 = 誰も彼女に答えなかった。答えると約束した者もいなかった。けれど作業台の上のユナは、ひとつひとつの名前を声に出さずに繰り返していた。自分の名前もその中にあった。まだ体に合うかどうか、確かめるように。

# ch06_order.vn:243 · front.thirty_days · option
# source-hash: a87beb14
ch6_thirty_o2 = あとで内密に、なぜ七人が決して話さないのかをシンに尋ねる。

# ch06_order.vn:245 · front.thirty_days · lena
# source-hash: 5bcd4ea0
ch6_thirty_76 = おやすみなさい、スピアヘッド。アンダーテイカー、少しだけ残ってもらえますか。

# ch06_order.vn:246 · front.thirty_days · narration
# source-hash: 18e0adca
ch6_thirty_8 = ほかの皆が、ひとりずつ回線から抜けていった。息遣いがひとつだけになるまで待って、彼女は尋ねた。

# ch06_order.vn:247 · front.thirty_days · shin
# source-hash: c96893f1
ch6_thirty_77 = あいつらはハンドラーとは話さない。

# ch06_order.vn:248 · front.thirty_days · lena
# source-hash: b28fa163
ch6_thirty_78 = どのハンドラーとも？　それとも、私とだけ？

# ch06_order.vn:249 · front.thirty_days · shin
# source-hash: 9a432d16
ch6_thirty_79 = どのハンドラーともだ。あなたのことじゃない。あなたが来る前に起きたことだ。あいつらの仲間のひとりに。

# ch06_order.vn:250 · front.thirty_days · lena
# source-hash: db39b984
ch6_thirty_80 = それをしたのは、ハンドラーですか？

# ch06_order.vn:251 · front.thirty_days · shin
# source-hash: ed9efac5
ch6_thirty_81 = そうだ。

# ch06_order.vn:252 · front.thirty_days · narration
# source-hash: 4a1bb510
ch6_thirty_82 = 彼女は待った。彼は続けなかった。続けるつもりがないのだと、そしてそれは彼が話すべきことではないのだと、彼女は理解した。

# ch06_order.vn:253 · front.thirty_days · shin
# source-hash: 180f0e6e
ch6_thirty_83 = 訊かれたことは伝えておく。あいつらにじゃなく、俺に訊いたということも。それは、あいつらのうちのひとりにとって、あなたが思う以上に意味がある。

# ch06_order.vn:254 · front.thirty_days · lena
# source-hash: 822b10c5
ch6_thirty_84 = 誰のことですか？

# ch06_order.vn:256 · front.thirty_days · shin
# source-hash: babb76e7
ch6_thirty_85 = おやすみ、レーナ。

# ch06_order.vn:258 · front.thirty_days · shin
# source-hash: e4e50269
ch6_thirty_90 = おやすみ、ハンドラー・ワン。

# ch06_order.vn:259 · front.thirty_days · option
# source-hash: 9ac9ef1d
ch6_thirty_o3 = 誰も話さなくていいと、回線の全員に伝える。それでも数える。十二人。

# ch06_order.vn:261 · front.thirty_days · lena
# source-hash: 47ffa958
ch6_thirty_9 = 皆さんが十二人いることは知っています。そのうち七人は、一度も私と話したことがありません。だから、言っておきたいんです。話さなくていい。今夜も。この先ずっとでも、そのほうがいいなら。

# ch06_order.vn:262 · front.thirty_days · lena
# source-hash: 94b69e6d
ch6_thirty_86 = それでも、数えます。毎晩九時に、三十一日目まで。十二人。

# ch06_order.vn:263 · front.thirty_days · narration
# source-hash: 6dfa9667
ch6_thirty_87 = 作業台の奥で、ユナが声を立てずに笑った。ピムがセオを見て、セオはうなずいた。何かを訊かれて、これがその答えだとでもいうように。サーシャは動かなかった。

# ch06_order.vn:264 · front.thirty_days · narration
# source-hash: 69b853fb
ch6_thirty_88 = それからマティが、低い音をひとつだけハミングして、止めた。それが第三管制室まで届いたのだとしても、レーナは何も言わなかった。ヌールは、途切れたところから、一節の途中から、また歌いはじめた。

# ch06_order.vn:266 · front.thirty_days · theo
# source-hash: 01713073
ch6_thirty_89 = 一応言っとくと、レーナ、こいつらすっごく感心してるよ。俺にはわかる。専門家だから。

# ch06_order.vn:268 · front.thirty_days · theo
# source-hash: e961a2e3
ch6_thirty_92 = 一応言っとくと、ハンドラー・ワン、こいつらすっごく感心してるよ。俺にはわかる。専門家だから。

## Scene republic.biscuit_tin

# ch06_order.vn:274 · scene `republic.biscuit_tin` title
# source-hash: 1a2d8bf2
scene-republic-biscuit_tin = ビスケットの缶

# ch06_order.vn:279 · republic.biscuit_tin · narration
# source-hash: 95a3d696
ch6_biscuit_10 = 十時にアネットから電話があった。研究室に来て、十一時に、とだけ言って、レーナが理由を訊く前に切れた。研究棟は、彼女の窓のほかは真っ暗だった。コーヒーは淹れていなかった。それで、レーナにはわかった。

# ch06_order.vn:281 · republic.biscuit_tin · narration
# source-hash: b3628643
ch6_biscuit_46 = もう何週間も、二人の金曜日はなかった。アネットから何の用であれ、また電話が来るのかどうか、レーナには自信がなかった。それでも来た。急いで。間違いだったと取り消されてしまう前に。

# ch06_order.vn:282 · republic.biscuit_tin · annette
# source-hash: aae381c2
ch6_biscuit_11 = 座って。何も言わないで。今からある話をするから、最後まで話させて。質問はなし。顔もなし。特にその顔。

# ch06_order.vn:283 · republic.biscuit_tin · lena
# source-hash: 08df68c5
ch6_biscuit_12 = どの顔？

# ch06_order.vn:284 · republic.biscuit_tin · annette
# source-hash: 9e7f746d
ch6_biscuit_13 = 優しい顔。耐えられないの。しまって。

# ch06_order.vn:285 · republic.biscuit_tin · narration
# source-hash: ba83d551
ch6_biscuit_14 = レーナはその顔をしまった。しまえるかぎり、奥まで。

# ch06_order.vn:286 · republic.biscuit_tin · annette
# source-hash: 770a805a
ch6_biscuit_1 = 十歳のころ、私はプラタナスの並木がある通りに住んでた。木曜日になると何でも焦がすパン屋があってね。二軒先に、ノウゼンっていう一家がいたの。上の男の子はもうほとんど大人で、軍服を着てて、私たちに構う暇なんてなかった。下の子は八歳で、私たちに構う以外の暇はなかった。

# ch06_order.vn:287 · republic.biscuit_tin · annette
# source-hash: 3eaa1f85
ch6_biscuit_15 = 名前はシンエイ。みんなシンって呼んでた。お母さんだけは別で、叱るときにはちゃんと全部呼んでた。よく叱られてたわ。だいたい私のせいで。

# ch06_order.vn:289 · republic.biscuit_tin · narration
# source-hash: c27ccc7d
ch6_biscuit_2 = カフェの日から、レーナは知っていた。半分だけ知って、残りの半分まで知ってしまわないよう、気をつけていた。

# ch06_order.vn:291 · republic.biscuit_tin · narration
# source-hash: c626016a
ch6_biscuit_16 = レーナは動かなかった。建物のどこかで、エレベーターが下りていき、上がってこなかった。

# ch06_order.vn:292 · republic.biscuit_tin · annette
# source-hash: 2242839b
ch6_biscuit_17 = 二人でラジオを作ったの。鉱石ラジオ。蓋に青い風車の絵がついたビスケットの缶で。厚紙の筒に巻いた銅線と、安全ピンと、父の机から盗んだ鉱石。入る局はひとつだけ。雨が降ってなくて、誰かがアンテナを窓の外に突き出して、息を止めていればね。

# ch06_order.vn:293 · republic.biscuit_tin · annette (smile)
# source-hash: 7944de22
ch6_biscuit_18 = アンテナを持つのはあの子の役。息を止めるのがすごく上手だったの。私よりうまくできたのは、それだけ。それと、はんだ付け。二つね。どっちも、いまだに許してない。

# ch06_order.vn:294 · republic.biscuit_tin · annette
# source-hash: 6ef878b4
ch6_biscuit_19 = 最初に聞こえたのは、南部諸州の天気予報だった。二人とも得意満面で、まるで雨を発明したみたいだったわ。

# ch06_order.vn:295 · republic.biscuit_tin · narration
# source-hash: cf1592c5
ch6_biscuit_20 = 笑みが消えた。薄れたのではない。消えたのだ。通りの向こうの窓の明かりが、別の部屋にいる誰かの手で消されるように。

# ch06_order.vn:296 · republic.biscuit_tin · annette (sad)
# source-hash: 1901f2dd
ch6_biscuit_21 = それから、コロラータを連れに来た夜があった。

# ch06_order.vn:297 · republic.biscuit_tin · annette
# source-hash: 1067795a
ch6_biscuit_22 = トラックの音が、三本向こうの通りから聞こえてた。父が鎧戸を閉めた。変だなって思ったのを覚えてる。寒くもないのに、って。

# ch06_order.vn:298 · republic.biscuit_tin · annette
# source-hash: b7ff4aab
ch6_biscuit_23 = トラックがうちの通りまで来たとき、裏口をノックする音がしたの。表じゃなくて、裏。あの子がいつも来るほう。生け垣の隙間を抜けて。三回叩いて、一回。それが私たちの合図。二人で決めたの。

# ch06_order.vn:299 · republic.biscuit_tin · annette
# source-hash: e6c2c55c
ch6_biscuit_24 = 私は扉のところへ行った。閂に手をかけた。そしたら、父が後ろに立ってたの。台所の、暗いところに。何も言わなかった。言う必要もなかった。ただそこに立って、私の後ろにいた。

# ch06_order.vn:300 · republic.biscuit_tin · annette
# source-hash: acf9c684
ch6_biscuit_25 = それで私は、閂から手を離した。

# ch06_order.vn:301 · republic.biscuit_tin · narration
# source-hash: 0086698a
ch6_biscuit_26 = 彼女は自分の手を見た。ごく普通の手だった。科学者の手で、指の関節のひとつに、はんだごての火傷の痕があった。

# ch06_order.vn:302 · republic.biscuit_tin · annette
# source-hash: a0e838cb
ch6_biscuit_27 = あの子はもう一度ノックした。三回と、一回。それから、もうしなかった。

# ch06_order.vn:303 · republic.biscuit_tin · annette
# source-hash: e399cfa3
ch6_biscuit_28 = 朝になったら、あの家の扉は開いてて、中には誰もいなかった。ラジオがどうなったかは知らない。あれを持っていくのを許してもらえたのかどうか、九年間ずっと考えてる。私が考えるのは、そういうことなの。大事なことじゃなくて。缶のこと。

# ch06_order.vn:304 · republic.biscuit_tin · annette
# source-hash: bd79d73b
ch6_biscuit_29 = 誰にも話したことはない。母にも。十二歳で眠れなくなったとき、父がお金を払って私と話をさせた男の人にも。だから、あなたはまだ十歳だったんだって、誰にも言われたことがない。自分では言ってみる。でも、効かないの。

# ch06_order.vn:306 · republic.biscuit_tin · annette
# source-hash: 05aedf13
ch6_biscuit_3 = あの女の子が――カイエが死んだ夜。あなたが朝の三時に電話してきたとき、私は明るくなるまであなたの台所の床に座って、考えてた。どうしてこんなに早く来てくれたのって訊かれたら、話そうって。あなたは訊かなかった。あんなに誰かに感謝したことはないし、あんなにがっかりしたこともない。

# ch06_order.vn:308 · republic.biscuit_tin · annette
# source-hash: c2979804
ch6_biscuit_4 = あなたと彼の同調率を上げたとき、私はこの手でやったの。誰も入ったことがないくらい深く、あなたを彼の頭の中に繋いだ。そのあいだずっと手が震えてて、あなたにはそれが声のせいだと思わせておいた。半分は、声のせいだった。

# ch06_order.vn:310 · republic.biscuit_tin · annette
# source-hash: 19e0decf
ch6_biscuit_5 = お祭りの夜、うちのバルコニーで、私は彼に挨拶した。タルトを片手に、みんなにね。彼は「こんばんは、中尉」って、とても礼儀正しく言った。私の声だってわからなかった。わかるはずないわよね。最後に聞いたのは、十歳の、扉の向こうの声だったんだから。

# ch06_order.vn:312 · republic.biscuit_tin · annette
# source-hash: 2d5473e3
ch6_biscuit_6 = バルコニーで、花火のあと、全部喉まで出かかってたの。練習もしてた。そしたらあなたがタルトのことで何か笑って、私は思った。今夜はやめよう、この子には今夜をあげよう、って。いつもそう思うの。九年間、今夜はやめよう、の繰り返し。

# ch06_order.vn:313 · republic.biscuit_tin · annette
# source-hash: 6efbc62e
ch6_biscuit_30 = 彼は生きてる。あなたの隊長よ。三十日後には、私の働いてる建物でタイプされた命令で東へ行く。そして私は、あなたが彼におやすみを言えるようにする装置を作った。それが今の私たち。話はこれで終わり。もう、あの顔をしていいわよ。

# ch06_order.vn:314 · republic.biscuit_tin · narration
# source-hash: 88b6285b
ch6_biscuit_31 = レーナはその顔をしなかった。立ち上がって作業台を回り込み、アネットの隣に、肩と肩が触れるほど近くに座って、待った。

# ch06_order.vn:315 · republic.biscuit_tin · choice
# source-hash: 081dbc61
ch6_biscuit_q1 = アネットは最後まで話しきった。今、それが何だったのかを告げられるのを待っている。

# ch06_order.vn:316 · republic.biscuit_tin · option
# source-hash: be42fda5
ch6_biscuit_o1 = 「自分で伝えて。回線は私が開くから」

# ch06_order.vn:319 · republic.biscuit_tin · annette
# source-hash: 940f9c51
ch6_biscuit_7 = ……本気なのね。私に環を渡して、横に座って、私が……

# ch06_order.vn:320 · republic.biscuit_tin · lena
# source-hash: f1711c29
ch6_biscuit_32 = そばに座ってる。

# ch06_order.vn:321 · republic.biscuit_tin · annette (angry)
# source-hash: 638dc647
ch6_biscuit_33 = もう八歳じゃないのよ。声があるの。九年分の声が。その声の全部が、私のしたことを知ってる。

# ch06_order.vn:322 · republic.biscuit_tin · lena
# source-hash: 8e4658e8
ch6_biscuit_34 = あなたがしたことなら、彼はもう知ってる。扉の向こう側にいたんだから。知らないのは、どうしてなのか、だけ。

# ch06_order.vn:323 · republic.biscuit_tin · narration
# source-hash: 94c86498
ch6_biscuit_35 = アネットはそれを平手打ちのように受けた。それが当たるのをレーナは見届け、撤回はしなかった。

# ch06_order.vn:324 · republic.biscuit_tin · annette (sad)
# source-hash: 892c758f
ch6_biscuit_36 = 今夜は無理。出発の前に。出発の前にはやる。そんな目で見ないで、出発の前って言ったでしょ。ひどい友達。ほんとにひどい、頑固な友達。

# ch06_order.vn:325 · republic.biscuit_tin · option
# source-hash: 8dde1c83
ch6_biscuit_o2 = 「あなたが話すことよ。私は彼にひと言も言わない」

# ch06_order.vn:327 · republic.biscuit_tin · annette
# source-hash: 5c7dee2d
ch6_biscuit_8 = ……ありがとう。

# ch06_order.vn:328 · republic.biscuit_tin · narration
# source-hash: b93da8b4
ch6_biscuit_37 = アネットはレーナの肩に頭をのせ、そのままにしていた。長いあいだ、二人とも何も言わなかった。研究室が、二人のまわりで低く唸っていた。

# ch06_order.vn:329 · republic.biscuit_tin · narration
# source-hash: 04fe98e1
ch6_biscuit_38 = それは、レーナが彼に隠した初めてのことだった。その大きさを、彼女は翌日の夜九時に思い知った。彼がこんばんはと言い、彼女がこんばんはと返し、それ以上は何も言わなかったときに。

# ch06_order.vn:330 · republic.biscuit_tin · option
# source-hash: d045c2d0
ch6_biscuit_o3 = 「なら、今、彼を助けて。回線を東へ届かせて。途切れる先まで」

# ch06_order.vn:334 · republic.biscuit_tin · annette
# source-hash: b31de682
ch6_biscuit_9 = あら、うまいこと言うわね。本当にうまい。扉の代金をラジオで払えって。

# ch06_order.vn:335 · republic.biscuit_tin · lena
# source-hash: 73f0e9c3
ch6_biscuit_39 = そういう意味じゃ……

# ch06_order.vn:336 · republic.biscuit_tin · annette
# source-hash: 08c494e9
ch6_biscuit_40 = まさにそういう意味でしょ。それで、私はやる。そこが最悪なのよ。いかにも私がやりそうなことだもの。私がどういう人間か、知ってるでしょ。

# ch06_order.vn:337 · republic.biscuit_tin · annette (neutral)
# source-hash: 5e2fea11
ch6_biscuit_41 = 回線が届くのは、壁の外およそ八十キロまで。その先にはリミッターがある。参謀本部がつけさせたの。壁の中の誰も、書き留めなきゃならないようなものを聞かずに済むように。

# ch06_order.vn:338 · republic.biscuit_tin · annette
# source-hash: 037756c0
ch6_biscuit_42 = 手をつけたら、研究室の電力記録に出る。研究棟は夜中に何をしてるんだって、誰かが訊いてくる。

# ch06_order.vn:339 · republic.biscuit_tin · lena
# source-hash: 39313a25
ch6_biscuit_43 = 訊かせておけばいい。

# ch06_order.vn:340 · republic.biscuit_tin · annette
# source-hash: 90f61279
ch6_biscuit_44 = 訊かれるのは私じゃないわ、レーナ。あなたよ。

# ch06_order.vn:341 · republic.biscuit_tin · narration
# source-hash: 38703ddf
ch6_biscuit_45 = 彼女はもう、回路図の引き出しを開けていた。その夜、彼女はもうレーナを見なかった。一度だけ、戸口でおやすみを言うときを除いて。それも、まっすぐには見なかった。

## Scene front.gathering

# ch06_order.vn:346 · scene `front.gathering` title
# source-hash: 1787b5a3
scene-front-gathering = 集結

# ch06_order.vn:351 · front.gathering · narration
# source-hash: d1762bb4
ch6_gathering_7 = 哨戒線は干上がった運河に沿って東へ延び、屋根のない揚水場まで行って、そこで折り返していた。シンのジャガーノートとライデンのジャガーノートが、並んでその線を歩いた。その後ろに、シンが決めたとおりの間隔で、ゆるやかな縦列を組んでさらに七機が続いた。

# ch06_order.vn:352 · front.gathering · narration
# source-hash: 77a0c700
ch6_gathering_8 = いちばん軽いユナの機体が前へ出ては戻り、また前へ出た。ヌールの砲がゆっくりと北を向いては戻り、また北を向いては戻った。マティの機体は、いつものようにしんがりについていた。いちばん年下の者の後ろに、必ず誰かがいるように。

# ch06_order.vn:353 · front.gathering · narration
# source-hash: 1a19a960
ch6_gathering_1 = 揚水場でシンが止まった。縦列も彼の後ろで止まり、ライデンの知るかぎり一度もなかったほど長く、止まったままだった。

# ch06_order.vn:354 · front.gathering · raiden
# source-hash: 20ecb057
ch6_gathering_9 = シン。

# ch06_order.vn:355 · front.gathering · shin
# source-hash: 2f418cea
ch6_gathering_10 = 待て。

# ch06_order.vn:356 · front.gathering · raiden
# source-hash: dc65490a
ch6_gathering_11 = 何機だ？

# ch06_order.vn:357 · front.gathering · shin
# source-hash: a1951660
ch6_gathering_12 = 数えられない。

# ch06_order.vn:358 · front.gathering · narration
# source-hash: 40a4b8c4
ch6_gathering_13 = ライデンが彼を知ってからの長い年月で、シンに数えられなかったことは一度もなかった。

# ch06_order.vn:359 · front.gathering · shin
# source-hash: 8c228c0b
ch6_gathering_14 = 前は声だった。今は音だ。川の東で動けるものが全部、一か所に向かって動いている。

# ch06_order.vn:360 · front.gathering · raiden
# source-hash: 727b2d4c
ch6_gathering_15 = こっちへか？

# ch06_order.vn:361 · front.gathering · shin
# source-hash: 0690c914
ch6_gathering_16 = まだだ。集結している。しばらくはかかる。俺が望むほど長くはないが。

# ch06_order.vn:362 · front.gathering · raiden
# source-hash: a5899e6a
ch6_gathering_17 = で、あいつは？

# ch06_order.vn:363 · front.gathering · shin
# source-hash: f807c1c0
ch6_gathering_18 = 近づいた。前は端のほうにいた。中へ移ってきている。真ん中のほうへ。少し西に。祭りのあとからだ。

# ch06_order.vn:364 · front.gathering · narration
# source-hash: a6ed6676
ch6_gathering_19 = ライデンは東を見た。見えるものは何もなかった。それからシンのジャガーノートのキャノピーを見た。そこにも、見えるものは何もなかった。

# ch06_order.vn:366 · front.gathering · raiden
# source-hash: 3b31d671
ch6_gathering_20 = 結局、出したんだな。嘆願書。

# ch06_order.vn:367 · front.gathering · shin
# source-hash: 674c7d35
ch6_gathering_21 = 知ってる。

# ch06_order.vn:368 · front.gathering · raiden
# source-hash: 6eb95876
ch6_gathering_22 = お前は出すなって頼んだ。

# ch06_order.vn:369 · front.gathering · shin
# source-hash: 3a81188e
ch6_gathering_23 = それも知ってる。

# ch06_order.vn:371 · front.gathering · raiden
# source-hash: 2be31f50
ch6_gathering_24 = おじさんのとこに行ったってな。将軍様の。

# ch06_order.vn:372 · front.gathering · shin
# source-hash: 8a8570fb
ch6_gathering_25 = 行くと言っていた。

# ch06_order.vn:373 · front.gathering · raiden
# source-hash: 8cec8df7
ch6_gathering_26 = 何かしてくれると思うか？

# ch06_order.vn:374 · front.gathering · shin
# source-hash: 972d2eee
ch6_gathering_27 = 何かはするだろう。それが俺たちのためかどうかはわからない。

# ch06_order.vn:376 · front.gathering · raiden
# source-hash: f124bb98
ch6_gathering_28 = お前の言うことを聞いたんだな。椅子を守った。

# ch06_order.vn:377 · front.gathering · shin
# source-hash: 29d8ff72
ch6_gathering_29 = ああ。

# ch06_order.vn:378 · front.gathering · raiden
# source-hash: 68cc485b
ch6_gathering_30 = 嬉しそうじゃねえな。

# ch06_order.vn:379 · front.gathering · shin
# source-hash: 47bfcb6a
ch6_gathering_31 = 嬉しくない。

# ch06_order.vn:380 · front.gathering · raiden
# source-hash: c74885e9
ch6_gathering_32 = ひとつ訊く。一度だけだ。二度とは訊かねえ。

# ch06_order.vn:381 · front.gathering · shin
# source-hash: 9f5dd1a9
ch6_gathering_33 = 言ってみろ。

# ch06_order.vn:382 · front.gathering · raiden
# source-hash: 162ee16e
ch6_gathering_2 = 東へ。帰還なし。壁の中から呼び戻す奴もいない。三十日後、お前はあいつのほうへ歩いていって、それを止められる書類はこの世のどこにもない。その命令は、お前がずっと欲しかったものをくれるんじゃないのか？　最初から。

# ch06_order.vn:383 · front.gathering · shin
# source-hash: cfecaf5c
ch6_gathering_34 = そうだ。

# ch06_order.vn:384 · front.gathering · narration
# source-hash: 4e944018
ch6_gathering_35 = ライデンは待った。後ろの七機のジャガーノートも待った。シンが止まっていたからだ。彼らは、シンの行くところへ行く。

# ch06_order.vn:385 · front.gathering · shin
# source-hash: b8414973
ch6_gathering_36 = ひとりで行きたかった。

# ch06_order.vn:386 · front.gathering · raiden
# source-hash: f0657f4f
ch6_gathering_37 = ああ。まあな。

# ch06_order.vn:387 · front.gathering · narration
# source-hash: 73566d3c
ch6_gathering_38 = ライデンは自機を戦区のほうへ向け直した。縦列が、その後ろで向きを変えはじめた。

# ch06_order.vn:388 · front.gathering · raiden
# source-hash: 2f32a18b
ch6_gathering_39 = 残念だったな。

# ch06_order.vn:391 · front.gathering · lena
# source-hash: ec8fe1f3
ch6_gathering_3 = シン？　あなたの印が、揚水場で止まっています。もう六分です。九時じゃないのはわかっています。ごめんなさい。

# ch06_order.vn:392 · front.gathering · shin
# source-hash: 253e2001
ch6_gathering_40 = 聞いている。

# ch06_order.vn:394 · front.gathering · shin
# source-hash: a7ab3ec2
ch6_gathering_4 = 近づいている。兄が。祭りのあとから西へ動いた。奴らの真ん中のほうへ。大した距離じゃない。俺が気づく程度には動いた。

# ch06_order.vn:395 · front.gathering · lena
# source-hash: c4138f88
ch6_gathering_41 = あなたのほうへ。

# ch06_order.vn:396 · front.gathering · shin
# source-hash: 051c2281
ch6_gathering_42 = 壁のほうへだ。俺はそのあいだにいる。

# ch06_order.vn:398 · front.gathering · shin
# source-hash: 0237091c
ch6_gathering_5 = 前より近くに何かいる。東に。それが何かわかったら、話す。

# ch06_order.vn:399 · front.gathering · lena
# source-hash: 9fce8b79
ch6_gathering_43 = 話してくれますか？

# ch06_order.vn:400 · front.gathering · shin
# source-hash: 711538a3
ch6_gathering_44 = ああ。

# ch06_order.vn:403 · front.gathering · lena
# source-hash: 237e80c8
ch6_gathering_6 = 端のほうが聞こえます。この同調率でも。同調率を上げたあの夜から、雑音の下に、その端が聞こえるんです。前より数が増えています。

# ch06_order.vn:404 · front.gathering · shin
# source-hash: fbaa24a8
ch6_gathering_45 = ああ。

# ch06_order.vn:405 · front.gathering · lena
# source-hash: aa50fcc5
ch6_gathering_46 = なら、あなたが何の中に立っているのか、私にはわかります。それだけです。私がわかっているということを、知っていてほしかったんです。

# ch06_order.vn:407 · front.gathering · narration
# source-hash: 03148774
ch6_gathering_47 = 彼に話せることが、もうひとつあった。ビスケットの缶と、裏口の扉のこと。話さないと約束していた。彼女は話さなかった。

# ch06_order.vn:409 · front.gathering · shin
# source-hash: 6b73675a
ch6_gathering_48 = もう寝たほうがいい、レーナ。今夜は来ない。

# ch06_order.vn:411 · front.gathering · shin
# source-hash: 297a2493
ch6_gathering_49 = もう寝たほうがいい、ハンドラー・ワン。今夜は来ない。

# ch06_order.vn:412 · front.gathering · lena
# source-hash: eaedf9b8
ch6_gathering_50 = なら、私もどこへも行きません。みんなが戻るまで、ここにいます。

# ch06_order.vn:413 · front.gathering · narration
# source-hash: 62a64169
ch6_gathering_51 = 九つの印が戦区の中へ戻るまで、そしてそのあともしばらく、彼女は回線に残った。九人の息遣いを聞きながら。それは全員ではなかった。それでも、ひと晩には十分だった。

# ch06_order.vn:415 · front.gathering · narration
# source-hash: fbf06c6d
ch6_gathering_52 = 首の環は、帰り道のあいだずっと冷たいままだった。壁の内側で起きている者はひとりもおらず、九つの青い印が揚水場で六分間止まり、また動き出したのを見た者はいなかった。

## Scene republic.hearing

# ch07_standing.vn:17 · scene `republic.hearing` title
# source-hash: 55555633
scene-republic-hearing = 査問委員会

# ch07_standing.vn:21 · republic.hearing · narration
# source-hash: ca7363a9
ch7_hearing_11 = 九日目、彼女は四階へ呼び出された。これまで百回はその前を通り過ぎながら、一度も開いたところを見たことのない扉だった。

# ch07_standing.vn:23 · republic.hearing · narration
# source-hash: fe7c81e5
ch7_hearing_1 = 扉の奥の部屋は、背の高い男の背丈ほどまで暗色の羽目板が張られ、その上は一面の窓だった。長いテーブルが光を背にして置かれていた。その向こうに五人の将校が座っていたが、窓のせいで、彼らは五つの顔ではなく、午後の光から切り抜かれた五つの影だった。ボタンのきらめき。眼鏡の縁。ページをめくる手。

# ch07_standing.vn:24 · republic.hearing · narration
# source-hash: 098db6f9
ch7_hearing_12 = テーブルの前には椅子がひとつ。その脇に、水のグラスを置くための小さな台。部屋の隅ではタイプライターの前に書記が座り、誰かが言葉を言い終えたときにだけ、キーに触れた。

# ch07_standing.vn:25 · republic.hearing · board
# source-hash: 726cd63e
ch7_hearing_2 = ヴラディレーナ・ミリーゼ少佐。東部戦線第一戦区、スピアヘッド戦隊、ハンドラー・ワン。着席したまえ、少佐。本委員会は、貴官の指揮における不適切な点を査問するために招集されたものである。軍法会議ではない。この部屋の誰ひとり、これが軍法会議になることを望んではいない。

# ch07_standing.vn:27 · republic.hearing · narration
# source-hash: 59f7e1d0
ch7_hearing_13 = 中央の影は、それを穏やかに、ほとんど申し訳なさそうに言った。誰かが吹き込んだのだろう。彼女は良家の出で、しかるべき食卓に招かれてきた人間で、まだ救いようがある、と。

# ch07_standing.vn:29 · republic.hearing · narration
# source-hash: ce1c53b2
ch7_hearing_14 = 中央の影は、書類から顔も上げずにそれを言った。逆光の中でも、それはわかった。

# ch07_standing.vn:30 · republic.hearing · board
# source-hash: 898883f2
ch7_hearing_15 = パラレイドの記録によれば、ハンドラー・ワンは出撃予定の枠外である二十一時に、毎晩回線を開いている。それが数週間にわたって続いている。何が話されているのか。

# ch07_standing.vn:32 · republic.hearing · lena
# source-hash: d3e0c9c3
ch7_hearing_16 = おもに、スープがスープかどうかについてです。いまだ決着のついていない問題でして。

# ch07_standing.vn:33 · republic.hearing · narration
# source-hash: 2d85c76f
ch7_hearing_17 = テーブルの左端の誰かが、小さな音を漏らした。別の部屋でなら、笑い声になることを許されたかもしれない音だった。

# ch07_standing.vn:35 · republic.hearing · lena
# source-hash: 1a61d00a
ch7_hearing_18 = ほとんど何も。何を訊くべきか、まだ学んでいるところです。

# ch07_standing.vn:37 · republic.hearing · board
# source-hash: 82dedeac
ch7_hearing_3 = 貴官は交戦概要報告の備考欄に、プロセッサーの個人名を各機の操縦者として記載している。本委員会は次の一文を引用する。「上記の各機には搭乗者が存在する。本概要報告にこれを反映されたい」。以来、作戦司令部は毎朝、貴官の報告を手作業で訂正している。同司令部は、これをやめるよう貴官に求めることを本委員会に要請した。

# ch07_standing.vn:39 · republic.hearing · board
# source-hash: c77d3aa0
ch7_hearing_4 = 貴官はスピアヘッド戦隊の人事ファイルに受領の署名をした。世襲法の施行以来、第八十六区のファイルを請求した将校はひとりもいない。貴官はそれを十一日間手元に置いた。記録係によれば、貴官はメモを取っていたという。何を書き留めたのか、少佐。

# ch07_standing.vn:40 · republic.hearing · lena
# source-hash: b0660005
ch7_hearing_19 = 彼らの名前です。生年月日です。中には、ずいぶん最近の日付もありました。

# ch07_standing.vn:42 · republic.hearing · board
# source-hash: 201e38cf
ch7_hearing_5 = 八日前、貴官は自らの名において、合法な特別偵察命令に異議を唱える請願を参謀本部に提出し、戦隊の軍務記録を添付した。本委員会としては読み上げるつもりのない文言で書かれた記録である。

# ch07_standing.vn:43 · republic.hearing · lena
# source-hash: 737741ab
ch7_hearing_20 = ほとんどは日付です。それと、名前です。名前なら読み上げていただいて構いません。一分ほどで済みます。

# ch07_standing.vn:45 · republic.hearing · board
# source-hash: c30883a1
ch7_hearing_6 = 研究棟の報告によれば、パラレイド研究室が深夜零時以降、承認された計画の範囲外の作業に使用されている。ペンローズ中尉は本委員会に対し、その作業は自分ひとりの発案であり、ほかの誰のものでもないと述べた。本委員会は中尉の言を信じていない。

# ch07_standing.vn:46 · republic.hearing · narration
# source-hash: 1736ee1d
ch7_hearing_21 = レーナは表情を動かさなかった。アネットは彼女のために、窓を背にした五つの影に向かって嘘をつき、電話ではそのことを一言も口にしなかった。いかにもアネットらしかった。嘘そのものもそうだった。短く、よくできていて、あと一歩で通用するところだった。

# ch07_standing.vn:48 · republic.hearing · board
# source-hash: ecbc3933
ch7_hearing_22 = 本委員会は、貴官に参謀本部の友人がいることも承知している。その人物が本委員会の一員ではないことを、貴官には承知しておいてもらいたい。

# ch07_standing.vn:50 · republic.hearing · board
# source-hash: bcd0636a
ch7_hearing_23 = 嫌疑の一覧は短い、少佐。本委員会としては、貴官がそれを短いままにしておく決意をもってこの部屋を出ることを望む。

# ch07_standing.vn:51 · republic.hearing · board
# source-hash: 60847dd8
ch7_hearing_24 = デュヴァル大尉を証人として喚問する。

# ch07_standing.vn:54 · republic.hearing · narration
# source-hash: c3c53b55
ch7_hearing_25 = デュヴァルは制帽を小脇に抱え、とっておきの笑顔を浮かべて入ってきた。将軍の奥方たちのために取ってある笑顔だ。それはこの部屋に似合わなかった。本人もそれはわかっているらしかったが、それでも笑顔を崩さなかった。寒い教会で外套を脱がずにいる人のように。

# ch07_standing.vn:55 · republic.hearing · board
# source-hash: 9d5a8e86
ch7_hearing_26 = 大尉。貴官はミリーゼ少佐と同じ廊下に勤務しているな。

# ch07_standing.vn:56 · republic.hearing · duval (smile)
# source-hash: 9275fed5
ch7_hearing_27 = 廊下をひとつと、コーヒーメーカーをひとつ。親密なのはコーヒーメーカーのほうでね。最後の一杯をどうするかで、人となりはすっかりわかるものさ。

# ch07_standing.vn:57 · republic.hearing · board
# source-hash: 8c9b7c8d
ch7_hearing_28 = それで、少佐はどうするのだ。

# ch07_standing.vn:58 · republic.hearing · duval
# source-hash: 1ba91d2e
ch7_hearing_29 = 新しく淹れ直す。毎回だ。不自然きわまりない。何人かで苦情を申し立てたくらいさ。

# ch07_standing.vn:59 · republic.hearing · narration
# source-hash: 07f22d4d
ch7_hearing_30 = 誰も笑わなかった。デュヴァルの笑顔は習慣でその場に留まっていたが、もうそれを支えるものは何も残っていなかった。

# ch07_standing.vn:60 · republic.hearing · board
# source-hash: fdf25eae
ch7_hearing_31 = 少佐がスピアヘッド戦隊の各機を人間として扱う発言をするのを、貴官は聞いたことがあるか。

# ch07_standing.vn:61 · republic.hearing · duval (worried)
# source-hash: f51704d7
ch7_hearing_32 = 彼女は彼らを名前で呼んでいる。書類整理の都合だとばかり思っていたよ。整理にかけては、実に几帳面な人でね。

# ch07_standing.vn:62 · republic.hearing · board
# source-hash: 02274e79
ch7_hearing_33 = 川での交戦の朝、一機が失われたとき、貴官は第三管制室に居合わせた。ミリーゼ少佐は何と言ったか。

# ch07_standing.vn:63 · republic.hearing · narration
# source-hash: 6184a7fd
ch7_hearing_34 = デュヴァルはそのとき、入ってきてから初めて彼女を見た。楽な答えが彼の顔にやって来るのが、彼女には見えた。誰にも何ひとつ負わせずに済む答え。彼がそれを脇へ置くのも、見えた。

# ch07_standing.vn:64 · republic.hearing · duval (sad)
# source-hash: ba754afe
ch7_hearing_35 = 「カイエという名前でした」――彼女はそう言った。

# ch07_standing.vn:65 · republic.hearing · board
# source-hash: 7abb4fbc
ch7_hearing_36 = 当該機の識別名はキルシュブリューテである。

# ch07_standing.vn:66 · republic.hearing · duval
# source-hash: d2181cd8
ch7_hearing_7 = そのとおり。名前はカイエだった。その場にいたんだ。この部屋で、少佐以外の誰かもそれを口にしておくべきだと思ってね。そうすれば、ふたりになる。

# ch07_standing.vn:67 · republic.hearing · narration
# source-hash: a8d8eb6b
ch7_hearing_37 = それまで遅れずについてきていたタイプライターが、止まった。

# ch07_standing.vn:68 · republic.hearing · duval (worried)
# source-hash: 2c54fc38
ch7_hearing_38 = それで……それで全部だ。意見なんてものは持ち合わせていなくてね。その点じゃ有名なんだ。誰にでも訊いてみるといい。

# ch07_standing.vn:69 · republic.hearing · board
# source-hash: 2b8523e5
ch7_hearing_39 = ご苦労、大尉。下がってよろしい。

# ch07_standing.vn:70 · republic.hearing · narration
# source-hash: 57ce5b4e
ch7_hearing_40 = 戸口で、彼は振り返らなかった。その手は一度ノブをつかみそこね、それから探り当てた。彼女はデュヴァルという人間を理解したことがなかったし、彼自身も自分を理解したことはないのだろうと思っていた。そしてその午後のあいだだけは、そのふたつが同じことのように思えた。

# ch07_standing.vn:72 · republic.hearing · board
# source-hash: a98a4f32
ch7_hearing_41 = 本委員会は声明文を用意した、少佐。これを読み上げて記録に残し、署名したまえ。そうすれば、本査問は本日をもって終了する。

# ch07_standing.vn:73 · republic.hearing · narration
# source-hash: 7a6b12ba
ch7_hearing_42 = 書記が立ち上がり、彼女の前に紙を一枚置いた。その上にペンが一本、紙の縁ときっちり揃えて横たえてあった。

# ch07_standing.vn:74 · republic.hearing · narration
# source-hash: 887a352f
ch7_hearing_43 = 私は、私の指揮下に配属されたプロセッサーが第八十六区の指定機体であること、ならびに、それらに関する私の行為が不適切であったことを認める。今後は教範に従って職務を遂行することを誓約する。

# ch07_standing.vn:75 · republic.hearing · narration
# source-hash: b145e700
ch7_hearing_44 = ひどく短い声明文だった。誰かが苦心して書き上げたのだろう。

# ch07_standing.vn:76 · republic.hearing · choice
# source-hash: a8c403b4
ch7_hearing_q1 = ペンが紙の上に横たわっている。窓を背にした五つの影が、彼女が何者なのかを見定めようと待っている。

# ch07_standing.vn:77 · republic.hearing · option
# source-hash: 93075a0f
ch7_hearing_o1 = 真実を告げる。

# ch07_standing.vn:80 · republic.hearing · lena
# source-hash: 21a865d7
ch7_hearing_8 = いいえ。署名はいたしません。彼らは十二人です。名前と生年月日があります。世襲法が彼らをこの紙に書かれているものにしたとき、誰ひとり、何かに署名できる年齢ではありませんでした。私は聞いたことを報告してきました。これからも報告し続けます。それが不適切だというのなら、間違っているのは規則のほうです。

# ch07_standing.vn:81 · republic.hearing · board
# source-hash: fc9e4bef
ch7_hearing_45 = 本委員会は、少佐の回答を記録に留める。

# ch07_standing.vn:82 · republic.hearing · narration
# source-hash: d17806ea
ch7_hearing_46 = 彼女が話し終えてからも、タイプライターはしばらく鳴り続けた。そんなに多くは話していない。何か書き足しているのだろう、と彼女は思った。

# ch07_standing.vn:83 · republic.hearing · narration
# source-hash: 8c55014c
ch7_hearing_47 = その夜、彼女はスピアヘッドに、彼らを書面で「機体」と呼ぶよう求められ、断ったと伝えた。セオは、せめて失礼な言い方くらいはしたのかと訊いた。正確に言っただけだと彼女は答えた。セオは、向こうにとってはそっちのほうがこたえると言った。珍しく、冗談を言っているようには聞こえなかった。

# ch07_standing.vn:84 · republic.hearing · option
# source-hash: 9677cf19
ch7_hearing_o2 = 委員会が聞きたがっている言葉を言う。

# ch07_standing.vn:87 · republic.hearing · lena
# source-hash: 5bd14993
ch7_hearing_9 = 私は、私の指揮下に配属されたプロセッサーが第八十六区の指定機体であること、ならびに、それらに関する私の行為が不適切であったことを認める。

# ch07_standing.vn:88 · republic.hearing · narration
# source-hash: 8950e315
ch7_hearing_48 = 彼女は最後まで読み上げた。声は震えなかった。大人ばかりの部屋で、声を震わせずに朗読すること。少女の頃にそう教え込まれていて、結局、必要だったのはその教えだけだった。

# ch07_standing.vn:89 · republic.hearing · narration
# source-hash: ea595123
ch7_hearing_49 = 彼女は署名した。中央の影は温かく礼を述べ、委員会からそれ以上の質問はなかった。

# ch07_standing.vn:90 · republic.hearing · narration
# source-hash: bd7a2fa1
ch7_hearing_50 = 本部の誰かが、あの声明は規律の引き締めに役立つと考えた。声明は全部隊への通達としてタイプされ、第一戦区の週間命令にクリップで留められて、東へ送られた。三日後の夜、セオが回線で、俺たち今は「機体」なんだってね、と口にした。軽い口調だった。誰も笑わなかった。どうやって知ったのかと、彼女は訊かなかった。

# ch07_standing.vn:91 · republic.hearing · option
# source-hash: 4d8de08d
ch7_hearing_o3 = 何も言わない。その言葉は、彼ら自身の手で記録に書かせる。

# ch07_standing.vn:94 · republic.hearing · narration
# source-hash: 020e307b
ch7_hearing_10 = 彼女はペンの傍らで机の上に両手を組み、何ひとつ言わなかった。

# ch07_standing.vn:95 · republic.hearing · board
# source-hash: c3e4ea24
ch7_hearing_51 = 少佐？

# ch07_standing.vn:96 · republic.hearing · narration
# source-hash: 9654de11
ch7_hearing_52 = 一分が過ぎた。中央の影が、声明文を理解したかと尋ねた。理解しました、と彼女は答えた。それからまた、何も言わなくなった。

# ch07_standing.vn:97 · republic.hearing · narration
# source-hash: cb245176
ch7_hearing_53 = 結局、彼が自分の声でそれを読み上げ、記録に残した。誰かの声で記録に残さなければならなかったからだ。プロセッサー。指定機体。静まり返った部屋で、ひとりの娘が聞いている前で、彼はその言葉を声に出して言わなければならなかった。窓ガラスを背にした彼の輪郭を見ながら、彼女は思った。この人は、思っていたほどこれを楽しめていない。

# ch07_standing.vn:98 · republic.hearing · narration
# source-hash: c89a6a75
ch7_hearing_54 = それから彼は、少佐が署名を拒否した旨を口述しなければならず、書記はそれをタイプしなければならなかった。

# ch07_standing.vn:99 · republic.hearing · narration
# source-hash: dc6041d0
ch7_hearing_55 = その夜、シンがどうだったかと訊いた。何も言わなかった、と彼女は答えた。彼はしばらく黙っていた。「それでいい」と彼は言った。「向こうに言わせればいい」

# ch07_standing.vn:100 · republic.hearing · narration
# source-hash: 7677cd5c
ch7_hearing_56 = 外に出ると、廊下は床のワックスと温まった紙の匂いがした。その突き当たり、コーヒーメーカーのそばで、デュヴァルが新しいコーヒーを淹れていた。

## Scene front.east_of_the_line

# ch07_standing.vn:104 · scene `front.east_of_the_line` title
# source-hash: 9e2826f4
scene-front-east_of_the_line = 哨戒線の東

# ch07_standing.vn:107 · front.east_of_the_line · narration
# source-hash: 2243510d
ch7_east_7 = 十二日目、哨戒隊は日暮れの一時間前に出た。先頭にシンとライデン。その後ろに、ゆるやかな縦列を組んで、七人。

# ch07_standing.vn:108 · front.east_of_the_line · narration
# source-hash: 964f78c9
ch7_east_8 = 哨戒路は干上がった運河沿いに東へ延び、屋根のないポンプ場まで行って、そこで折り返す。ポンプ場の先には、コンクリートの杭が南北に一列に並んでいた。百メートルおきに一本。遠い昔に誰かが白く塗り、その後の風雨が灰色に塗り直した杭の列が、戦前は甜菜を育て、今は何も育てない畑を横切っている。第三管制室の地図の上では、その杭の列は赤い破線で、「哨戒限界線」と記されていた。その東には、地図の格子がなかった。

# ch07_standing.vn:109 · front.east_of_the_line · narration
# source-hash: 4ac7ce78
ch7_east_9 = 命令なしにそれを越えたプロセッサーは、喪失として記録された。共和国は、失われた者に補給はしない。探しもしない。

# ch07_standing.vn:112 · front.east_of_the_line · narration
# source-hash: 86c32450
ch7_east_1 = ポンプ場で、シンのジャガーノートは止まり、引き返さなかった。第三管制室で、レーナは画面の上の彼の青い印が動かなくなるのを見ていた。十二日前の夜に止まったのと同じ場所だった。彼女は、彼が理由を告げるのを待った。

# ch07_standing.vn:113 · front.east_of_the_line · lena
# source-hash: eb45c0a2
ch7_east_10 = アンダーテイカー？　止まっていますね。

# ch07_standing.vn:115 · front.east_of_the_line · shin
# source-hash: 4df8739a
ch7_east_11 = レーナ。頼みがある。

# ch07_standing.vn:117 · front.east_of_the_line · shin
# source-hash: 48e79f19
ch7_east_12 = ハンドラー・ワン。頼みがある。

# ch07_standing.vn:118 · front.east_of_the_line · narration
# source-hash: 8eb1bce7
ch7_east_13 = 彼が彼女に何かを頼んだのは、前に一度きりだった。十二日前の夜。それも彼女のための頼みだった。自分のために何かを頼んだことは、一度もない。気がつくと、彼女はペンをきつく握りしめていた。彼女はそれを置いた。

# ch07_standing.vn:119 · front.east_of_the_line · shin
# source-hash: 798e2286
ch7_east_14 = 一晩。杭の向こう、東へ。夜明けまでに行けるところまで行って、朝の輸送車が来る前に戻る。ひとりで。

# ch07_standing.vn:121 · front.east_of_the_line · lena
# source-hash: 5cf38b26
ch7_east_15 = ショーレイ。

# ch07_standing.vn:122 · front.east_of_the_line · shin
# source-hash: f85b5851
ch7_east_16 = ああ。

# ch07_standing.vn:124 · front.east_of_the_line · lena
# source-hash: b993f156
ch7_east_17 = お兄さんですね。

# ch07_standing.vn:125 · front.east_of_the_line · shin
# source-hash: 5a0683ab
ch7_east_18 = ああ。

# ch07_standing.vn:126 · front.east_of_the_line · shin
# source-hash: cabdc9a5
ch7_east_19 = 兄が動いた。祭りのあとから、毎晩少しずつ西へ来ている。十九日後、俺は十一人を連れて東へ行く。道を選ぶ前に、兄がどこにいるのか知っておきたい。

# ch07_standing.vn:127 · front.east_of_the_line · raiden
# source-hash: cd755930
ch7_east_20 = それと、俺たちの見てないところで兄貴に会いに行きたいんだよ、こいつは。

# ch07_standing.vn:128 · front.east_of_the_line · shin
# source-hash: 40b5e5a3
ch7_east_21 = それもある。

# ch07_standing.vn:129 · front.east_of_the_line · narration
# source-hash: 06e6bb1a
ch7_east_22 = ライデンの口調に熱はなかった。格納庫でもう何度も同じことを言ったのだろう、とレーナは思った。振り向かない背中に向かって。

# ch07_standing.vn:130 · front.east_of_the_line · lena
# source-hash: 13828471
ch7_east_23 = どうして私に訊くんですか？　黙って行くこともできるのに。朝になれば画面でわかりますけど、それでも、行くことはできるでしょう。

# ch07_standing.vn:131 · front.east_of_the_line · shin
# source-hash: 1905e33b
ch7_east_24 = 画面で見ることになる。その前に、俺の口から聞いてほしい。

# ch07_standing.vn:132 · front.east_of_the_line · shin
# source-hash: 3e6bbccc
ch7_east_25 = 駄目だと言うなら、行かない。

# ch07_standing.vn:133 · front.east_of_the_line · narration
# source-hash: 0540ee14
ch7_east_26 = 本気だった。だからこそ重かった。彼はそれを彼女の手に預け、それから自分の手を離したのだ。

# ch07_standing.vn:134 · front.east_of_the_line · choice
# source-hash: 328aa36f
ch7_east_q1 = 屋根のないポンプ場。白い杭。東から迫り上がってくる闇。そして、今度ばかりは自分のために頼んでいるシン。

# ch07_standing.vn:135 · front.east_of_the_line · option
# source-hash: 65431b85
ch7_east_o1 = 「行ってください。哨戒として記録しておきます」

# ch07_standing.vn:138 · front.east_of_the_line · shin
# source-hash: 573a9f58
ch7_east_2 = ありがとう。

# ch07_standing.vn:139 · front.east_of_the_line · raiden
# source-hash: 9f08d481
ch7_east_27 = 俺たちは杭のとこで待ってる。

# ch07_standing.vn:140 · front.east_of_the_line · shin
# source-hash: 4a777373
ch7_east_28 = 待たなくていい。

# ch07_standing.vn:141 · front.east_of_the_line · raiden
# source-hash: d81eb85a
ch7_east_29 = わかってる。

# ch07_standing.vn:143 · front.east_of_the_line · narration
# source-hash: 6d9576a9
ch7_east_30 = 彼女は通常の同調率のまま回線に残った。彼のほかには何も運んでこない率だ。彼の息遣い。凍った畝を越えていく四本の脚の、かちかちという音。一度、遠くで何か重いものが動き、シンはそれが通り過ぎるまで身じろぎもしなかった。

# ch07_standing.vn:144 · front.east_of_the_line · narration
# source-hash: 9a880e7d
ch7_east_31 = 午前二時、彼は完全に止まった。それから四十分、彼女に聞こえたのはハッチを渡る風の音だけだった。彼女は何も訊かなかった。彼の沈黙のどれが自分に向けたもので、どれがそうでないのか、もうわかるようになっていた。

# ch07_standing.vn:145 · front.east_of_the_line · narration
# source-hash: 98faac14
ch7_east_32 = 夜明けとともに、彼の印が杭の線を越えて戻ってきた。西へ、歩く速さで。

# ch07_standing.vn:146 · front.east_of_the_line · shin
# source-hash: 6ab54380
ch7_east_33 = いた。思っていたより遠い。前よりは近い。

# ch07_standing.vn:147 · front.east_of_the_line · narration
# source-hash: c1d95e7b
ch7_east_34 = その朝のうちに、彼女は「哨戒、哨戒限界線まで、接敵なし」とタイプし、署名することになる。共和国の書式に彼女が書いた、初めての嘘だった。ジャガーノート自体の記録は、見る者がいれば別のことを語るだろう。そしてあの建物では、必ず誰かが見るのだった。

# ch07_standing.vn:148 · front.east_of_the_line · option
# source-hash: b20ea37a
ch7_east_o2 = 「駄目です。ひとりでは。まだ」

# ch07_standing.vn:152 · front.east_of_the_line · shin
# source-hash: 94543893
ch7_east_3 = ……了解した。

# ch07_standing.vn:153 · front.east_of_the_line · narration
# source-hash: 435a92ff
ch7_east_35 = 彼は言い返さなかった。言い返してほしい気持ちが、半分はあった。反論に対してなら、一線を守るのはもっと楽だったろう。

# ch07_standing.vn:154 · front.east_of_the_line · lena
# source-hash: 86e8bab6
ch7_east_36 = まだ、ですよ、シン。まだ、と言ったんです。絶対に駄目だとは言っていません。

# ch07_standing.vn:155 · front.east_of_the_line · shin
# source-hash: fb98a23a
ch7_east_37 = 言ったことは聞こえてる。

# ch07_standing.vn:156 · front.east_of_the_line · narration
# source-hash: ffae6b81
ch7_east_38 = 彼の印はゆっくりと向きを変え、哨戒命令の定めるとおり、ほかの印と一緒に杭に沿って北へ進んでいった。

# ch07_standing.vn:158 · front.east_of_the_line · narration
# source-hash: 7de291ca
ch7_east_39 = 彼らは朝まで線に沿って進んだ。杭から杭へ、そして引き返して。彼女も一緒に進むように、一晩じゅう回線に残った。シンは報告すべきことがあるときだけ口を開いた。それはほとんどなかった。

# ch07_standing.vn:159 · front.east_of_the_line · narration
# source-hash: 4b53336b
ch7_east_40 = 四時少し前、ライデンの声がひとつだけ、すぐ近くで聞こえた。彼女だけに向けた声だった。

# ch07_standing.vn:161 · front.east_of_the_line · raiden
# source-hash: 86167d16
ch7_east_41 = レーナ。ライデンだ。俺だけだ。

# ch07_standing.vn:163 · front.east_of_the_line · raiden
# source-hash: 080238f1
ch7_east_42 = ハンドラー・ワン。ライデンだ。俺だけだ。

# ch07_standing.vn:164 · front.east_of_the_line · lena
# source-hash: 40662a11
ch7_east_43 = 彼、怒っていますか？

# ch07_standing.vn:165 · front.east_of_the_line · raiden
# source-hash: ddf1539c
ch7_east_44 = あいつは怒るってことをしない。一日だけ黙る。それから普通に戻る。で、どっちも見分けがつかない。見分けがつかなくなったら、それで済んだってことだ。

# ch07_standing.vn:166 · front.east_of_the_line · raiden (sad)
# source-hash: d8eaf923
ch7_east_45 = 俺は四年、あいつに駄目だって言い続けてきた。俺が言っても効かないんだ。だから。ありがとな。

# ch07_standing.vn:167 · front.east_of_the_line · option
# source-hash: a1669191
ch7_east_o3 = 「なら、私も連れていってください。同調率を上げます。私にも、お兄さんの声を聞かせて」

# ch07_standing.vn:171 · front.east_of_the_line · shin
# source-hash: fce92fee
ch7_east_4 = この前より大きく聞こえる。東のほうが数が多い。はるかに多い。

# ch07_standing.vn:172 · front.east_of_the_line · lena
# source-hash: 842895af
ch7_east_46 = なら、大きいんでしょうね。

# ch07_standing.vn:173 · front.east_of_the_line · shin
# source-hash: 5ed6343b
ch7_east_47 = ……わかった。俺の声の後ろにいろ。きつすぎたら切れ。強がって待つな。

# ch07_standing.vn:174 · front.east_of_the_line · raiden (worried)
# source-hash: cb1e137f
ch7_east_48 = シン。

# ch07_standing.vn:175 · front.east_of_the_line · shin
# source-hash: 763acf64
ch7_east_49 = 輸送車が来る前には戻る。

# ch07_standing.vn:177 · front.east_of_the_line · narration
# source-hash: fd60c9cb
ch7_east_50 = 最初のあのとき以来、アネットはレーナの操作卓の同調ダイヤルに、赤いテープを一本貼っていた。彼女が許せるぎりぎりの目盛りに。レーナはダイヤルをテープの先まで回し、さらに回し続けた。

# ch07_standing.vn:181 · front.east_of_the_line · narration
# source-hash: b59be8b5
ch7_east_51 = それは、閘門に水が満ちるように、彼女のまわりにせり上がってきた。

# ch07_standing.vn:182 · front.east_of_the_line · narration
# source-hash: 28507b73
ch7_east_52 = 声。ここまで東に来ると、何百どころではない。もっとだ。千を越えるまで辛抱強く数え、また一から数えはじめる誰か。パンはもう焼けたかと尋ねる誰か。左の扉、左の扉から、と言う女の声。かつては見知らぬ人に道を教えていた声だった。そしてそのすべての下、はるか遠くで、おびただしい数の人々がいっせいに息を吸い込み、二度と吐き出さないような音がしていた。

# ch07_standing.vn:183 · front.east_of_the_line · shin
# source-hash: 81a21b8b
ch7_east_53 = レーナ。いるか？

# ch07_standing.vn:184 · front.east_of_the_line · lena
# source-hash: 78de494f
ch7_east_54 = います。

# ch07_standing.vn:185 · front.east_of_the_line · narration
# source-hash: 67a5e0b3
ch7_east_55 = 細く、小さな声しか出なかった。彼女は彼の息遣いにしがみついた。闇の中で、吸うだけでなく吐いてもいるのは、それだけだった。

# ch07_standing.vn:186 · front.east_of_the_line · narration
# source-hash: 34844d42
ch7_east_56 = 彼は三時間、東へ進み、彼女もともに進んだ。ある声が何なのか、彼は教えてくれることもあれば、教えないこともあった。どちらなのかを尋ねないことを、彼女は覚えた。

# ch07_standing.vn:187 · front.east_of_the_line · shin
# source-hash: 81c30136
ch7_east_57 = あれだ。ほかの声の下。北東、川が曲がる先。

# ch07_standing.vn:188 · front.east_of_the_line · lena
# source-hash: c3d03be6
ch7_east_58 = 私には……

# ch07_standing.vn:189 · front.east_of_the_line · shin
# source-hash: 5870d73c
ch7_east_59 = 待て。

# ch07_standing.vn:190 · front.east_of_the_line · narration
# source-hash: 317f2806
ch7_east_60 = そして、聞こえた。

# ch07_standing.vn:191 · front.east_of_the_line · narration
# source-hash: c1bf34fd
ch7_east_61 = 男の声。若い。あるいは、止まったときには若かった声。辛抱強く、少しかすれていて、長いあいだ話し続けてきたかのようだった。同じ短い言葉を、少しも急がず、何度も何度も繰り返している。もうすぐだ。頭を下げてろ。もうすぐだ。

# ch07_standing.vn:192 · front.east_of_the_line · shin
# source-hash: cd717dbc
ch7_east_62 = あれが兄だ。

# ch07_standing.vn:193 · front.east_of_the_line · lena
# source-hash: f7945885
ch7_east_63 = 誰に言っているんですか？

# ch07_standing.vn:194 · front.east_of_the_line · shin
# source-hash: b6f8175b
ch7_east_64 = わからない。ずっとわからなかった。

# ch07_standing.vn:195 · front.east_of_the_line · narration
# source-hash: b37c234f
ch7_east_65 = 記憶のいちばん端で何かがめくれ、また静かに伏せられた。

# ch07_standing.vn:196 · front.east_of_the_line · shin
# source-hash: 3e2e8c77
ch7_east_66 = もう下げろ、レーナ。戻るぞ。

# ch07_standing.vn:197 · front.east_of_the_line · narration
# source-hash: f45b3635
ch7_east_67 = 彼女はダイヤルをテープの手前まで戻した。やがてシンと風の音だけになり、管制室が彼女のまわりに戻ってきた。上等な椅子。粗末な地図。顔が濡れていた。いつからなのか、気づかなかった。

# ch07_standing.vn:199 · front.east_of_the_line · narration
# source-hash: 5b48baf9
ch7_east_68 = 杭のところでは、七人がエンジンをアイドリングさせたまま一晩じゅう待っていた。自分たちの隊長とハンドラーが三時間そろって黙り込むのを聞き、それがまったく気に入らなかった。

# ch07_standing.vn:202 · front.east_of_the_line · narration
# source-hash: b2f37333
ch7_east_69 = 夜明けとともに、哨戒隊は畝に沿って一列縦隊で西へ帰ってきた。彼女の画面の上に、九つの青い印。二百キロ離れたところから見ると、ほとんど整然として見える列だった。

# ch07_standing.vn:204 · front.east_of_the_line · narration
# source-hash: ffb676ce
ch7_east_70 = 帰路の半ばで、これまで一度も回線で話したことのない声が口を開いた。少女の声。速く、硬い。ずっと言葉を奥歯で噛みしめていたかのような声だった。

# ch07_standing.vn:205 · front.east_of_the_line · sasha
# source-hash: b0b6c5f6
ch7_east_5 = マグパイ。ハンドラー・ワン。あたしの兄のトマスは、一度だけハンドラーに口答えした。一度だけ。

# ch07_standing.vn:206 · front.east_of_the_line · narration
# source-hash: eca14c4f
ch7_east_71 = それきりだった。また息遣いだけになった。九人分の。そのうちひとつだけが、ほかより速かった。

# ch07_standing.vn:207 · front.east_of_the_line · lena
# source-hash: da951275
ch7_east_72 = サーシャ、私……

# ch07_standing.vn:208 · front.east_of_the_line · shin
# source-hash: 0036ac5d
ch7_east_73 = よせ。今はいい。言いに来たことは、もう言った。

# ch07_standing.vn:209 · front.east_of_the_line · narration
# source-hash: 7591aeeb
ch7_east_74 = レーナはノートの名前のページを開き、サーシャの名前の横に、ごく小さく書き込んだ。「トマス。一度だけ」

# ch07_standing.vn:211 · front.east_of_the_line · narration
# source-hash: b9e2fa86
ch7_east_75 = 帰路の半ばで、聞いたことのない声が回線で口を開いた。低い声。少年の声が、男の声になりきる寸前の声。ひとつひとつの言葉を、外に出す前に量ってきたような慎重な話し方だった。

# ch07_standing.vn:212 · front.east_of_the_line · mattie
# source-hash: b7541822
ch7_east_6 = ベルリンガー。ハンドラー・ワン。ありがとう。

# ch07_standing.vn:213 · front.east_of_the_line · narration
# source-hash: 9b1be9ec
ch7_east_76 = それだけだった。回線は、また息遣いに戻った。

# ch07_standing.vn:214 · front.east_of_the_line · lena
# source-hash: 18be60b9
ch7_east_77 = シン？　今のは誰ですか？

# ch07_standing.vn:215 · front.east_of_the_line · shin
# source-hash: 868f4e24
ch7_east_78 = マティ。マティアスだ。あいつは話さない。

# ch07_standing.vn:216 · front.east_of_the_line · lena
# source-hash: fd82a5a7
ch7_east_79 = 今、話しました。

# ch07_standing.vn:217 · front.east_of_the_line · shin
# source-hash: b50f794e
ch7_east_80 = ああ。

# ch07_standing.vn:218 · front.east_of_the_line · narration
# source-hash: 0a974cf2
ch7_east_81 = マティは何のお礼を言ったのかと、彼女は訊いた。わからない、とシンは答えた。マティ自身もわかっているかどうか。それに、そこが肝心なわけでもなさそうだ、と。

# ch07_standing.vn:220 · front.east_of_the_line · narration
# source-hash: 9f089861
ch7_east_82 = 帰り道、誰も何も言わなかった。それでも彼女は息遣いで彼らを数えた。畝の上に九人、戦区で待つ三人。十二人。今ではいつも数えていた。

## Scene republic.ledger

# ch07_standing.vn:224 · scene `republic.ledger` title
# source-hash: ee4aa162
scene-republic-ledger = カールシュタールの名簿

# ch07_standing.vn:227 · republic.ledger · narration
# source-hash: e8e11ab0
ch7_ledger_8 = 十四日目の夜、十時に迎えの車が来た。運転手は、閣下はご在宅で、お越しいただければありがたいとのことです、とだけ言った。

# ch07_standing.vn:228 · republic.ledger · narration
# source-hash: 062858db
ch7_ledger_9 = 書斎は屋敷の奥にあった。食堂とその写真からは遠く離れている。レーナがこの部屋に入ったのは、生涯でせいぜい三度ほどだった。夕食のあと、父とジェロームおじさまがブランデーを持ってここへ引き上げ、扉を閉めて、幼い彼女には聞かせられない話で笑っていた部屋だ。緑の笠のランプ。何年も誰も開いていない本。暖を取るためというより、話し相手がわりに焚かれた暖炉の火。

# ch07_standing.vn:232 · republic.ledger · karlstahl
# source-hash: 33bb4aa6
ch7_ledger_1 = 二週間前、君は夜中に命令書を持ってきて、私は預かっておくと言った。二週間預かった。あれは止められない。理由は口で言うより、見せたほうがいい。君は六つの頃から、人に言われたことを何ひとつ信じない子だったからね。

# ch07_standing.vn:234 · republic.ledger · karlstahl
# source-hash: d2ae9af7
ch7_ledger_2 = 査問委員会のことは聞いた。私がその席にいなかったことは残念だ。いたところで何の助けにもならなかっただろうことは、もっと残念だがね。だが、呼んだのはそのためではない。君の戦隊の任期が終わる前に、この部屋で見ておいてもらうべきものがある。この二週間、私はそのことで臆病者だった。

# ch07_standing.vn:236 · republic.ledger · karlstahl (sad)
# source-hash: 86d73ecb
ch7_ledger_3 = この前うちの食卓についたとき、君は、私が何を傍らに子羊を食べているのかを言ってのけた。それからの数週間、君がどこかで間違っていないかと探し続けたよ。どこにもなかった。徹底的に探したのだがね。私は徹底した男なのだ。

# ch07_standing.vn:237 · republic.ledger · narration
# source-hash: a3e2265d
ch7_ledger_4 = 彼は机のいちばん下の引き出しの鍵を開け、一冊の帳面を両手で持ち上げて、ふたりのあいだの、ランプの下に置いた。

# ch07_standing.vn:238 · republic.ledger · narration
# source-hash: 59e806d3
ch7_ledger_10 = それは帳簿だった。食料品店の主人がつけていそうな、背が布張りで角に革を当てた重たいもので、埋まるまでに長い時間がかかっていた。世襲法の条文よりも厚かった。

# ch07_standing.vn:239 · republic.ledger · narration
# source-hash: d444c465
ch7_ledger_11 = 彼は最初のほうのページを開いた。罫線の引かれた欄に、小さく端正な彼の字。戦隊名、戦区、命令の日付。それぞれの下に、名前。命令書に人数しか書かれていなかったところでは、彼が名前を探し出していた。どこの誰も名前を残していなかったところには、「プロセッサー一名、氏名記録なし」と書き、行の残りを空けてあった。いつか埋まるときのために。

# ch07_standing.vn:240 · republic.ledger · karlstahl
# source-hash: 7af650bf
ch7_ledger_12 = 特別偵察。九年間の、すべての命令だ。どれも副署のために私の机に回ってくる。形式にすぎない。命令を出すのは世襲法であって、私ではない。私の署名が示すのは、人間がひとりそれを読んだ、ということだけだ。

# ch07_standing.vn:241 · republic.ledger · karlstahl
# source-hash: cd6c6a6f
ch7_ledger_13 = だから、読む。そして夜に名前を書き写す。命令が完了すると、共和国は名簿を廃棄するからだ。誰かが残しておくべきだろう。

# ch07_standing.vn:242 · republic.ledger · lena
# source-hash: bff9d7e8
ch7_ledger_14 = これが、唯一の写しなんですね。

# ch07_standing.vn:243 · republic.ledger · karlstahl
# source-hash: 136a281b
ch7_ledger_15 = これが唯一の写しだ。

# ch07_standing.vn:244 · republic.ledger · lena
# source-hash: e03d6b66
ch7_ledger_16 = 何人ですか？

# ch07_standing.vn:245 · republic.ledger · karlstahl
# source-hash: 75e1d9da
ch7_ledger_17 = 四千百六人。この春の時点で。

# ch07_standing.vn:246 · republic.ledger · narration
# source-hash: d8869e00
ch7_ledger_18 = 彼は目を落として確かめもしなかった。確かめる必要など一度もなかったのだと、彼女にはわかった。

# ch07_standing.vn:248 · republic.ledger · narration
# source-hash: 4d21f0e6
ch7_ledger_19 = 彼は分厚いページの束を一度にめくり、真ん中あたりの、筆跡が変わるところを開いた。一年分にわたって、名前は彼の丁寧な字ではなく、急いで、詰め込むように書かれ、ところどころが抜けていた。

# ch07_standing.vn:249 · republic.ledger · karlstahl
# source-hash: 1d5c0eba
ch7_ledger_20 = 四年目だ。私は一度、拒んだ。南部戦区の戦隊で、十一人。任期満了まで二年を残していた。私は命令書を、署名せずに差し戻した。

# ch07_standing.vn:250 · republic.ledger · karlstahl
# source-hash: 66cf17ed
ch7_ledger_21 = 十一日後、命令は私の次席の署名で通った。そして私は、二度と同じことをしないよう、一年間東部の担当から外された。このページは、名簿が焼かれる前に、夜、急いで記録保管室から書き写したものだ。取りこぼしもある。何人だったのかは、永遠にわからない。

# ch07_standing.vn:251 · republic.ledger · karlstahl (sad)
# source-hash: 331a9d28
ch7_ledger_22 = 止めようとすれば、こうなるのだよ、レーナ。止めようとした者が代償を払い、それでも結局は実行される。そしてそのあと、机には名前を読む者が誰もいなくなる。

# ch07_standing.vn:252 · republic.ledger · narration
# source-hash: c6fe17b3
ch7_ledger_49 = 彼は最後の記載を開いた。インクはまだ三週間と経っていなかった。「東部戦線第一戦区、スピアヘッド戦隊」。その下に十二の名前。いちばん上にシンエイ・ノウゼン。それまでの四千人と同じ、丁寧な字だった。

# ch07_standing.vn:254 · republic.ledger · narration
# source-hash: 730ecad9
ch7_ledger_50 = そのすべてを、彼女は知っていた。

# ch07_standing.vn:256 · republic.ledger · narration
# source-hash: ff0d7cfc
ch7_ledger_51 = そのうち七つの名前は、どこにも書かれているのを見たことがなかった。彼女は今、彼の筆跡でそれを読み、初めて読んだのがここだということを恥じた。

# ch07_standing.vn:258 · republic.ledger · karlstahl
# source-hash: 19206c9d
ch7_ledger_52 = あの夜、玄関広間で、私がページのいちばん下を長いこと読んでいるのを、君は見ていたね。私が読んでいたのは自分の名前だった。君が目にするより前に、私が副署していたのだ。

# ch07_standing.vn:260 · republic.ledger · karlstahl
# source-hash: 5b11fdef
ch7_ledger_53 = 君が目にするより前に、私が副署した。君の命令書のいちばん下、世襲法の条項の下に、私の名前がある。最初からずっと、あったのだ。

# ch07_standing.vn:261 · republic.ledger · narration
# source-hash: 572ce1bb
ch7_ledger_23 = 台帳の最後、最後の罫線のあとに、見返しの下に何か別のものが挟まれていた。薄い紙が一枚。二度折りたたまれ、折り目に沿って柔らかくなっている。インクはもっと茶色がかっていた。筆跡は彼のものではなかった。なぜかわかるより先に、彼女にはわかった。彼女の成績表に署名していた字だった。

# ch07_standing.vn:262 · republic.ledger · lena (surprised)
# source-hash: 57e01bca
ch7_ledger_24 = お父様の字です。

# ch07_standing.vn:263 · republic.ledger · karlstahl
# source-hash: 9b8fd5b4
ch7_ledger_25 = そうだ。名簿ではない。戦争が始まった年、あいつが君を東へ連れていった、その翌晩に書いて、私に預けたものだ。そこに挟んでおいたのは、それがあの名前たちと一緒にあるべきもののように思えたからだ。

# ch07_standing.vn:264 · republic.ledger · narration
# source-hash: a3d18f34
ch7_ledger_26 = 聞いたこともない町の名前と、「伍長」という一語が目に入った。そこで彼が、そのページの上にそっと手のひらを置いた。昔、彼女がチェスで悪手を指そうとするたびに、盤の上に手を置いたように。

# ch07_standing.vn:265 · republic.ledger · choice
# source-hash: 8c7fcad4
ch7_ledger_q1 = 暖炉の火。ランプ。机の上に開かれた四千の名前。父のページの上に置かれた、彼の手。

# ch07_standing.vn:266 · republic.ledger · option
# source-hash: 2117f03c
ch7_ledger_o1 = 「その台帳をください。読み上げられるべきです」

# ch07_standing.vn:269 · republic.ledger · karlstahl (surprised)
# source-hash: 0709c1bb
ch7_ledger_5 = 読み上げる？　どこで？

# ch07_standing.vn:270 · republic.ledger · lena
# source-hash: c2ae7a98
ch7_ledger_27 = どこででも。あらゆる場所で。広場で。幕僚会議で。議会の石段で。誰かが聞くべきなんです、おじさま。誰にも聞こえない夜に、書き留めるだけじゃなくて。

# ch07_standing.vn:271 · republic.ledger · karlstahl (worried)
# source-hash: 8481d2ae
ch7_ledger_28 = これは、法がすでに許していること以上は何も証明しない。法がしていることのすべてを証明はするがね。君が将官の机から持ち出したと言われるぞ。

# ch07_standing.vn:272 · republic.ledger · lena
# source-hash: 55d151c3
ch7_ledger_29 = 私が、持ち出したんですか？

# ch07_standing.vn:273 · republic.ledger · karlstahl
# source-hash: e0a0cf7d
ch7_ledger_30 = いや。私が君に渡すのだ。訊かれたらそう言いなさい。どちらの助けにもならんだろうがね。

# ch07_standing.vn:274 · republic.ledger · narration
# source-hash: 6f5653a9
ch7_ledger_31 = 閉じる前に、彼は見返しの下から父のページを抜き取り、古い折り目どおりにたたんで、胸ポケットにしまった。

# ch07_standing.vn:275 · republic.ledger · karlstahl
# source-hash: f7ecf5c5
ch7_ledger_32 = それは別だ。それはまだしばらく、私のものだ。

# ch07_standing.vn:276 · republic.ledger · narration
# source-hash: a4f819c3
ch7_ledger_33 = 台帳は見た目より重かった。彼女はそれを両腕で胸に抱えて車まで運んだ。幼い頃から彼女をこの屋敷から家まで送り届けてきた運転手は、お持ちしましょうとは言わなかった。

# ch07_standing.vn:277 · republic.ledger · option
# source-hash: c3a929b8
ch7_ledger_o2 = 「それは持っていてください、おじさま。そのかわり、ひとつだけ署名を」

# ch07_standing.vn:280 · republic.ledger · narration
# source-hash: 4d3f5922
ch7_ledger_34 = 彼女は軍服の内側から折りたたんだ書式を取り出し、台帳の横に広げて伸ばした。一週間持ち歩いていたものだ。補給請求書。十二人分、六十日の糧食。操縦席のフィルター。予備のアクチュエーター。弾薬。野戦用包帯。期限内の抗生物質。無線機一式と、それを動かす電池。

# ch07_standing.vn:281 · republic.ledger · karlstahl
# source-hash: 0fcd2f05
ch7_ledger_6 = これは、三十一日目以降は存在しない部隊のための補給命令だ。

# ch07_standing.vn:282 · republic.ledger · lena
# source-hash: 6ba1457f
ch7_ledger_35 = なら、三十一日目より前に署名してください。

# ch07_standing.vn:283 · republic.ledger · narration
# source-hash: 2e945f5f
ch7_ledger_36 = 彼はそれを二度読んだ。それからペンのキャップを外した。

# ch07_standing.vn:284 · republic.ledger · karlstahl
# source-hash: 66d1b349
ch7_ledger_37 = 補給廠間の移送として、私の名前で出す。届くだろう。それくらいなら、まだ私にもできる。

# ch07_standing.vn:285 · republic.ledger · karlstahl (sad)
# source-hash: db4268f1
ch7_ledger_38 = それと、委員会には、君が分別ある将校らしく、正規の手続きを踏んで私のところへ来たと伝えておこう。向こうは喜ぶだろう。あの連中は、分別のある君のほうがお好みなのだ。私もだ。我ながら救いがたい。恥じているよ。

# ch07_standing.vn:286 · republic.ledger · narration
# source-hash: fcdb4b1c
ch7_ledger_39 = 彼は父のページを後ろに挟んだまま台帳を閉じ、引き出しにしまって、鍵をかけた。

# ch07_standing.vn:287 · republic.ledger · option
# source-hash: 574fc49d
ch7_ledger_o3 = 父が生涯語り続けた兵士のことを訊く。

# ch07_standing.vn:290 · republic.ledger · lena
# source-hash: 1941d16f
ch7_ledger_40 = おじさま。私を連れ戻してくれた兵士のことです。お父様は生涯その人のことを話していた、とおっしゃいましたね。誰だったんですか？

# ch07_standing.vn:291 · republic.ledger · narration
# source-hash: ada5861e
ch7_ledger_41 = カールシュタールは長いこと彼女を見つめていた。それから手を上げ、そのページを広げて、彼女のほうへ向けた。

# ch07_standing.vn:292 · republic.ledger · narration
# source-hash: 7b44b0f9
ch7_ledger_42 = 父の字だった。急いで、強く押しつけるように書かれていた。朝が来る前に、夜がそれを奪っていくのを恐れていたかのように。町の名。火事。一時間。そして二重線が引かれた一文。「娘を運び出してくれたコロラータの兵士は、S・ノウゼン伍長という。私は、彼と握手をすることさえ思いつかなかった」

# ch07_standing.vn:293 · republic.ledger · karlstahl
# source-hash: 5a4f51f4
ch7_ledger_7 = S・ノウゼン伍長。ショーレイ・ノウゼン。君の父上は、私にその名を覚えさせた。ふたりのうちどちらかが、いつでもその名を持っていられるように。あいつは連隊に手紙を書き、その若者を表彰するよう求めた。連隊からは、その区分に属する者は表彰の対象外だと返事が来た。翌年の春、世襲法が成立した。起草したのは私だ。

# ch07_standing.vn:295 · republic.ledger · narration
# source-hash: 2aae1a4d
ch7_ledger_43 = ショーレイ。その名を一度だけ聞いたことがあった。夜更けの回線で、位置を告げるように淡々と口にされた名前。

# ch07_standing.vn:297 · republic.ledger · narration
# source-hash: d9a57625
ch7_ledger_44 = ノウゼン。ありふれた名前ではない。その名を持つ人間を、彼女はほかにひとりだけ知っていた。そして彼は一度、回線で、兄が向こうにいると言っていた。

# ch07_standing.vn:299 · republic.ledger · narration
# source-hash: 7cacbaa1
ch7_ledger_45 = もうすぐだ。頭を下げてろ。二日前の夜、杭の向こうの闇で、ひとりの男の声がそう言うのを彼女は聞いた。何度も何度も、シンの知らない誰かに向かって。記憶の片隅で、何かがページのようにめくれ、今度はその顔を見せた。煙。頬の下のざらついた襟。そして頭の上で、誰かがそう言い続けていた。外に出るまで、ずっと。

# ch07_standing.vn:300 · republic.ledger · lena (sad)
# source-hash: 2b10e550
ch7_ledger_46 = シンの、お兄さんです。

# ch07_standing.vn:301 · republic.ledger · karlstahl (sad)
# source-hash: a417f8fd
ch7_ledger_47 = 知っている。ノウゼンの名が入った君の最初の報告書が私の机を通ったときから、ずっと知っていた。そのことでも、私は臆病者だった。

# ch07_standing.vn:302 · republic.ledger · narration
# source-hash: c549b810
ch7_ledger_48 = 話しているあいだに、暖炉の火は燃え落ちていた。どちらも、立って火の面倒を見ようとはしなかった。

## Scene front.the_seven

# ch07_standing.vn:307 · scene `front.the_seven` title
# source-hash: 8033d456
scene-front-the_seven = 七人

# ch07_standing.vn:310 · front.the_seven · narration
# source-hash: dfb9ea98
ch7_seven_1 = 七人は、廊下の突き当たりの、かつていちばん幼い子どもたちの教室だった部屋で寝起きしていた。片側の壁に並ぶ外套掛けは小さな子どもの肩の高さにあり、掛け金のひとつひとつの上には、先生の丸い赤い字で書かれた名前が、まだ残っていた。どれも彼らの名前ではなかった。それを塗りつぶした者は、誰もいなかった。

# ch07_standing.vn:311 · front.the_seven · narration
# source-hash: a48d024e
ch7_seven_6 = 十五日目の夜、床の真ん中に伏せた木箱の上に、蝋燭が一本立っていた。七人はそのまわりに、寝台や床板の上に、ユナの場合は窓枠の上に座っていた。中庭の向こう、格納庫から漏れる最後の明かりの中で、扉に引かれたセオの線のうち十六本には、まだ斜線が入っていなかった。

# ch07_standing.vn:312 · front.the_seven · narration
# source-hash: 8067bb62
ch7_seven_7 = エズラは膝の上で無線機を開けていた。エズラの膝の上では、いつも何かが開いているのだ。ヌールは母親が話していた言葉で、小さく歌を口ずさんでいた。部屋の誰もその言葉はわからなかったが、歌は誰もがそらで覚えていた。十四歳にしてもう誰よりも背の高いピムは、壁にもたれて、関節ひとつずつ身体を小さく折りたたんでいた。サーシャは、何か小さく光るものを指先で何度も何度も転がしていた。トビアはビスケットの缶を抱えていた。

# ch07_standing.vn:313 · front.the_seven · narration
# source-hash: 3390869a
ch7_seven_8 = マティは、ヌールの歌がひと節の終わりに来るのを待った。それから咳払いをした。それが会議の始まりだった。

# ch07_standing.vn:314 · front.the_seven · mattie
# source-hash: 6f58f92a
ch7_seven_2 = よし。あの人の話をするって決めたんだから、あの人の話をしよう。

# ch07_standing.vn:315 · front.the_seven · pim
# source-hash: 4601ee90
ch7_seven_9 = これって会議？　セオが言ってたよ、会議っていうのは……

# ch07_standing.vn:316 · front.the_seven · yuna
# source-hash: d6acbf2a
ch7_seven_10 = 楽しいことが死にに行く場所、でしょ。セオが何て言うかなんて、みんな知ってるよ、ピム。毎日言ってるんだから。

# ch07_standing.vn:317 · front.the_seven · narration
# source-hash: f4192719
ch7_seven_11 = ユナはまったく声を立てずに笑った。肩を揺らし、片手で口を覆って。斥候機の操縦席で身につけた笑い方だった。あそこでは、音が遠くまで届いてしまうのだ。

# ch07_standing.vn:318 · front.the_seven · pim
# source-hash: 155297f9
ch7_seven_12 = 僕のほうがうまく言うつもりだったのに。

# ch07_standing.vn:319 · front.the_seven · mattie
# source-hash: edae42a5
ch7_seven_13 = 始める前に。ピムはあとから来た。切れ切れにしか聞いてない。何かを決めるなら、全部知っておくべきだ。

# ch07_standing.vn:320 · front.the_seven · narration
# source-hash: 5c9546cb
ch7_seven_14 = 皆がサーシャを見た。それから、注意深く、ほかのどこかへ目をそらした。

# ch07_standing.vn:321 · front.the_seven · sasha
# source-hash: 80a7b9a7
ch7_seven_3 = じゃあ話しなよ。ちゃんと話して。九日だった。みんな一週間くらいって言うけど。九日だよ。

# ch07_standing.vn:322 · front.the_seven · mattie
# source-hash: d1b5f8e8
ch7_seven_15 = 一昨年の冬だ。その日、暗渠のところで三人やられた。その夜、ハンドラーが回線に出てきて、稼働可能な機体の数を訊いた。そういう言い方をしたんだ。

# ch07_standing.vn:323 · front.the_seven · mattie
# source-hash: 21f2d6d3
ch7_seven_16 = それでトマスが言った。「今朝より三機少ないです。書き留めたいなら、三人の名前の綴りを言いましょうか」

# ch07_standing.vn:324 · front.the_seven · narration
# source-hash: f8a28118
ch7_seven_17 = ヌールは歌うのをやめていた。

# ch07_standing.vn:325 · front.the_seven · mattie
# source-hash: 775ee384
ch7_seven_18 = あいつが言ったのはそれだけだ。ハンドラーは、回線を閉じる前にもう、あいつを命令不服従で報告してた。二日後に命令が来た。地雷除去。線路の南の、昔の甜菜畑。ジャガーノートはなし。探り棒一本と、旗の入った袋ひとつ。

# ch07_standing.vn:326 · front.the_seven · sasha
# source-hash: 6c746578
ch7_seven_19 = 九日。

# ch07_standing.vn:327 · front.the_seven · mattie
# source-hash: 90fca97f
ch7_seven_20 = 九日だ。その夜、俺たち七人で決めた。もう二度と、ハンドラーに俺たちの声は聞かせない。名前も、コールサインも、おはようも。スピアヘッドに来たとき、隊長は一度だけ最後まで話を聞いて、じゃあ俺が話す、って言った。それを変えろと言われたことは一度もない。ただの一度も。

# ch07_standing.vn:328 · front.the_seven · pim
# source-hash: c9530209
ch7_seven_21 = でもさ、トマスはあの人のこと、気に入ったと思うよ。ね？　誰とでもしゃべる人だったんでしょ。

# ch07_standing.vn:329 · front.the_seven · sasha
# source-hash: 73cbc3e6
ch7_seven_22 = 兄貴の困ったとこは、それに尽きるんだよ。

# ch07_standing.vn:330 · front.the_seven · mattie
# source-hash: a5e02440
ch7_seven_23 = で。あの人のこと、どう思う？　蝋燭のまわり、順番に。

# ch07_standing.vn:331 · front.the_seven · yuna
# source-hash: 08973cff
ch7_seven_24 = あの人、あたしたちを数えてる。小さい声で数えてるの、聞いたもん。十二まで数えて止まったの。十二が大きな数みたいに。

# ch07_standing.vn:332 · front.the_seven · ezra
# source-hash: 90c11c25
ch7_seven_25 = あの人は、ほかのハンドラーを全部合わせたより長く回線にいる。十時にはもう環が温かくなってる。故障じゃないかと思って、自分のを開けて調べた。故障じゃなかった。ただ、あの人だってだけだ。

# ch07_standing.vn:333 · front.the_seven · pim
# source-hash: ddfb4e48
ch7_seven_26 = あの人、セオの冗談で笑うんだ。ちゃんと。お愛想のほうじゃなくて。セオは、それって頭がいい証拠だって言ってる。

# ch07_standing.vn:334 · front.the_seven · noor
# source-hash: 33e06965
ch7_seven_27 = あの人、おやすみって言うの。隊長にじゃなくて。回線に。私たち十二人みんなに。一度も返さない人たちにも。

# ch07_standing.vn:335 · front.the_seven · tobiah
# source-hash: 3476b14b
ch7_seven_28 = あの人、僕たちが話してるあいだ、書いてる。ペンの音が聞こえるんだ。それが好きなんだ。どこかに届くってことだから。

# ch07_standing.vn:336 · front.the_seven · sasha
# source-hash: b078e966
ch7_seven_29 = ハンドラーはみんな書くよ。そうやって報告するんだ。

# ch07_standing.vn:338 · front.the_seven · pim
# source-hash: 65a34992
ch7_seven_30 = でも、僕の名前を言ってくれたよ。ファイルから。ラウッカ。ちゃんと言えてた。誰もちゃんと言えないのに。ちっちゃい「ッ」のとこで、ちゃんと詰まるんだ。

# ch07_standing.vn:339 · front.the_seven · yuna
# source-hash: 7a9b68d1
ch7_seven_31 = カステラーヌって、通りの名前みたいに言ってくれた。悪い気はしなかったな。

# ch07_standing.vn:340 · front.the_seven · ezra
# source-hash: 5a74812e
ch7_seven_32 = それに、杭からの帰り道。サーシャ、お前、あの人に返事したよな。

# ch07_standing.vn:341 · front.the_seven · sasha
# source-hash: 4ce6101e
ch7_seven_33 = 返事なんかしてない。兄貴の名前を教えただけ。同じことじゃない。

# ch07_standing.vn:342 · front.the_seven · mattie
# source-hash: eec94f50
ch7_seven_34 = ああ。同じじゃない。でも、何でもないことでもない。

# ch07_standing.vn:343 · front.the_seven · narration
# source-hash: 27fc9787
ch7_seven_35 = サーシャは手の中の光るものを指で包みこみ、それには何も言わなかった。

# ch07_standing.vn:345 · front.the_seven · sasha
# source-hash: 62ce2a90
ch7_seven_36 = それにマティ、あんた、あの人にお礼言ったよね。杭からの帰り道で。聞いてたよ。

# ch07_standing.vn:346 · front.the_seven · mattie
# source-hash: d5872793
ch7_seven_37 = ひと言だけだ。礼儀だよ。話したうちに入らない。

# ch07_standing.vn:347 · front.the_seven · sasha
# source-hash: e01ac8b6
ch7_seven_38 = トマスのだって、一文だけだった。

# ch07_standing.vn:348 · front.the_seven · narration
# source-hash: fd956615
ch7_seven_39 = マティはそれに返す言葉を持たず、持っているふりもしなかった。

# ch07_standing.vn:350 · front.the_seven · ezra
# source-hash: be8e72cb
ch7_seven_40 = 隊長が杭の向こうへ行った夜。俺、戦区の無線機をつけっぱなしにしてたんだ。あの人の同調率、環でそこまで行けるなんて俺も知らなかったところまで上がってた。

# ch07_standing.vn:351 · front.the_seven · noor
# source-hash: de69cefc
ch7_seven_41 = あの人、隊長と一緒に行ったのね。

# ch07_standing.vn:352 · front.the_seven · ezra
# source-hash: d18bdfee
ch7_seven_42 = 一緒に行った。あの中へ。

# ch07_standing.vn:353 · front.the_seven · noor
# source-hash: d69d8fc7
ch7_seven_43 = 戻ってきたとき、静かだった。そのあと回線で、あの人の息を聞いたの。長いこと水の中にいた人みたいな。

# ch07_standing.vn:354 · front.the_seven · narration
# source-hash: 78639900
ch7_seven_44 = 誰も何も言わなかった。全員が、ひどい夜に隊長のそばにいて、彼に聞こえているものの端を一瞬だけ捉えたことがあった。もっと聞きたいと言った者は、ひとりもいなかった。

# ch07_standing.vn:355 · front.the_seven · narration
# source-hash: fb6914b8
ch7_seven_45 = トビアは膝の上でビスケットの缶をくるくる回していた。壁ができる前のバタービスケットの缶で、蓋には帆船の絵があり、親指の当たるところだけ塗装がすり減って地金が出ていた。蓋は針金で縛ってあった。

# ch07_standing.vn:356 · front.the_seven · ezra
# source-hash: 2140413e
ch7_seven_46 = それ、中に無線機が組めるぞ。いいやつが。蓋は接地板にちょうどいい。

# ch07_standing.vn:357 · front.the_seven · tobiah
# source-hash: 589356bd
ch7_seven_47 = これは手紙用だよ。

# ch07_standing.vn:358 · front.the_seven · ezra
# source-hash: 23d43e5a
ch7_seven_48 = わかってる。言ってみただけだ。誰かが作れるって話さ。

# ch07_standing.vn:359 · front.the_seven · narration
# source-hash: ec48e269
ch7_seven_49 = 中には何十通もの手紙が、小さく折りたたまれて入っていた。どれにもトビアの丁寧な、生徒のような字で宛名が書いてあった。母親宛て。収容所になる前は通りだった住所に。第四戦区の女の子宛て。一年前から戦区間通信網で返事をしなくなった子だ。国防省宛て。世襲法の写しを一部いただけないかと、丁寧に頼む手紙。トマス宛て。どれも出すことはできなかった。夜の輸送車の郵袋は、書類を西へ運ぶだけで、ほかには何も運ばない。それに、トビアが手紙を書いた相手のほとんどには、もう手紙を受け取る場所がなかった。

# ch07_standing.vn:361 · front.the_seven · tobiah
# source-hash: 1aa4d855
ch7_seven_50 = クレナが、カイエのを送ったんだ。ハンドラー宛てのやつ。書類の上に載せて郵袋に入れて、宛先は自分で書いてた。

# ch07_standing.vn:362 · front.the_seven · pim
# source-hash: e4508c4d
ch7_seven_51 = そんなことできるの？

# ch07_standing.vn:363 · front.the_seven · tobiah
# source-hash: fddeea35
ch7_seven_52 = 誰にもわからない。やってみた人がいないから。届いたら、二年ぶりにこの戦区から出た手紙になる。

# ch07_standing.vn:364 · front.the_seven · yuna
# source-hash: 9f50ba2f
ch7_seven_53 = で、届いたら、トビアも送るんでしょ。

# ch07_standing.vn:365 · front.the_seven · tobiah
# source-hash: 41e65f5a
ch7_seven_54 = 考えとく。

# ch07_standing.vn:366 · front.the_seven · narration
# source-hash: 70e7be8d
ch7_seven_55 = もう考えてあった。缶の底に、ほかより新しい手紙が一通あった。まだ折りたたまれておらず、書いてあるのは一行目だけ。「ハンドラー・ワンへ」

# ch07_standing.vn:368 · front.the_seven · tobiah
# source-hash: 115ea0cf
ch7_seven_56 = クレナがカイエのを見つけたんだ。ハンドラー宛てのやつ。宛名までちゃんと書いてあった。クレナは長いこと表を見てて、それからロッカーに戻した。

# ch07_standing.vn:369 · front.the_seven · pim
# source-hash: a752465a
ch7_seven_57 = なんで？

# ch07_standing.vn:370 · front.the_seven · tobiah
# source-hash: ccf010c7
ch7_seven_58 = ハンドラーがそれを欲しがるかどうか、わからなかったんだと思う。それとも、自分がハンドラーに渡したいのかどうか。まだそこにあるよ。

# ch07_standing.vn:371 · front.the_seven · narration
# source-hash: 3bb2ca5c
ch7_seven_59 = 彼自身の缶の底にも、ほかより新しい手紙が一通あった。まだ折りたたまれておらず、書いてあるのは一行目だけ。「ハンドラー・ワンへ」。彼はそれを取り出さなかった。

# ch07_standing.vn:372 · front.the_seven · pim
# source-hash: 10f59ae7
ch7_seven_60 = ひとつ読んでよ。ほら。一度も読んでくれたことないじゃん。

# ch07_standing.vn:373 · front.the_seven · narration
# source-hash: 4eae3c9a
ch7_seven_61 = トビアはサーシャを見た。サーシャは蝋燭を見ていた。しばらくして、誰も駄目だと言わなかったので、彼は蓋の針金をほどき、探すまでもなく上のほうから一通取り出して、広げた。

# ch07_standing.vn:374 · front.the_seven · tobiah
# source-hash: d4efc98b
ch7_seven_62 = 「トマスへ。今日、サーシャが暗渠のそばの残骸の中で、真鍮のボタンを見つけました。錨の模様がついています。本物の外套のボタンで、昔の海軍の、ずっと前のものだそうです。きみのものだって、サーシャは言っています。伝えておくって、僕は言いました」

# ch07_standing.vn:375 · front.the_seven · sasha
# source-hash: 55531883
ch7_seven_63 = もういい。

# ch07_standing.vn:376 · front.the_seven · narration
# source-hash: e9663e0d
ch7_seven_64 = 彼は手紙をまたたたんだ。サーシャが手を開いた。手のひらにボタンがあった。錨を上にして、何度も転がされて光っていた。

# ch07_standing.vn:377 · front.the_seven · mattie
# source-hash: 5c187f02
ch7_seven_65 = で。あの人と話すか？　蝋燭のまわり、順番に。

# ch07_standing.vn:379 · front.the_seven · yuna
# source-hash: e93b1848
ch7_seven_66 = うん。小さい声でね。ふつうは斥候が先に行くんだけど。あたしはマティのあとにする。

# ch07_standing.vn:380 · front.the_seven · pim
# source-hash: 8438bb6e
ch7_seven_67 = うん。当然うん。僕なんか何週間も前からうんだったし。

# ch07_standing.vn:381 · front.the_seven · ezra
# source-hash: 638c1774
ch7_seven_68 = ああ。回線は、話す人間が多いほうがよく働く。技術的な見解だ。

# ch07_standing.vn:382 · front.the_seven · noor
# source-hash: 0d86691f
ch7_seven_69 = ええ。

# ch07_standing.vn:383 · front.the_seven · tobiah
# source-hash: 9d203ea7
ch7_seven_70 = うん。いつかあの手紙を出すなら、誰の声の手紙なのか、あの人に知っておいてほしい。

# ch07_standing.vn:384 · front.the_seven · narration
# source-hash: cabdde7e
ch7_seven_71 = そして、サーシャの番になった。

# ch07_standing.vn:385 · front.the_seven · sasha
# source-hash: 8b0137af
ch7_seven_72 = ……兄貴なら、あの人と話したよ。誰とでも話す人だったから。理由はそれだけ。兄貴のため。あの人のためじゃない。

# ch07_standing.vn:386 · front.the_seven · mattie
# source-hash: 355248e0
ch7_seven_4 = なら、話そう。いっぺんにじゃない。びっくりさせちまう。明日の九時、あの人がこんばんはって言ったら、俺がこんばんはって返す。あの人がそれをどう受け取るか、見てみよう。

# ch07_standing.vn:387 · front.the_seven · narration
# source-hash: 1d74ba31
ch7_seven_73 = ヌールがまた、低く歌いはじめた。少しして、マティが彼女の声の下の音を見つけ、それを支えるように伸ばした。収容所に入る前、教会の聖歌隊でそうしていたように。ふたつの声が続くあいだ、七人のあいだで蝋燭が燃え尽きていった。

# ch07_standing.vn:389 · front.the_seven · yuna
# source-hash: 1061b028
ch7_seven_74 = たぶん。あの人、あたしたちを数えてるから。それで「たぶん」。

# ch07_standing.vn:390 · front.the_seven · pim
# source-hash: db260573
ch7_seven_75 = うん。っていうか。みんながうんなら、うん。

# ch07_standing.vn:391 · front.the_seven · ezra
# source-hash: 45de831f
ch7_seven_76 = わからない。あの人の声は好きだ。でも、それは理由にならない。

# ch07_standing.vn:392 · front.the_seven · noor
# source-hash: f163e53c
ch7_seven_77 = まだ。

# ch07_standing.vn:393 · front.the_seven · tobiah
# source-hash: b0d6a72c
ch7_seven_78 = 手紙を書くよ。僕にできるのはそれ。もうひとつのほうは、やり方を忘れちゃった。

# ch07_standing.vn:394 · front.the_seven · narration
# source-hash: 54f7aaf6
ch7_seven_79 = そして、サーシャの番になった。

# ch07_standing.vn:395 · front.the_seven · sasha
# source-hash: c422cd2f
ch7_seven_5 = まだ。あの人は優しい。兄貴のハンドラーだって優しかったよ、ひと月はね。あと十六日ある。最後の日にもまだ優しかったら、そのときもう一回訊いて。

# ch07_standing.vn:396 · front.the_seven · mattie
# source-hash: d926dbab
ch7_seven_80 = なら、まだだ。

# ch07_standing.vn:397 · front.the_seven · narration
# source-hash: 60724dfe
ch7_seven_81 = 誰も異を唱えなかった。ピムは何か言いたそうな顔をしたが、言わなかった。ヌールがまた低く歌いはじめ、少しして、マティが彼女の声の下の音を見つけ、それを支えるように伸ばした。

# ch07_standing.vn:398 · front.the_seven · narration
# source-hash: d8e5df2d
ch7_seven_82 = 中庭の向こうで格納庫の明かりが消え、扉の十六本の線は、闇の中で朝を待ち続けた。

## Scene republic.petals

# ch07_standing.vn:401 · scene `republic.petals` title
# source-hash: 120bd4b9
scene-republic-petals = 押し花

# ch07_standing.vn:405 · republic.petals · narration
# source-hash: f0d8cfc9
ch7_petals_4 = 十八日目、彼女は近ごろいつもそうであるように十時に帰宅し、コートを着たまま、しばらく台所に立っていた。脱ぐことを思い出したのは、そのあとだった。あと十三日。

# ch07_standing.vn:407 · republic.petals · narration
# source-hash: 05f82554
ch7_petals_1 = その封筒は、その日の午後、庁内便で執務室に届いていた。もう一枚の封筒の中に入れられ、書式がクリップで留めてあった。彼女はそれを夕方のあいだずっと胸ポケットに入れたまま、開けずに家まで持ち帰った。表書きの字が、本部の誰のものでもなかったからだ。

# ch07_standing.vn:408 · republic.petals · narration
# source-hash: 4de10d30
ch7_petals_5 = 軍用の茶封筒だった。安物で、人の手を渡るうちに柔らかくなっていた。表には、元気よく右上がりに並んだ、丸っこい鉛筆の大きな字。そのあとに小さな花の絵。「新しいほうのハンドラー・ワンへ」。その下に、もっと小さく、別の筆跡で、紙を突き破りそうなほど強く押しつけた鉛筆の字。「第一区　軍本部　第三管制室気付」。

# ch07_standing.vn:409 · republic.petals · narration
# source-hash: d0b3405a
ch7_petals_6 = 隅には、すみれ色の検閲印。「検閲済」。その下に、検閲官の鉛筆で、小さくきちんと。「内容物、植物質、乾燥。異議なし」。

# ch07_standing.vn:410 · republic.petals · narration
# source-hash: 4215105d
ch7_petals_7 = 彼女は台所のナイフで、ゆっくりと封筒の上端を切り開いた。

# ch07_standing.vn:412 · republic.petals · narration
# source-hash: 00f42f96
ch7_petals_8 = 新しいほうのハンドラー・ワンへ。こんにちは！　カイエだ。キルシュブリューテ。よくしゃべるほうのやつ。

# ch07_standing.vn:413 · republic.petals · narration
# source-hash: 44435474
ch7_petals_9 = 桜の木を見つけた。格納庫の裏の、燃料のドラム缶のそば。セオは雑草だって言うけど、セオは私のスープのこともただのスープだって言うやつだから、何についてもあてにならない。すごく小さくて、私のくるぶしくらいまでしかない。でも桃色で、花びらが五枚あって、私がもうけっていしたから、これは桜の木なのだ。

# ch07_standing.vn:414 · republic.petals · narration
# source-hash: f93d0085
ch7_petals_10 = 料理の本の、春のところの、さくらんぼのページにはさんで、いくつか押し花にしておいた。えんぎがいいように。あの本で料理するやつはいない。私はとくにしない。壁の中には野の花なんてないんだろうな。誰かが水をやる鉢植えのだけで。これには誰も水をやらない。それでも勝手に咲くんだ。

# ch07_standing.vn:415 · republic.petals · narration
# source-hash: 1ffe8e8d
ch7_petals_11 = 賭けの帳簿じゃ、セオはあなたに一日、ライデンは一週間で張ってる。私は胴元だから賭けちゃいけないんだけど、みんな外れればいいと思ってる。だから、がっかりさせないでくれよ。本物が咲くころにまだいたら、それも送る。枝ごと。検閲官がゆるしてくれたら。

# ch07_standing.vn:416 · republic.petals · narration
# source-hash: e70133ec
ch7_petals_12 = あなたの友達（そう名乗ってよければ）、カイエ・タニヤ。追伸　クレナにはないしょで。クレナの分は、あとで、本物になってから。

# ch07_standing.vn:417 · republic.petals · narration
# source-hash: 90a8f52e
ch7_petals_13 = 花は四角い油紙に包まれていた。四輪。どれも花びらが五枚で、彼女のいちばん小さな爪よりも小さい。それに、旅の途中で取れてしまった花びらが数枚。かつては桃色だった。今は、水越しに見た桃色のような色で、透かして字が読めるほど薄かった。

# ch07_standing.vn:418 · republic.petals · narration
# source-hash: e88afc89
ch7_petals_14 = そのうちの一輪に、料理の本が、言葉の切れ端をかすかに裏返しに移していた。彼女はそれを廊下の鏡にかざした。「さくら」。

# ch07_standing.vn:419 · republic.petals · narration
# source-hash: 93639ba0
ch7_petals_15 = 彼女は笑った。止める間もなく笑いがこぼれ、それから、もうひとつのものがやって来た。彼女は台所の床に、戸棚に背を預けて座りこんだ。前にも一度、座りこんだ場所だった。そして、それが来るのにまかせた。

# ch07_standing.vn:420 · republic.petals · narration
# source-hash: c7c2ec25
ch7_petals_16 = あとになって、そうできるようになってから、彼女はノートの名前のページを開き、カイエの名前の横に花を並べた。ナイフの先で一輪ずつ。そのあとに、ばらばらの花びらを。

# ch07_standing.vn:422 · republic.petals · narration
# source-hash: df48b509
ch7_petals_17 = 彼女は花を挟んだままノートを閉じ、部屋でいちばん重いものをその上に載せた。今では、それはジェロームおじさまの台帳だった。四千の名前が花を平らに押さえているのは、ふさわしいことに思えた。

# ch07_standing.vn:424 · republic.petals · narration
# source-hash: 273f4388
ch7_petals_18 = 彼女は花を挟んだままノートを閉じ、部屋でいちばん重いものをその上に載せた。学校を出てから一度も開いていない辞書だった。

# ch07_standing.vn:427 · republic.petals · narration
# source-hash: cd50278b
ch7_petals_2 = 十時十五分に電話が鳴った。夜の十時十五分に電話をかけてくる人間は、ひとりしかいなかった。

# ch07_standing.vn:428 · republic.petals · narration
# source-hash: f05b572e
ch7_petals_19 = 母は査問委員会のことを聞きつけていた。聞けば、委員会そのものより先に、委員のひとりの奥方から聞いていたらしい。

# ch07_standing.vn:429 · republic.petals · narration
# source-hash: 0de4475f
ch7_petals_20 = 母は怒っていなかった。それが恐ろしかった。落ち着いていて、現実的で、優しかった。そして、何もかも手配を済ませていた。

# ch07_standing.vn:430 · republic.petals · narration
# source-hash: eb10558d
ch7_petals_21 = 国防省の、文官の側のポスト。日曜の公式発表を起草する部署だった。数ある文言の中でも、この戦争で失われた人命はない、というあの一文を書いている部署。勤務時間は決まっている。窓もある。大臣の私設秘書は古い友人で、異動は月末に、昇進という形で、目立たずに済ませられる。誰もそれを別の名で呼ぶ必要はない。レーナは署名するだけでいい。

# ch07_standing.vn:431 · republic.petals · narration
# source-hash: f014beff
ch7_petals_22 = それから、財務省の、とても良い家柄のあの青年が、またあなたのことを尋ねてきたのよ。日曜に湖で昼食会があるの。あなたが顔を出しても、誰も少しも気にしないわ。

# ch07_standing.vn:432 · republic.petals · lena
# source-hash: 3d72d0af
ch7_petals_23 = 考えてみます、お母様。

# ch07_standing.vn:433 · republic.petals · narration
# source-hash: e6aff63d
ch7_petals_24 = 母にその言葉を言って、それが本心だったのは、生まれて初めてだった。彼女は受話器を置き、廊下に立ち尽くした。自分が怖かった。

# ch07_standing.vn:435 · republic.petals · narration
# source-hash: 2adb3c26
ch7_petals_25 = それから台所に戻って、ノートの名前のページを開き、そのまま座っていた。国防省のことは少しも考えなかった。それが答えだった。その答えにたどり着くまでにこれほどかかったことを、彼女は恥じた。

# ch07_standing.vn:436 · republic.petals · narration
# source-hash: 9911b77e
ch7_petals_26 = 東へ二百キロ。名前を書いたテープが貼られ、そのあとに小さな花が描き添えられたロッカーの中で、丸っこい大きな字で「新しいほうのハンドラー・ワンへ」と宛名の書かれた封筒が、クレナが戻したその場所に置かれていた。

# ch07_standing.vn:438 · republic.petals · narration
# source-hash: 5b2d99f8
ch7_petals_27 = ノートを閉じる前に、彼女はシンの名前の下に、もうひとつ名前を書いた。ショーレイ・ノウゼン。そしてその横に、ページに余白があったので。「伍長。私を運び出してくれた人。もうすぐだ、と言ってくれた」

# ch07_standing.vn:440 · republic.petals · narration
# source-hash: 2fe7d895
ch7_petals_28 = ノートを閉じる前に、彼女はシンの名前の下に、もうひとつ名前を書いた。ショーレイ・ノウゼン。そしてその横に、ページに余白があったので。「伍長。私を運び出してくれた人。顔は覚えていない」

# ch07_standing.vn:442 · republic.petals · narration
# source-hash: 03e506c9
ch7_petals_29 = 台所のテーブルの引き出しの、布巾の下には、末尾にジェロームおじさまの署名が入った補給請求書のカーボン複写があった。彼女は毎晩、それがまだそこにあるか確かめた。馬鹿げている。馬鹿げているとわかっていて、それでも確かめた。

# ch07_standing.vn:444 · republic.petals · narration
# source-hash: 395ecfe4
ch7_petals_3 = 査問委員会からの通知は十五日目に届いた。ハンドラー・ワンは、審査の結論が出るまで、暫定的に現職に留任する。彼女は階段でそれを読み、その中で意味を持つ言葉は「暫定的に」だけだと理解した。

# ch07_standing.vn:445 · republic.petals · narration
# source-hash: 801da844
ch7_petals_30 = 彼女の執務室は地下の、記録室の隣に移されていた。今では毎朝、記録係が紅茶を運んでくれた。縁の欠けたカップで、欠けたところをいつも彼女から遠いほうへ向けて。上の階では、母の食卓に招かれたことのある将校たちが、彼女が通りかかると急に掲示板に夢中になった。研究棟への通行証は停止されていたから、アネットとはカフェで会った。妙な時間に、陰謀を企む者同士のように。

# ch07_standing.vn:446 · republic.petals · narration
# source-hash: 26181617
ch7_petals_31 = 彼女はいろいろなものを数えるようになっていた。見たこともない格納庫の扉に記された日数。回線の上の息遣い。本部でまだおはようと言ってくれる人たち。最後の数は、最初の数よりも速く減っていった。

# ch07_standing.vn:447 · republic.petals · narration
# source-hash: b8e41461
ch7_petals_32 = レギオンが壁まで来たら――そしてシンは、何かが来ると言っていた――暫定留任中のハンドラーに何かを預ける者など、いないだろう。それはわかっていた。それでも彼女は毎晩軍服にアイロンをかけ、ベッドから見えるところに掛けておいた。

# ch07_standing.vn:449 · republic.petals · narration
# source-hash: 55d70899
ch7_petals_33 = 査問委員会からの通知は十五日目に届いた。協力への謝意が述べられていた。廊下では、また人々がおはようと声をかけてくるようになった。母の友人たちから電話がかかってきた。執務室の暖房は、頼みもしないのに誰かが直していた。

# ch07_standing.vn:450 · republic.petals · narration
# source-hash: e05800d5
ch7_petals_34 = 彼女はその通知を、開けることのない引き出しにしまっていた。そして夜、窓が暗くなって自分の姿を映すと、先に目をそらすのは、いつも自分のほうだった。

# ch07_standing.vn:451 · republic.petals · narration
# source-hash: 7dd73815
ch7_petals_35 = 彼女は台所の明かりを消し、癖で一度だけ喉元の環に触れて、そこにあることを確かめてから、ベッドに入った。朝になれば、あと十二日。

## Scene republic.range

# ch08_last_week.vn:15 · scene `republic.range` title
# source-hash: 5aa0e160
scene-republic-range = 八十キロ

# ch08_last_week.vn:21 · republic.range · narration
# source-hash: 6edb2a54
ch8_range_1 = 残り七日。夜の研究棟は廊下を一本だけ灯していて、その突き当たりにアネットの研究室があった。彼女が粘り強く掛け合ってようやく手に入れた窓には、外のものは何も映らなかった。映り返っているのは作業台と、その上に身をかがめる二人の女の姿だけだった。

# ch08_last_week.vn:22 · republic.range · narration
# source-hash: 760b3299
ch8_range_7 = 作業台には、共和国自身が作った東部戦線の地図が広げてあった。きれいな、緑色の地図。アネットはその上に鉛筆で円を描いていた。円の中心は第一戦区。縁は壁から八十キロ先にあって、縁の向こうには、彼女は何ひとつ書き込んでいなかった。

# ch08_last_week.vn:23 · republic.range · annette
# source-hash: b28b0a53
ch8_range_8 = 届くのはそこまで。八十キロ。乾いた夜で、風がおとなしくしててくれれば八十三。その先は結晶が彼らを見つけられないし、それ以上頑張ることも許されてないの。

# ch08_last_week.vn:24 · republic.range · lena
# source-hash: d76b9360
ch8_range_9 = 誰が許さないの？

# ch08_last_week.vn:25 · republic.range · narration
# source-hash: d897ef08
ch8_range_10 = アネットは引き出しを開け、マッチ箱ほどの大きさしかない灰色のものを取り出した。両端から一本ずつ導線が出ている。何でもないものに見えた。この研究室の大事なものは、たいてい何でもないものに見えた。

# ch08_last_week.vn:26 · republic.range · annette
# source-hash: fd70320a
ch8_range_11 = これ。予備よ。ハンドラーの装置には全部ひとつずつ入ってて、私のにも入ってる。リミッター。

# ch08_last_week.vn:27 · republic.range · annette
# source-hash: 0c3fa4bc
ch8_range_12 = 信号が細くなると、回線は足りない分を埋めようとして、ハンドラーの中へもっと深く手を伸ばすの。それに「だめ」って言うのがこれ。一秒に四十回くらい、だめって言ってる。

# ch08_last_week.vn:28 · republic.range · annette
# source-hash: 1d7e626a
ch8_range_13 = 参謀本部がこれを欲しがったのは、線の向こうの、記録しなきゃならなくなるようなものを、壁の内側の誰にも聞かせないため。私がこれを作ったのは、壁の内側の誰も傷つかないため。これは両方やってのけるの。あの人たちに頼まれたものの中で、作ってよかったと思えたのはこれだけ。

# ch08_last_week.vn:29 · republic.range · annette (worried)
# source-hash: 1a6c0db2
ch8_range_14 = これを外せば、回線は彼らが行くところまでついていく。一キロごとに薄くなりながらね。つなぎとめておくのに、ハンドラーのほうからどんどん多くを持っていく。なのに、もう十分持っていったって告げてくれるものは、装置の中にひとつも残らない。

# ch08_last_week.vn:30 · republic.range · lena
# source-hash: 5262f7f2
ch8_range_15 = 規則のほうは？

# ch08_last_week.vn:31 · republic.range · annette
# source-hash: d802d661
ch8_range_16 = 「いかなるハンドラーも、その装備によって害されてはならない」。私のいちばん好きな規則よ。起草したの、私だから。

# ch08_last_week.vn:33 · republic.range · annette (sad)
# source-hash: 95c0be82
ch8_range_2 = 実はもう始めてるの。あなたに頼まれた夜から。筐体にネジが六本あってね。眠れない夜に一本外して、朝になったら、誰かに見られたときのために元に戻す。だから厳密に言うと、一本目のネジを十九回外したことになるわね。

# ch08_last_week.vn:34 · republic.range · narration
# source-hash: 3f56f6d3
ch8_range_17 = 鉛筆の円のまわりには、もうひと回り大きな二つ目の円の名残があった。描いては消し、また描いた跡だった。

# ch08_last_week.vn:35 · republic.range · annette
# source-hash: 2093bc0f
ch8_range_18 = あなたの査問で、この部屋のことを訊かれたでしょ。電力ログのこと。それ以来、ネジに関してはちょっとだけ臆病になってる。

# ch08_last_week.vn:37 · republic.range · narration
# source-hash: 778157ef
ch8_range_19 = レーナは頼まなかった。まだ、頼まなかった。少佐が中尉に命じられるようなことではなかったし、友人が頼めることかどうかさえ怪しかった。友人として頼めるのも、一度きりだろう。

# ch08_last_week.vn:38 · republic.range · annette (worried)
# source-hash: de69e7b9
ch8_range_20 = 頼むつもりでしょ。どう切り出すか決めてるのが見えるもの。見えてるってこと、記録に残しておいてほしいわね。

# ch08_last_week.vn:40 · republic.range · lena
# source-hash: 676b75e0
ch8_range_21 = それと、もうひとつのことも、アネット。

# ch08_last_week.vn:41 · republic.range · narration
# source-hash: b77aac0a
ch8_range_22 = アネットは、暴発でもしかねないもののように、ひどく慎重にリミッターを作業台に置いた。

# ch08_last_week.vn:42 · republic.range · annette (sad)
# source-hash: 378c2583
ch8_range_23 = わかってる。今週だけで四回、チャンネルを開いたわ。一度なんか、息を吹き込むところまでいった。それで閉じたの。向こうはたぶん、故障だと思ってる。故障には違いないわ。壊れてるのは私だけど。

# ch08_last_week.vn:43 · republic.range · annette
# source-hash: a7947bdc
ch8_range_24 = 今週できるのはひとつだけよ、レーナ。二つは無理。リミッターは作業台で七晩。もうひとつは、たった五分で済むこと。それを私は九年間、やらずにきたの。

# ch08_last_week.vn:44 · republic.range · choice
# source-hash: 651545bd
ch8_range_q1 = 二人のあいだの作業台で、リミッターが一秒に四十回、「だめ」と言いつづけている。

# ch08_last_week.vn:45 · republic.range · option
# source-hash: eb97bdc2
ch8_range_o1 = 「外して」

# ch08_last_week.vn:50 · republic.range · annette
# source-hash: 11faefc8
ch8_range_3 = わかった。なら今夜は、戻さない。難しいのはずっとそこだったの。ネジじゃなくて。戻すほう。

# ch08_last_week.vn:51 · republic.range · narration
# source-hash: 9f8f9fa0
ch8_range_25 = 彼女はコートのポケットからドライバーを取り出した。どうやらここ数週間、そこに住みついていたらしい。

# ch08_last_week.vn:53 · republic.range · annette
# source-hash: 3b85f6e1
ch8_range_4 = ほかの誰に頼まれても断るわ。所長に頼まれたら、喜んで断る。自分の父親に頼まれたら、もっと喜んで断る。頼んでるのがあなただから。理由はそれだけだって、わかっておいて。

# ch08_last_week.vn:54 · republic.range · narration
# source-hash: 74ed24b6
ch8_range_26 = 彼女は工具棚からドライバーを取ってくると、何かを問いかけられでもしたように、しばらくそれを見つめていた。

# ch08_last_week.vn:55 · republic.range · annette (worried)
# source-hash: 5d00c3bf
ch8_range_27 = 出発までには外しておく。それとね、レーナ。外したら最後、回線はもう、やめどきを教えてくれない。教えるのは私。私が止めてって言ったら……

# ch08_last_week.vn:56 · republic.range · lena
# source-hash: 8b246159
ch8_range_28 = 止める。

# ch08_last_week.vn:57 · republic.range · narration
# source-hash: 38ed65ae
ch8_range_29 = この作業は週末までに電力ログに表れるだろうし、ログは上の階へ上がっていく。二人ともそのことには触れなかった。言わずもがなのことで、それでも結局は封筒に入って届く。そういうたぐいのことだった。

# ch08_last_week.vn:59 · republic.range · lena
# source-hash: da6acd79
ch8_range_30 = シンのことは？

# ch08_last_week.vn:60 · republic.range · annette
# source-hash: b4f808c6
ch8_range_31 = あとで。時間があったら。

# ch08_last_week.vn:61 · republic.range · narration
# source-hash: bada1661
ch8_range_32 = 時間はないだろう。二人ともわかっていた。どちらもそれを口にはせず、ドライバーは回りつづけた。

# ch08_last_week.vn:62 · republic.range · option
# source-hash: 6955f3a7
ch8_range_o2 = 「あなたが危なくなるなら、頼まない」

# ch08_last_week.vn:64 · republic.range · annette
# source-hash: c084b3cd
ch8_range_5 = 危ないのは私じゃない。あなたよ。私が失うのは、研究室ひとつだけ。

# ch08_last_week.vn:65 · republic.range · lena
# source-hash: b8be2cd1
ch8_range_33 = 名前を失うわ。結晶に刻まれたあなたの名前は消されて、告発状に書き写される。パラレイドを壊した女ってことになって、二度と何も作らせてもらえなくなる。そんなの、私が許さない、アネット。

# ch08_last_week.vn:67 · republic.range · narration
# source-hash: 2b3930f7
ch8_range_34 = アネットは開いた筐体を長いこと見つめていた。それから、二十回目になるネジを元に戻した。そして今度は、もう外さなかった。

# ch08_last_week.vn:68 · republic.range · annette (sad)
# source-hash: 74466411
ch8_range_35 = ありがとう。ほっとしてる自分が嫌。嫌なんだってこと、わかっておいてほしい。

# ch08_last_week.vn:69 · republic.range · annette
# source-hash: a4e01324
ch8_range_36 = 初日で圏外に出るわ。歩く速さなら、お昼ごろ。計算したの。答えが変わらないかと思って、何回も。

# ch08_last_week.vn:70 · republic.range · lena
# source-hash: cc50dff9
ch8_range_37 = なら、お昼までは一緒にいられる。

# ch08_last_week.vn:71 · republic.range · option
# source-hash: da9746c5
ch8_range_o3 = 「先に、彼と話して」

# ch08_last_week.vn:74 · republic.range · annette
# source-hash: 7e06e0ad
ch8_range_6 = そうしたら、リミッターの時間はなくなる。わかってるでしょ。作業台で七晩かかって、残りも七晩。私はその全部を作業台で過ごすつもりだったのよ。回線に近づかずに済むように。

# ch08_last_week.vn:75 · republic.range · lena
# source-hash: 4583a65e
ch8_range_38 = わかってる。だからよ。

# ch08_last_week.vn:76 · republic.range · annette (angry)
# source-hash: b2cb3c85
ch8_range_39 = 人のそんなところまでわかってるなんて、ひどい。

# ch08_last_week.vn:77 · republic.range · lena
# source-hash: 417ee202
ch8_range_40 = あなたで、さんざん練習させてもらったもの。

# ch08_last_week.vn:78 · republic.range · narration
# source-hash: f97117d1
ch8_range_41 = アネットは予備のリミッターを長いこと見つめていた。それから引き出しに戻し、引き出しを閉めた。地図の円は、元の大きさのままだった。

# ch08_last_week.vn:79 · republic.range · annette (sad)
# source-hash: 9703c18e
ch8_range_42 = 最後の夜の、前の晩。それまでは臆病者でいさせて。とことん徹底的に臆病になって、全部出し切るから。そうしたら、回線を開いて。

# ch08_last_week.vn:80 · republic.range · lena
# source-hash: 7d3b0030
ch8_range_43 = 最後の夜の、前の晩ね。

# ch08_last_week.vn:81 · republic.range · narration
# source-hash: f9b8c088
ch8_range_44 = レーナが帰るとき、研究室の明かりはまだ点いていた。その週は毎晩、何かしらの理由で、明かりは点いたままだった。

## Scene front.last_week

# ch08_last_week.vn:86 · scene `front.last_week` title
# source-hash: 7077a6a9
scene-front-last_week = 最後の一週間

# ch08_last_week.vn:89 · front.last_week · narration
# source-hash: e003b243
ch8_week_1 = 最後の一週間、格納庫は格納庫であることをやめ、人が去っていく場所になった。

# ch08_last_week.vn:90 · front.last_week · narration
# source-hash: f1c83f41
ch8_week_5 = 誰もそうは言わなかった。奥の壁沿いのロッカーがひとつ、またひとつと開け放たれ、中から物が取り出されては眺められ、二つの山のどちらかに置かれていった。その山が何を意味するのか、誰も誰にも訊かなかった。

# ch08_last_week.vn:92 · front.last_week · narration
# source-hash: 6351379b
ch8_week_6 = 毎朝、朝食の前に、セオは格納庫の扉に刻んだ線を一本ずつ消していった。数えはじめた日から一日も欠かさず続けていて、ほかの誰もそこには近づかせなかった。今朝で残りは六本。七本目を消す線は、少し手間をかけて引いてあった。

# ch08_last_week.vn:93 · front.last_week · narration
# source-hash: 01fc7d62
ch8_week_7 = 線が十本を切ってから、彼はその下に別のことを書きはじめていた。滑走路の向こう端からでも読めるほど大きな字で。

# ch08_last_week.vn:94 · front.last_week · narration
# source-hash: 0330517a
ch8_week_8 = 「六番ベイ、雨漏りあり。ストーブは左側が熱くなる。給水塔――はしご三段欠け、四段目も信用するな。スープ――やめとけ」

# ch08_last_week.vn:95 · front.last_week · pim
# source-hash: 789e678d
ch8_week_9 = それ、誰に書いてるの？

# ch08_last_week.vn:96 · front.last_week · narration
# source-hash: e2db5b05
ch8_week_10 = ピムは弾薬箱に腰かけ、膝を耳のあたりまで引き上げていた。何に座るときでも、ピムはそういう座り方をした。

# ch08_last_week.vn:97 · front.last_week · theo
# source-hash: 3778c56a
ch8_week_11 = 次の連中。次の連中ってのは、いつだって来るんだよ。

# ch08_last_week.vn:98 · front.last_week · pim
# source-hash: a75b43d4
ch8_week_12 = 読まないよ、そんなの。

# ch08_last_week.vn:99 · front.last_week · theo (smile)
# source-hash: 294803b7
ch8_week_13 = 字が書いてある扉は、誰だって読むさ。扉ってのは、そういう原理でできてんの。

# ch08_last_week.vn:100 · front.last_week · narration
# source-hash: 12160003
ch8_week_14 = 彼は一歩下がって眺め、その下に少し小さな字で一行付け足した。「格納庫の裏の墓は、俺たちのだ」

# ch08_last_week.vn:101 · front.last_week · narration
# source-hash: 13ceeade
ch8_week_15 = それから、文がまだ終わっていないかのように手を上げたまま、そこに立っていた。そして、続きは書かなかった。

# ch08_last_week.vn:103 · front.last_week · kurena
# source-hash: a3138ed6
ch8_week_16 = で、誰がその墓の面倒を見るの？

# ch08_last_week.vn:104 · front.last_week · theo
# source-hash: 74b6bff6
ch8_week_17 = 次の連中。

# ch08_last_week.vn:105 · front.last_week · kurena
# source-hash: 0270d6ed
ch8_week_18 = 次の連中は、あれが誰なのか知らないでしょ。地面に鉄くずがいっぱい刺さってるとしか思わない。引っこ抜いて、六番ベイの屋根の穴をふさぐのに使うのよ。

# ch08_last_week.vn:106 · front.last_week · raiden
# source-hash: 100cf2ab
ch8_week_19 = 六番ベイの屋根なんか、もう三年も誰も直してねえよ。

# ch08_last_week.vn:107 · front.last_week · kurena (angry)
# source-hash: 57d5cae4
ch8_week_20 = そういう話じゃない。そういう話じゃないって、わかってるくせに。

# ch08_last_week.vn:108 · front.last_week · narration
# source-hash: 47b76607
ch8_week_21 = そういう話ではなかった。では何の話なのか、誰も口にしなかった。格納庫の裏でいちばん新しいのは、カイエの墓標だった。あの川からずっといちばん新しいままで、それはスピアヘッドにとっては長い時間だった。クレナは毎夕そこへ出ていき、曲がっていてもいなくても、墓標をまっすぐに直した。

# ch08_last_week.vn:110 · front.last_week · anju
# source-hash: 4f54e2ee
ch8_week_22 = 次の人たちに、名前を残していけばいいわ。書いて。自分たちが何の面倒を見てるのか、わかるように。

# ch08_last_week.vn:111 · front.last_week · tobiah
# source-hash: 83ff9e72
ch8_week_23 = 僕がやるよ。

# ch08_last_week.vn:112 · front.last_week · narration
# source-hash: 09659aa1
ch8_week_24 = トビアは作業台から顔も上げずにそう言った。戦区でいちばんきれいな字を書くのは彼で、宛先のない人たちへの手紙を詰めたビスケットの缶を持っていた。ほとんど毎晩その缶のために書いていたが、読んで聞かせてくれと頼む者はいなかった。

# ch08_last_week.vn:113 · front.last_week · tobiah
# source-hash: eb4e8ba0
ch8_week_25 = まだいない人に手紙を書くのは得意なんだ。練習なら積んでるから。

# ch08_last_week.vn:114 · front.last_week · narration
# source-hash: 371de95f
ch8_week_26 = ユナが肩だけで笑った。クレナは何か鋭いことを言いかけた顔をして、結局言わなかった。

# ch08_last_week.vn:115 · front.last_week · kurena (sad)
# source-hash: b209f949
ch8_week_27 = 同じじゃない。

# ch08_last_week.vn:116 · front.last_week · anju
# source-hash: b5209a36
ch8_week_28 = ええ。同じじゃないわね。

# ch08_last_week.vn:117 · front.last_week · narration
# source-hash: 25de40f6
ch8_week_29 = セオは扉の最後の行の下に、もうひと言だけ書いた。今度は書き終えた。「頼む」

# ch08_last_week.vn:121 · front.last_week · narration
# source-hash: 621e6c3d
ch8_week_30 = 七人はいつものように働いていた。少し離れて、そして一緒に。

# ch08_last_week.vn:122 · front.last_week · narration
# source-hash: a091b234
ch8_week_31 = エズラはライデンのジャガーノートの左後脚を外し、アクチュエーターのケースに耳を当てていた。ヌールは銃架にグリースを差しながら、母親の言葉で、終わりのないあの歌を小声で歌っていた。マティは配給の缶詰を木箱に詰めながら、低い声で数を数えていて、その数字は讃美歌のように聞こえた。サーシャは自分の光りものに囲まれて座り、どれを東へ連れていけるか選んでいた。ほとんどは連れていけなかった。彼女はずいぶん時間をかけていた。

# ch08_last_week.vn:123 · front.last_week · ezra
# source-hash: a7740164
ch8_week_32 = 鳴いてる。

# ch08_last_week.vn:125 · front.last_week · raiden
# source-hash: 03466e5f
ch8_week_33 = 冬からずっと鳴いてるだろ。

# ch08_last_week.vn:126 · front.last_week · ezra
# source-hash: ff396f1c
ch8_week_34 = 違う音で鳴いてる。

# ch08_last_week.vn:127 · front.last_week · narration
# source-hash: 0021182f
ch8_week_35 = ライデンは耳を澄ませた。しばらくして、スパナを置いた。ライデンにとって、それは同意のしるしだった。

# ch08_last_week.vn:129 · front.last_week · narration
# source-hash: 9a193baa
ch8_week_36 = シンは自分のジャガーノートの脚を、関節ひとつずつ点検していた。ときおり手のひらを金属に当てたまま動きを止め、開いた扉の向こうの東を見やり、それからまた作業に戻った。

# ch08_last_week.vn:130 · front.last_week · raiden
# source-hash: 98011261
ch8_week_37 = 大きくなったか？

# ch08_last_week.vn:131 · front.last_week · shin
# source-hash: 2ab4135e
ch8_week_38 = 近くなった。

# ch08_last_week.vn:132 · front.last_week · narration
# source-hash: a90f79a5
ch8_week_39 = ライデンはスパナをまた手に取った。

# ch08_last_week.vn:134 · front.last_week · narration
# source-hash: 860e330e
ch8_week_40 = 彼女は今では、九時だけでなく正午にもつないでくるようになっていた。戦区の誰も、そのことには触れなかった。触れようなどと、夢にも思わなかった。

# ch08_last_week.vn:135 · front.last_week · lena
# source-hash: ccc557ae
ch8_week_41 = スピアヘッド、レーナです。今、補給計画表が手元にあります。三十一日までに、第一戦区への輸送便があと一便あります。それに何を載せればいいのか、知りたいんです。

# ch08_last_week.vn:136 · front.last_week · raiden
# source-hash: 7281962a
ch8_week_42 = 命令書じゃ「補給：なし」だろ。

# ch08_last_week.vn:137 · front.last_week · lena
# source-hash: 5dad147a
ch8_week_43 = 命令書にあるのは、出発したあとは補給なし、ということです。出発の前のことは何も書いてありません。何度も何度も読みましたから。

# ch08_last_week.vn:138 · front.last_week · shin
# source-hash: 55d03b55
ch8_week_44 = 何を送れる？

# ch08_last_week.vn:139 · front.last_week · lena
# source-hash: 58f19493
ch8_week_45 = それは、私が何に署名する覚悟があるかによります。必要なものを教えてください。全部です。私に手に入れられそうなもの、ではなく。

# ch08_last_week.vn:140 · front.last_week · raiden
# source-hash: ea0de3cf
ch8_week_46 = 糧食。弾薬。十二機分の燃料電池と、その予備。格納庫はもうないからな。フィルター。ピムより年食ってない抗生物質。ブーツ。ピムのは針金でつないであるだけだ。

# ch08_last_week.vn:141 · front.last_week · pim
# source-hash: 8d70747c
ch8_week_47 = 平気だってば。

# ch08_last_week.vn:142 · front.last_week · raiden
# source-hash: 7ef3cc5a
ch8_week_48 = 針金だろ。

# ch08_last_week.vn:144 · front.last_week · ezra
# source-hash: e8189796
ch8_week_49 = それと、長距離無線機の真空管。九番台のやつ。壁ができる前から、もう誰も作ってない。でも、そっちのどこかの引き出しに一本あるはずだ。箱に入って、誰も読んでないラベルが貼ってある。

# ch08_last_week.vn:145 · front.last_week · lena
# source-hash: 7d7d01e9
ch8_week_50 = エズラ？

# ch08_last_week.vn:146 · front.last_week · ezra
# source-hash: a2306173
ch8_week_51 = ティンカー。誰だか、わかってるだろ。

# ch08_last_week.vn:147 · front.last_week · lena
# source-hash: 93e018fa
ch8_week_52 = 真空管は見つけます、エズラ。

# ch08_last_week.vn:148 · front.last_week · narration
# source-hash: 11405953
ch8_week_53 = エズラはアクチュエーターに戻った。作業台のそばで、サーシャは仕分けの手を止め、エズラの首の環を見ていた。思いがけないことを――それも、まったく許せないわけでもないことを――しでかしたものを見る目で。

# ch08_last_week.vn:150 · front.last_week · narration
# source-hash: 6ccc594b
ch8_week_54 = ライデンが並べ終えたあと、少し間があって、紙切れが一枚、作業台の上を滑ってきた。エズラは回線では決して口をきかない。書くのだ。

# ch08_last_week.vn:151 · front.last_week · raiden
# source-hash: 18d89ddd
ch8_week_55 = それと、長距離無線機の真空管。九番台。エズラが言うには、壁ができる前から誰も作ってねえが、そっちのどこかの引き出しに一本あるはずだとさ。箱に入って、誰も読んでねえラベルが貼ってあるらしい。

# ch08_last_week.vn:152 · front.last_week · lena
# source-hash: ba9c4e89
ch8_week_56 = エズラに伝えてください。真空管は探してみます、と。

# ch08_last_week.vn:153 · front.last_week · narration
# source-hash: 1195dafa
ch8_week_57 = ライデンが伝えた。エズラは紙切れに向かってうなずき、回線のほうは見ないまま、アクチュエーターに戻った。

# ch08_last_week.vn:154 · front.last_week · choice
# source-hash: 849b23e0
ch8_week_q1 = 三十一日までに、東へ向かう輸送便はあと一便。そこに何を載せる？

# ch08_last_week.vn:155 · front.last_week · option
# source-hash: f41d4dcb
ch8_week_o1 = 積荷目録を偽造し、戦区に収まるかぎりのものを送る。

# ch08_last_week.vn:159 · front.last_week · narration
# source-hash: 09e75881
ch8_week_2 = 彼女は第一戦区の四半期補給請求書を取り出した。兵站部が三か月ごとに、読みもせずに判を押していく書類だ。文言は一語も変えなかった。変えたのは数字だった。それから積荷目録の頭に「定期補給品、コンテナ一基」と書き、署名し、三基送った。

# ch08_last_week.vn:160 · front.last_week · lena
# source-hash: e80675ac
ch8_week_58 = 済みました。どうやったかは訊かないでください。もし誰かに訊かれたら、受け取ったのは定期補給品です。

# ch08_last_week.vn:162 · front.last_week · raiden
# source-hash: ce0b1759
ch8_week_59 = レーナ、あんた何を……

# ch08_last_week.vn:164 · front.last_week · raiden
# source-hash: c7f43bf5
ch8_week_86 = ハンドラー・ワン、あんた何を……

# ch08_last_week.vn:165 · front.last_week · lena
# source-hash: 180ba906
ch8_week_60 = 定期補給品です、ライデン。

# ch08_last_week.vn:166 · front.last_week · narration
# source-hash: af0f2061
ch8_week_61 = 輸送便は四日後の夜、午前二時に来た。いつものように無人で、玄関先に小包を置いていくように、野原にコンテナを置いていった。三基あった。ライデンは懐中電灯を手にそのまわりを二周してから、ひとつを開けた。

# ch08_last_week.vn:167 · front.last_week · narration
# source-hash: 08287c3e
ch8_week_62 = 一か月分の糧食。誰も数えたくないほどの戦闘をまかなえる弾薬。燃料電池、予備部品、包装されたままのフィルター、来年の日付が入った抗生物質。いくつものサイズのブーツ、ピムにも合う長さのものが一足。そして最後の木箱には、誰も読んでいないラベルの貼られた小さな箱がひとつ。がたつかないようにそのまわりに詰められていたのは、砂糖だった。

# ch08_last_week.vn:168 · front.last_week · narration
# source-hash: 94e6ab80
ch8_week_63 = アンジュは懐中電灯の光の中でそれをひとつかみすくい、笑いだした。それから笑うのをやめ、そのまま手に持ちつづけた。

# ch08_last_week.vn:169 · front.last_week · theo
# source-hash: f315e277
ch8_week_64 = これのために、あの人、何を払ったんだろ。

# ch08_last_week.vn:170 · front.last_week · raiden
# source-hash: 1f82a5b9
ch8_week_65 = 残ってたもの全部、だろうな。俺が言ったって、あいつには言うなよ。

# ch08_last_week.vn:171 · front.last_week · option
# source-hash: 15821801
ch8_week_o2 = カールシュタールが署名したものを送る。

# ch08_last_week.vn:173 · front.last_week · narration
# source-hash: 1ba96a29
ch8_week_3 = 彼女は補給命令書を、書かれたとおりに読み上げた。将官の筆跡で、一語残らず合法な書類だった。カールシュタールは自分の机で、自分のペンでそれに署名し、そのあいだ何も言わなかった。

# ch08_last_week.vn:174 · front.last_week · lena
# source-hash: 0f0a0622
ch8_week_66 = 全部ではありません。嘘をつかずに送れるのは、これだけです。壁の中から、誰にも取り消せないものをひとつ、皆さんに持っていってほしかったんです。

# ch08_last_week.vn:175 · front.last_week · narration
# source-hash: 5bb3e7d1
ch8_week_67 = 輸送便は四日後の夜に来た。封印されたコンテナが一基。積荷目録には将官のインクで「承認済」。フィルター。期限内の抗生物質。行軍のための弾薬。ブーツ、ピムにも合う長さのものが一足。箱に入った真空管。十四日分の糧食。

# ch08_last_week.vn:176 · front.last_week · raiden
# source-hash: d111882e
ch8_week_68 = 十四日分。

# ch08_last_week.vn:177 · front.last_week · theo
# source-hash: ca8a189d
ch8_week_69 = 楽観主義者だね、あの人の将軍さまは。

# ch08_last_week.vn:178 · front.last_week · kurena
# source-hash: a73a0c21
ch8_week_70 = 今まで誰かが送ってくれた分より、十四日も多い。

# ch08_last_week.vn:179 · front.last_week · narration
# source-hash: fc7b003a
ch8_week_71 = ライデンは糧食の缶を格納庫の床に、十二個ずつ十四列、きちんと並べた。十四日がどれだけの長さか、皆に見えるように。しばらくして、彼はその列をまた崩した。

# ch08_last_week.vn:180 · front.last_week · option
# source-hash: 9e48b72b
ch8_week_o3 = 代わりに地図を送る。東について、記録保管室が知っているすべてを。

# ch08_last_week.vn:183 · front.last_week · lena
# source-hash: 5e3dc9dd
ch8_week_4 = どこかへたどり着けるだけの食糧は、送れません。誰にも送れません。でも、行き先なら送れます。

# ch08_last_week.vn:184 · front.last_week · narration
# source-hash: 20dcee22
ch8_week_72 = 記録保管室には、戦争前の東が残っていた。九年間誰も広げたことのない測量図の中に。鉄道の線路、川、町とその井戸、共和国が壁の内側へ引きこもるときに置き去りにした補給所。

# ch08_last_week.vn:186 · front.last_week · lena
# source-hash: a26e0ceb
ch8_week_73 = それに、台帳には日付があります。皆さんのような命令で東へ送られた戦隊すべての、九年分の日付です。記録保管室にある最後の位置と照らし合わせました。彼らがどの道を通ったか、お伝えできます。それから、それぞれがどこで報告を絶ったのかも。

# ch08_last_week.vn:187 · front.last_week · shin
# source-hash: 676ee0ce
ch8_week_74 = どこで途絶えたか。

# ch08_last_week.vn:188 · front.last_week · lena
# source-hash: 3374c5e0
ch8_week_75 = はい。

# ch08_last_week.vn:189 · front.last_week · shin
# source-hash: 59ccc3ce
ch8_week_76 = 役に立つ。ありがとう。

# ch08_last_week.vn:190 · front.last_week · narration
# source-hash: eec6b796
ch8_week_77 = 礼を言われるには、あまりにむごいことだった。そうなるとわかっていて、それでも彼女はそうしたのだった。

# ch08_last_week.vn:192 · front.last_week · lena
# source-hash: 4fb06ab7
ch8_week_78 = 記録係の方が見つけてくれたんです。壁ができる前から誰も頼みに来たことはない、と言って、それから一番いいものを探してきてくれました。必ず返すと約束させられて、私たちは二人とも、その約束が守られるふりをしました。

# ch08_last_week.vn:193 · front.last_week · narration
# source-hash: 66b33482
ch8_week_79 = その週は毎晩九時、彼女は回線越しにそれを一枚ずつ読み上げた。トビアがそれを自分の手紙の裏に書き写した。ほかに紙がなかったからだ。図面そのものは筒に丸められ、最後の輸送便で送られることになっていた。

# ch08_last_week.vn:194 · front.last_week · narration
# source-hash: 05c66f34
ch8_week_80 = もう誰も使わなくなった土地の名前が、回線を伝って届いた。村々。鉄道の分岐点。今もまだ川であるかもしれない川のほとりの、水車小屋。シンはそれを全部聞き、等高線を読んでくれと二度頼んだ。

# ch08_last_week.vn:195 · front.last_week · kurena
# source-hash: 778ae505
ch8_week_81 = 木のことは、何か載ってる？

# ch08_last_week.vn:196 · front.last_week · lena
# source-hash: d5f456d6
ch8_week_82 = 果樹園があります。川を越えて四十キロ、南向きの斜面に。凡例には、何の木かまでは書いてありません。

# ch08_last_week.vn:197 · front.last_week · kurena
# source-hash: f742cdfe
ch8_week_83 = 桜よ。

# ch08_last_week.vn:198 · front.last_week · narration
# source-hash: 7e2471b3
ch8_week_84 = 誰も反論しなかった。

# ch08_last_week.vn:199 · front.last_week · narration
# source-hash: 3d2a1dcc
ch8_week_85 = 格納庫の扉の線が残り二本になる頃には、ロッカーは空になり、二つの山はどちらも、山というものが行き着く先へ消えていた。どこへ行ったのか、誰も訊かなかった。

# ch08_last_week.vn:201 · front.last_week · narration
# source-hash: cdbf1326
ch8_week_99 = 最後がカイエのロッカーだった。クレナが自分で空にした。丸っこい大きな字で宛名の書かれた封筒は、どちらの山にも行かなかった。ジャケットの内ポケットに収まり、クレナはそのポケットのボタンを留めた。それが今は誰宛てなのかは、言わなかった。

## Scene republic.biscuit_tin_radio

# ch08_last_week.vn:206 · scene `republic.biscuit_tin_radio` title
# source-hash: 9dc0d924
scene-republic-biscuit_tin_radio = ビスケット缶のラジオ

# ch08_last_week.vn:211 · republic.biscuit_tin_radio · narration
# source-hash: 86b9b10a
ch8_radio_1 = 最後の夜の前の晩、八時四十五分。レーナは研究室に下りてくると、喉元の銀の環を外し、アネットの冷めた紅茶の横に置いた。

# ch08_last_week.vn:212 · republic.biscuit_tin_radio · lena
# source-hash: 58fd72b6
ch8_radio_4 = つないであるわ。ひとりで出てほしいって頼んでおいた。誰かが話したがってることは知ってる。誰なのかは知らない。

# ch08_last_week.vn:213 · republic.biscuit_tin_radio · annette
# source-hash: e9439325
ch8_radio_5 = 言わなかったのね。

# ch08_last_week.vn:214 · republic.biscuit_tin_radio · lena
# source-hash: b3f948f4
ch8_radio_6 = 私が話すことじゃないもの。廊下にいるね。

# ch08_last_week.vn:216 · republic.biscuit_tin_radio · narration
# source-hash: 3f19ac49
ch8_radio_7 = 扉が閉まった。アネットは、自分が最初に作った環とともに、ひとり残された。パラレイドにまだ名前もなかった頃の試作品で、十五歳のとき父の書斎の床に落とした傷が、内側に残っている。戦隊とつなぐのに着けたことは一度もなかった。彼女は今、それを着けた。冷たかった。それから、冷たくなくなった。

# ch08_last_week.vn:218 · republic.biscuit_tin_radio · narration
# source-hash: 8560a983
ch8_radio_8 = 風。どこかで冷えていく金属のきしみ。すぐ近くで、誰かが息をする音。

# ch08_last_week.vn:219 · republic.biscuit_tin_radio · shin
# source-hash: 509705d0
ch8_radio_9 = ノウゼンだ。

# ch08_last_week.vn:220 · republic.biscuit_tin_radio · narration
# source-hash: 356f1d87
ch8_radio_10 = 言うことは書き出してあった。三ページ、計算のときに使う小さな字で。窓辺の洋梨のタルトに向かって、声に出して読み上げもした。彼女は今、その三ページを見つめ、それから裏返した。

# ch08_last_week.vn:221 · republic.biscuit_tin_radio · annette
# source-hash: 42ca65b6
ch8_radio_11 = ノウゼン大尉。研究棟のペンローズ中尉です。私は、その……あなたのうなじにあるそれを作った者です。

# ch08_last_week.vn:222 · republic.biscuit_tin_radio · shin
# source-hash: 69f0d6bc
ch8_radio_12 = 誰が作ったかは知ってる。

# ch08_last_week.vn:223 · republic.biscuit_tin_radio · annette
# source-hash: 96c1e807
ch8_radio_13 = あなたの家の二軒先に、裏の生け垣に隙間のある家がありました。そこに女の子がいて、父親の机から盗んだ結晶を持っていて、その子が……

# ch08_last_week.vn:224 · republic.biscuit_tin_radio · shin
# source-hash: e675f069
ch8_radio_14 = ヘンリエッタ。

# ch08_last_week.vn:225 · republic.biscuit_tin_radio · narration
# source-hash: 1137b502
ch8_radio_15 = アネットは言葉を止めた。

# ch08_last_week.vn:226 · republic.biscuit_tin_radio · narration
# source-hash: 0f7e8a19
ch8_radio_16 = 何年も、誰にもそう呼ばれたことはなかった。彼がその名前をまだ持っているとは思っていなかった。自分から差し出さなければならないのだと思っていた。差し出して、彼がそれにどれだけの値打ちをつけるのかを見届けるのだと。

# ch08_last_week.vn:227 · republic.biscuit_tin_radio · annette
# source-hash: 09fb41c5
ch8_radio_17 = ……ええ。

# ch08_last_week.vn:228 · republic.biscuit_tin_radio · shin
# source-hash: 1627b8ea
ch8_radio_18 = 結晶はそっちが持ってた。缶は俺だ。

# ch08_last_week.vn:229 · republic.biscuit_tin_radio · annette
# source-hash: 9f400e4c
ch8_radio_19 = 蓋に、青い風車の絵がついてた。

# ch08_last_week.vn:230 · republic.biscuit_tin_radio · shin
# source-hash: c07023da
ch8_radio_20 = 母さんの缶だった。返してほしがってた。

# ch08_last_week.vn:231 · republic.biscuit_tin_radio · narration
# source-hash: 82c7a209
ch8_radio_21 = アネットは笑った。おかしな笑い声になったが、そのままにした。

# ch08_last_week.vn:232 · republic.biscuit_tin_radio · annette
# source-hash: c9978386
ch8_radio_22 = 最初に聞こえたのは、南部諸州の天気予報だった。

# ch08_last_week.vn:233 · republic.biscuit_tin_radio · shin
# source-hash: 2fe7e19e
ch8_radio_23 = 二日目の夜は、小麦の値段を読み上げる男だった。そいつに手紙を書きたがってた。

# ch08_last_week.vn:234 · republic.biscuit_tin_radio · annette
# source-hash: 825ac5c9
ch8_radio_24 = 書きたがってなんかない。

# ch08_last_week.vn:235 · republic.biscuit_tin_radio · shin
# source-hash: 059cf4ca
ch8_radio_25 = 手紙は書いた。出さなかっただけだ。

# ch08_last_week.vn:237 · republic.biscuit_tin_radio · narration
# source-hash: 97cc40e4
ch8_radio_26 = 彼女は手で口を覆った。忘れていた。手紙を一通まるごと忘れていたのに、彼のほうはそれを九年間運んできたのだ。あれから彼自身が運ばれていった、どんな場所をも越えて。

# ch08_last_week.vn:238 · republic.biscuit_tin_radio · annette
# source-hash: 65334ffe
ch8_radio_27 = アンテナを持ってたのは、あなた。

# ch08_last_week.vn:239 · republic.biscuit_tin_radio · shin
# source-hash: 0d2a77e9
ch8_radio_28 = 息を止めるのがうまいって、言われた。

# ch08_last_week.vn:240 · republic.biscuit_tin_radio · annette
# source-hash: 3f21cc0e
ch8_radio_29 = うまかったわよ。今もうまい。今だって、止めてるのが聞こえる。

# ch08_last_week.vn:241 · republic.biscuit_tin_radio · narration
# source-hash: 63c26734
ch8_radio_30 = 回線の向こうの息が、ふっとほどけ、一度つかえて、また続いた。

# ch08_last_week.vn:242 · republic.biscuit_tin_radio · annette
# source-hash: 827cdc81
ch8_radio_31 = お兄さんには、そんなもの絶対に鳴らないって言われたっけ。

# ch08_last_week.vn:243 · republic.biscuit_tin_radio · shin
# source-hash: f0555781
ch8_radio_32 = あとで、兄さんも聴いてた。俺が寝たと思ってるときに。

# ch08_last_week.vn:244 · republic.biscuit_tin_radio · narration
# source-hash: fe173171
ch8_radio_33 = 兄のことは訊かなかった。彼がどこへ向かうのか、レーナから聞いて知っていた。それを自分に訊かれたくはないだろうことも、わかっていた。兄の話に触れる資格など、自分にはない。缶の話をする資格があるのかさえ、わからなかった。

# ch08_last_week.vn:246 · republic.biscuit_tin_radio · annette
# source-hash: 70a6be45
ch8_radio_34 = あの扉のこと、話さなきゃいけないの。

# ch08_last_week.vn:247 · republic.biscuit_tin_radio · annette
# source-hash: ef536c20
ch8_radio_35 = 何があったかは知ってるわよね。あなたはその向こう側にいたんだから。でも、どうしてなのかは一度も聞いてないって、レーナが言うの。だから、どうしてなのかを話す。そのあとは、好きにしてくれていい。

# ch08_last_week.vn:248 · republic.biscuit_tin_radio · annette
# source-hash: 68c707fb
ch8_radio_36 = 父が、私の後ろの台所にいたの。暗がりに。何も言わなかった。私は掛け金に手をかけてた。父が怖かったし、トラックが怖かったし、私は十歳で、怖いっていうのは理由になると思ってた。だから、掛け金から手を離したの。

# ch08_last_week.vn:249 · republic.biscuit_tin_radio · annette
# source-hash: 598de007
ch8_radio_37 = それが理由。いい理由じゃない。もっとましな理由を九年間探してきたけど、そんなものはなかった。

# ch08_last_week.vn:250 · republic.biscuit_tin_radio · annette
# source-hash: 532e7f32
ch8_radio_38 = ごめんなさい。天井にも言ったし、レーナにも言ったし、洋梨のタルトにも数えきれないくらい言った。あなたには、一度も言ってなかった。

# ch08_last_week.vn:252 · republic.biscuit_tin_radio · shin
# source-hash: 673c78d6
ch8_radio_2 = 覚えてる。

# ch08_last_week.vn:253 · republic.biscuit_tin_radio · narration
# source-hash: b13f0b59
ch8_radio_39 = それきり、長いあいだ何もなかった。回線を渡る風。彼の背後のどこかで、ストーブの扉が鳴る音。別の部屋で誰かが、ごく小さく笑う声。

# ch08_last_week.vn:254 · republic.biscuit_tin_radio · shin
# source-hash: 975fa3d8
ch8_radio_40 = 三回と、一回。それを二度叩いた。

# ch08_last_week.vn:255 · republic.biscuit_tin_radio · annette
# source-hash: c05094ab
ch8_radio_41 = 知ってる。

# ch08_last_week.vn:256 · republic.biscuit_tin_radio · shin
# source-hash: 8a8b706e
ch8_radio_42 = 台所は暗かった。後ろに誰か立ってるのが見えた。

# ch08_last_week.vn:257 · republic.biscuit_tin_radio · annette
# source-hash: 57729289
ch8_radio_43 = 父よ。

# ch08_last_week.vn:258 · republic.biscuit_tin_radio · shin
# source-hash: ba1b86bc
ch8_radio_44 = そうだと思った。

# ch08_last_week.vn:260 · republic.biscuit_tin_radio · shin
# source-hash: bd823682
ch8_radio_45 = 十歳だった。

# ch08_last_week.vn:261 · republic.biscuit_tin_radio · annette
# source-hash: 746b4a5d
ch8_radio_46 = それ、答えになってない。

# ch08_last_week.vn:262 · republic.biscuit_tin_radio · shin
# source-hash: 906054b0
ch8_radio_47 = 答えのつもりじゃない。そのときの歳だ。

# ch08_last_week.vn:263 · republic.biscuit_tin_radio · narration
# source-hash: 5e5c56e4
ch8_radio_48 = 赦しではなかった。赦されないことに対してなら、九年かけて身構えてきた。けれど、これに対しては何ひとつ身構えていなかったのだと、彼女は気づいた。扉の向こう側に立っていた人が、そのことについて飾り気のない本当のことをひとつだけ告げ、楽にしてやるための言葉を何も付け足さない――そんなことには。

# ch08_last_week.vn:264 · republic.biscuit_tin_radio · annette
# source-hash: 6415ffa6
ch8_radio_49 = 私のこと、憎んだ？

# ch08_last_week.vn:265 · republic.biscuit_tin_radio · shin
# source-hash: 74dbde74
ch8_radio_50 = しばらくは。

# ch08_last_week.vn:266 · republic.biscuit_tin_radio · shin
# source-hash: 75c95f6c
ch8_radio_51 = それから、ほかのことがあった。抱えておく余地がなかった。

# ch08_last_week.vn:267 · republic.biscuit_tin_radio · narration
# source-hash: b44167b4
ch8_radio_52 = 憎まれる覚悟ならできていた。けれど、これへの覚悟はなかった。ずっと昔に、どこかの道端に降ろされていたのだということ。もっと重いものを運ばなければならなかったから。

# ch08_last_week.vn:268 · republic.biscuit_tin_radio · annette
# source-hash: 705728e0
ch8_radio_53 = そっちのほうが、ひどいかもしれない。

# ch08_last_week.vn:269 · republic.biscuit_tin_radio · shin
# source-hash: 8792c52b
ch8_radio_54 = かもしれない。でも、そういうことだった。

# ch08_last_week.vn:271 · republic.biscuit_tin_radio · shin
# source-hash: edf91861
ch8_radio_55 = ラジオは持っていった。コートの中に入れてた。誰も調べなかった。

# ch08_last_week.vn:272 · republic.biscuit_tin_radio · annette
# source-hash: 68506708
ch8_radio_56 = あなた……

# ch08_last_week.vn:273 · republic.biscuit_tin_radio · shin
# source-hash: f0627c2e
ch8_radio_57 = 二つ目の収容所までは持ってた。銅線が要る奴がいた。

# ch08_last_week.vn:274 · republic.biscuit_tin_radio · annette
# source-hash: 063508b7
ch8_radio_58 = 持っててくれたんだ。

# ch08_last_week.vn:275 · republic.biscuit_tin_radio · shin
# source-hash: c42cb54e
ch8_radio_59 = ラジオはあれしかなかった。

# ch08_last_week.vn:276 · republic.biscuit_tin_radio · narration
# source-hash: df9e34ef
ch8_radio_60 = 彼はそれ以上、何も言わなかった。言う必要もなかった。ビスケットの缶のあと、彼女はたくさんのものを作ってきた。自分の名前が入り、承認のための委員会がつくようなものを。けれどそのどれひとつとして、誰かのコートに入れられて、どこかへ運ばれていったことはなかった。

# ch08_last_week.vn:277 · republic.biscuit_tin_radio · annette
# source-hash: 0b40f6f0
ch8_radio_61 = シン、私、どうしたら……私が何を作ったって、そんなの……

# ch08_last_week.vn:278 · republic.biscuit_tin_radio · shin
# source-hash: d3963518
ch8_radio_62 = ああ。作れるようなものじゃない。

# ch08_last_week.vn:279 · republic.biscuit_tin_radio · narration
# source-hash: c7e860a9
ch8_radio_63 = 彼は彼女を傷つけるためにそう言ったのではなかった。そうだから、そう言ったのだ。その言葉が胸に入ってくるあいだに、彼女はわかった。自分が望んでいたのは、赦されることよりも、むしろこれだったのだと。このことで自分に嘘をつかない人が、ひとりいること。

# ch08_last_week.vn:281 · republic.biscuit_tin_radio · shin
# source-hash: 0c41822b
ch8_radio_64 = 俺たちが行ったあとも、聴きつづけるつもりだ。レーナは。届かなくなった先まで、できるなら。

# ch08_last_week.vn:282 · republic.biscuit_tin_radio · annette
# source-hash: 2ecee299
ch8_radio_65 = 知ってる。

# ch08_last_week.vn:283 · republic.biscuit_tin_radio · shin
# source-hash: d31c6abf
ch8_radio_66 = ひとりでやろうとする。

# ch08_last_week.vn:284 · republic.biscuit_tin_radio · annette
# source-hash: 08b980de
ch8_radio_67 = そうはさせない。私がそばにいる。うんざりされるくらいにね。

# ch08_last_week.vn:285 · republic.biscuit_tin_radio · shin
# source-hash: b5863dc3
ch8_radio_68 = ならいい。

# ch08_last_week.vn:286 · republic.biscuit_tin_radio · narration
# source-hash: 89a64249
ch8_radio_69 = 彼が身じろぎする音が聞こえた。彼が座っている何かのきしみと、風の音も。

# ch08_last_week.vn:287 · republic.biscuit_tin_radio · shin
# source-hash: c769c5de
ch8_radio_70 = おやすみ、ヘンリエッタ。

# ch08_last_week.vn:288 · republic.biscuit_tin_radio · narration
# source-hash: a1486c75
ch8_radio_71 = 二度目のそれは、どこかから探し出してきたもののようには聞こえなかった。ただ、彼女の名前に聞こえた。

# ch08_last_week.vn:290 · republic.biscuit_tin_radio · narration
# source-hash: f9ca6827
ch8_radio_72 = 彼女は環を外し、膝の上に置いたまま座っていた。しばらくして扉が開き、レーナが廊下から入ってきた。そして、何ひとつ訊かなかった。

# ch08_last_week.vn:291 · republic.biscuit_tin_radio · annette
# source-hash: 607d4133
ch8_radio_73 = 小麦のこと、覚えてたの。私は小麦のことなんて忘れてたのに、レーナ。ラジオの男の人に小麦の値段のことで手紙を書いて、それを忘れてて、なのに彼は……

# ch08_last_week.vn:292 · republic.biscuit_tin_radio · narration
# source-hash: 107cfd6b
ch8_radio_74 = それから彼女は泣いていて、笑っていて、どちらなのか自分でもわからなかった。レーナはもうひとつの丸椅子を引き寄せて隣に座り、肩と肩を寄せ合って、窓が灰色に白むまでそこにいた。

# ch08_last_week.vn:294 · republic.biscuit_tin_radio · narration
# source-hash: a60efb5d
ch8_radio_3 = 最後の夜の前の晩、九時。アネットは研究室で、自分の作った回線とともにひとりでいた。

# ch08_last_week.vn:295 · republic.biscuit_tin_radio · narration
# source-hash: 3df172e3
ch8_radio_75 = 作業台には、監視用チャンネルに配線された小さな灰色のスピーカーが置いてあった。ハンドラーの回線はどれも、東へ向かう途中で研究棟を経由する。誰かがいつでも不具合を聴き取れるよう、彼女がそう設計したのだ。今月まで、特定の回線ひとつを聴くためにそれを使ったことはなかった。今月は、毎晩使っていた。

# ch08_last_week.vn:297 · republic.biscuit_tin_radio · narration
# source-hash: f8348764
ch8_radio_76 = スピーカーの横には、筐体から外されたリミッターが、六本のネジを入れた小皿と並べて置いてあった。リミッターを外した装置は、毎晩九時に試験しなければならない。そうしなければならないのだ。だから毎晩九時、そうしなければならないから、彼女は彼の声を聞いた。

# ch08_last_week.vn:299 · republic.biscuit_tin_radio · narration
# source-hash: a0067762
ch8_radio_77 = スピーカーの横には、鉛筆の円が描かれた地図があった。乾いた夜なら八十三キロ。彼らが歩く速さでそこを越えるのが何時になるか、彼女は割り出していた。それから、時刻だけでは足りなくて、何分になるかまで。

# ch08_last_week.vn:301 · republic.biscuit_tin_radio · narration
# source-hash: 67e05943
ch8_radio_78 = 彼女のために回線を開く、とレーナは言っていた。そして、そのとおりにした。この一週間、毎晩九時に回線は開いていて、毎晩アネットはここに座って、開いたままにさせておいた。

# ch08_last_week.vn:303 · republic.biscuit_tin_radio · lena
# source-hash: c92e49b0
ch8_radio_79 = こんばんは、スピアヘッド。

# ch08_last_week.vn:305 · republic.biscuit_tin_radio · theo
# source-hash: 2d475a2b
ch8_radio_80 = レーナ！　今、荷造り中。ライデンの荷造りが間違ってる。

# ch08_last_week.vn:306 · republic.biscuit_tin_radio · raiden
# source-hash: 330e0012
ch8_radio_81 = 荷造りに間違ったやり方なんかねえよ。

# ch08_last_week.vn:307 · republic.biscuit_tin_radio · theo
# source-hash: 76f8daae
ch8_radio_82 = お前のやり方があるだろ。

# ch08_last_week.vn:309 · republic.biscuit_tin_radio · raiden
# source-hash: e724673c
ch8_radio_83 = よう、ハンドラー・ワン。異常なしだ。

# ch08_last_week.vn:311 · republic.biscuit_tin_radio · shin
# source-hash: 5187a1eb
ch8_radio_84 = こんばんは、レーナ。

# ch08_last_week.vn:313 · republic.biscuit_tin_radio · shin
# source-hash: 98f818c8
ch8_radio_85 = こんばんは、ハンドラー・ワン。

# ch08_last_week.vn:314 · republic.biscuit_tin_radio · narration
# source-hash: ee839e4c
ch8_radio_86 = 八歳だった頃のその声を、彼女は知っていた。生真面目で、誰も息をしなければアンテナの入りがよくなると信じきっていた声。今は低くなっていた。けれど、変わっていてしかるべきほどには、変わっていなかった。

# ch08_last_week.vn:315 · republic.biscuit_tin_radio · narration
# source-hash: 37000c4a
ch8_radio_87 = 彼が最後に、それと知って彼女の声を聞いたとき、その声は十歳で、扉の向こう側にあった。

# ch08_last_week.vn:316 · republic.biscuit_tin_radio · narration
# source-hash: af9e1426
ch8_radio_88 = 操作卓の正面には送信スイッチがあった。ハンドラーの回線に誰かがうっかり声を流してしまわないよう、蝶番つきの赤いカバーがかぶせてある。彼女はカバーを持ち上げた。

# ch08_last_week.vn:317 · republic.biscuit_tin_radio · narration
# source-hash: b2dbdd05
ch8_radio_89 = スイッチの上に親指。開いた回線。東へ二百キロ、かつて知っていた少年が、きしむ何かに腰かけて、彼女の親友にこんばんはと言っている。

# ch08_last_week.vn:318 · republic.biscuit_tin_radio · narration
# source-hash: 6cf7d78b
ch8_radio_90 = 背後には誰もいなかった。そこに座っていて、彼女が気づいたのはそれだった。部屋の暗がりに、彼女の後ろに立つ者は誰もいない。今度は誰も彼女を止めなかったし、あとになって、止められたのだと言ってくれる者も、誰もいないだろう。

# ch08_last_week.vn:320 · republic.biscuit_tin_radio · narration
# source-hash: 748df313
ch8_radio_91 = 彼女はカバーを下ろした。

# ch08_last_week.vn:321 · republic.biscuit_tin_radio · narration
# source-hash: 71ea5212
ch8_radio_92 = レーナがおやすみを言い、回線が閉じるまで、彼女は聴いていた。それからしばらくのあいだも、誰もいないチャンネルの雑音を聴いていた。

# ch08_last_week.vn:322 · republic.biscuit_tin_radio · narration
# source-hash: 5321c1d2
ch8_radio_93 = それから研究室の記録簿を開き、計算のときに使う小さな字で書き込んだ。「チャンネル監視、二一〇〇～二一四〇。送信なし」

## Scene front.last_night

# ch08_last_week.vn:326 · scene `front.last_night` title
# source-hash: a12632a1
scene-front-last_night = 最後の夜

# ch08_last_week.vn:329 · front.last_night · narration
# source-hash: 01c6e287
ch8_night_1 = 最後の夕方、十二人全員が格納庫の裏へ出た。まだ名前が読めるだけの明るさが残っているうちに。誰が言いだしたのでもなかった。ひとり、またひとりと、気づけばそこにいた。

# ch08_last_week.vn:330 · front.last_night · narration
# source-hash: 9ed4edf9
ch8_night_7 = むき出しの地面に、何の順序もなく立つ四角いアルミ片。その一枚一枚に、ナイフの切っ先で名前が刻まれている。古すぎて、雨に文字をほとんど持っていかれたものもあった。そのほとんどを刻んだのはシンだった。いちばん新しい一枚も、彼が刻んだ。

# ch08_last_week.vn:332 · front.last_night · narration
# source-hash: 5c9e6e7a
ch8_night_8 = クレナはいちばん新しい一枚の前に膝をつき、それをまっすぐに直した。直す必要はなかった。それでも、直した。

# ch08_last_week.vn:334 · front.last_night · narration
# source-hash: ef936075
ch8_night_9 = セオはスケッチブックを持ってきていた。今度は、それを開いた。並んだ墓標を、あるがままにすばやく描いていく。傾いたものは、傾いたまま。

# ch08_last_week.vn:335 · front.last_night · theo
# source-hash: 1aa698ee
ch8_night_10 = 誰かが持ってるようにさ。次の連中が屋根を欲しがったときのために。

# ch08_last_week.vn:336 · front.last_night · kurena
# source-hash: b33466dd
ch8_night_11 = やったら承知しないから。

# ch08_last_week.vn:337 · front.last_night · theo
# source-hash: 48b1d68c
ch8_night_12 = 「頼む」って書いといたよ。

# ch08_last_week.vn:338 · front.last_night · narration
# source-hash: ed97c1ad
ch8_night_13 = 七人は、いつものようにほかの皆から少し下がって立っていた。それから、最後の夕方だったから、そうするのをやめた。

# ch08_last_week.vn:339 · front.last_night · narration
# source-hash: 12033162
ch8_night_14 = サーシャは、光りものの列のいちばん前に置いていた真鍮を手にしていた。エズラがただの薬莢だと言った、あれだ。彼女はそれを叩いて平らにしていた。その平らな面に、名前をひとつ刻んでいた。

# ch08_last_week.vn:340 · front.last_night · sasha
# source-hash: 60af57d8
ch8_night_15 = 兄はここにいない。最初からいなかった。地雷を片づけに行かされて、誰も帰してくれなかった。

# ch08_last_week.vn:341 · front.last_night · yuna
# source-hash: 4704fa0e
ch8_night_16 = サーシャ。

# ch08_last_week.vn:342 · front.last_night · sasha
# source-hash: 2875bf6c
ch8_night_17 = どこにもいない。だから、これからはここにいればいい。

# ch08_last_week.vn:343 · front.last_night · narration
# source-hash: 0d2273a2
ch8_night_18 = 彼女は列の端の地面に真鍮を押し込んだ。それは最後の光を受けとめ、そのまま離さなかった。「トマス・イワイ」。

# ch08_last_week.vn:344 · front.last_night · mattie
# source-hash: 45876f27
ch8_night_19 = それでいい。あいつの場所はそこだ。

# ch08_last_week.vn:345 · front.last_night · narration
# source-hash: a01e708c
ch8_night_20 = マティがハミングを始めた。低い音をひとつ、それからその下にもうひとつ。ほかの者が怯えているとき、彼はいつもそうした。しばらくしてヌールが、母親の話していた言葉で加わった。言葉を知らないアンジュは、その形だけをハミングでなぞった。

# ch08_last_week.vn:346 · front.last_night · tobiah
# source-hash: ff0a0504
ch8_night_21 = 手紙、ここに置いていくつもりだったんだ。みんなと一緒に。

# ch08_last_week.vn:347 · front.last_night · ezra
# source-hash: 26dfc22f
ch8_night_22 = で？

# ch08_last_week.vn:348 · front.last_night · tobiah
# source-hash: 4ac8a759
ch8_night_23 = ここにも宛先はないんだ。持っていくよ。東でも、変わらないから。

# ch08_last_week.vn:349 · front.last_night · pim
# source-hash: fc798b29
ch8_night_24 = セオ。いつか誰か、戻ってきてくれるかな？　この墓標のために。

# ch08_last_week.vn:350 · front.last_night · theo
# source-hash: 5efa4226
ch8_night_25 = 誰か来るさ。

# ch08_last_week.vn:351 · front.last_night · narration
# source-hash: 11033e4e
ch8_night_26 = ピムは長いことセオを見つめ、信じることに決めた。セオはそうさせておいた。

# ch08_last_week.vn:352 · front.last_night · raiden
# source-hash: e354b875
ch8_night_27 = 何か食わねえとな。

# ch08_last_week.vn:353 · front.last_night · kurena
# source-hash: 63cec066
ch8_night_28 = あの子ならそう言うだろう、なんて言ったら殴るから。

# ch08_last_week.vn:354 · front.last_night · raiden
# source-hash: 4331997e
ch8_night_29 = でも、あいつなら言うだろ。

# ch08_last_week.vn:355 · front.last_night · kurena
# source-hash: 244a8dfc
ch8_night_30 = 知ってる。それでも殴る。

# ch08_last_week.vn:358 · front.last_night · lena
# source-hash: bf5ee18c
ch8_night_31 = スピアヘッド。レーナです。早い時間なのはわかっています。今夜はここにいさせてほしいと、シンにお願いしたんです。

# ch08_last_week.vn:360 · front.last_night · narration
# source-hash: bd6e16bf
ch8_night_32 = この二年、環がひやりと疼くたびに、七人は口をつぐんできた。今夜、マティがほかの者たちを見やり、ほかの者たちが彼を見返した。そして、誰も口をつぐまなかった。

# ch08_last_week.vn:361 · front.last_night · mattie
# source-hash: df218b8b
ch8_night_33 = レーナ。マティだ。

# ch08_last_week.vn:363 · front.last_night · mattie
# source-hash: ccbed03b
ch8_night_34 = 前に一度、ファイルから俺たちの名前を読んでくれたな。サーシャは出ていった。だから今度は俺たちの口から、ちゃんとしたやり方で、もう一度渡すべきだと思ったんだ。

# ch08_last_week.vn:365 · front.last_night · mattie
# source-hash: 367fc54b
ch8_night_35 = 二年前、ハンドラーとは二度と口をきかないと決めた。今日の午後、もう一度決め直した。今度は逆にな。前より時間はかからなかった。

# ch08_last_week.vn:366 · front.last_night · mattie
# source-hash: cdf8967e
ch8_night_36 = マティアス・オイェラン。ベルリンガー。

# ch08_last_week.vn:367 · front.last_night · yuna
# source-hash: 52eb4921
ch8_night_37 = ユナ・カステラーヌ。ウィスプ。

# ch08_last_week.vn:368 · front.last_night · narration
# source-hash: 38e13aaf
ch8_night_38 = それから、ひとつの息。それがユナの笑い声なのだと、レーナはその週のうちに覚えていた。

# ch08_last_week.vn:369 · front.last_night · tobiah
# source-hash: 51282227
ch8_night_39 = トビア・レンケ。フェリーマン。

# ch08_last_week.vn:370 · front.last_night · ezra
# source-hash: 016c4580
ch8_night_40 = エズラ・コヴァル。ティンカー。

# ch08_last_week.vn:371 · front.last_night · noor
# source-hash: fd7457cd
ch8_night_41 = ヌール・ハルヴァード。ナイトジャー。

# ch08_last_week.vn:372 · front.last_night · pim
# source-hash: f940273a
ch8_night_42 = ピム・ラウッカ。スケアクロウ。背の高いのが僕。

# ch08_last_week.vn:373 · front.last_night · narration
# source-hash: eba71d89
ch8_night_43 = 間があった。もう終わったのだとレーナが思うほど、長い間が。

# ch08_last_week.vn:374 · front.last_night · sasha
# source-hash: 290ae958
ch8_night_44 = サーシャ・イワイ。マグパイ。

# ch08_last_week.vn:375 · front.last_night · sasha
# source-hash: 5e448a77
ch8_night_45 = それと、トマス・イワイ。あたしの兄。一度だけハンドラーに口答えして、そのハンドラーがそれを書き留めて、地雷除去に送られて、九日しかもたなかった。今は列の端にいる。あたしが置いた。壁の中の誰かに、兄の名前を聞いておいてほしかった。

# ch08_last_week.vn:376 · front.last_night · lena
# source-hash: 8117f7e5
ch8_night_46 = トマス・イワイ。

# ch08_last_week.vn:377 · front.last_night · narration
# source-hash: 0b4b48ce
ch8_night_47 = 彼女はその名を一度だけ、丁寧に口にした。それから、ほかの名前も彼らに返した。七人を、彼らが名乗った順に。何も書き留めなかった。その必要はないだろうから。

# ch08_last_week.vn:378 · front.last_night · sasha
# source-hash: d7a3b9d6
ch8_night_48 = ……わかった。

# ch08_last_week.vn:379 · front.last_night · narration
# source-hash: c30e4c32
ch8_night_49 = 赦しではなかった。けれどサーシャの口から出たそれは、赦しのすぐ手前にあるものだった。

# ch08_last_week.vn:381 · front.last_night · narration
# source-hash: 36f82956
ch8_night_50 = 全員のうなじの環が、ひやりと小さく疼いた。ヌールの歌が、一節の途中で止まった。

# ch08_last_week.vn:382 · front.last_night · narration
# source-hash: 1b800cb0
ch8_night_51 = レーナが何か言ったからではなかった。彼女が何者であるか、だった。この二年、あの疼きがくるたびに七人は口をつぐんできた。そして今夜もまた、いっせいに、きれいに、練習してきたとおりに口をつぐんだ。

# ch08_last_week.vn:383 · front.last_night · narration
# source-hash: 8ea69a5d
ch8_night_52 = レーナには、歌が止まるのが聞こえた。それが何の歌だったのかは知らなかった。今では毎晩そうしているように、彼女は回線の息遣いを数えた。十二。

# ch08_last_week.vn:384 · front.last_night · lena
# source-hash: ca699e4b
ch8_night_53 = ごめんなさい。黙っています。どうか、続けてください。

# ch08_last_week.vn:385 · front.last_night · narration
# source-hash: bb4a0f4e
ch8_night_54 = 誰も続けなかった。しばらくしてマティが、誰に向けるでもなく低い音をひとつだけハミングし、それを手放した。

# ch08_last_week.vn:386 · front.last_night · narration
# source-hash: 0aeb3f6c
ch8_night_55 = 列の端では真鍮の欠片が地面に立ち、最後の光を受けていた。レーナが決して聞くことのない名前を刻んで。

# ch08_last_week.vn:388 · front.last_night · shin
# source-hash: 22068b08
ch8_night_56 = 中に入る。

# ch08_last_week.vn:389 · front.last_night · narration
# source-hash: ea41f658
ch8_night_57 = 彼は最後に立ち上がり、膝の土を払った。そして数えてでもいるように、列を端から端まで一度だけ見渡した。それから、中に入った。

# ch08_last_week.vn:394 · front.last_night · narration
# source-hash: 29e77ed9
ch8_night_58 = 最後の夜の、談話室。長いテーブルを囲む十四脚の椅子。扉のそばに十二個の背嚢。黒板の当番表には、春から誰も消していない名前がひとつ、まだ残っていた。今夜も、誰も消さなかった。

# ch08_last_week.vn:395 · front.last_night · narration
# source-hash: 7ad45909
ch8_night_59 = 誰も自分の寝台へは行かなかった。代わりに十二人全員が談話室の床に毛布を敷いて横になり、誰もその理由を口にしなかった。ランプが消えた。誰も眠らなかった。ほかの誰かが眠れるように、誰もが気前よく眠ったふりをした。

# ch08_last_week.vn:396 · front.last_night · narration
# source-hash: 1ef1a43d
ch8_night_60 = 回線はまだ開いていた。レーナは閉じていなかったし、閉じてくれと言う者もいなかった。

# ch08_last_week.vn:398 · front.last_night · narration
# source-hash: d0928734
ch8_night_61 = そのとき、暗闇の中でクレナが身を起こした。

# ch08_last_week.vn:400 · front.last_night · kurena
# source-hash: f7de3883
ch8_night_62 = レーナ。

# ch08_last_week.vn:402 · front.last_night · kurena
# source-hash: 92b65214
ch8_night_63 = ハンドラー・ワン。

# ch08_last_week.vn:403 · front.last_night · lena
# source-hash: d570fb2c
ch8_night_64 = ここにいます、クレナ。

# ch08_last_week.vn:404 · front.last_night · kurena
# source-hash: be08605e
ch8_night_65 = 無線用の声はやめて。ハンドラーの声も。ちゃんと答えて。

# ch08_last_week.vn:405 · front.last_night · kurena
# source-hash: 28dd0fe3
ch8_night_2 = 帰ってこられる？

# ch08_last_week.vn:406 · front.last_night · narration
# source-hash: 0c62b396
ch8_night_66 = 十一人が、身じろぎひとつせずに、眠ったふりをやめた。

# ch08_last_week.vn:407 · front.last_night · choice
# source-hash: 610365ac
ch8_night_q1 = 暗闇の中で、十一人が彼女の答えに耳を澄ませている。クレナも。

# ch08_last_week.vn:408 · front.last_night · option
# source-hash: e27bdcda
ch8_night_o1 = 本当のことを。「いいえ」

# ch08_last_week.vn:411 · front.last_night · lena
# source-hash: d2cdaf35
ch8_night_3 = いいえ。帰ってこられないと思います。

# ch08_last_week.vn:412 · front.last_night · lena
# source-hash: f85c5644
ch8_night_67 = あなたたちのような命令で東へ送られて、帰ってきた人はひとりもいません。探しました。この一か月、ずっと探しました。今夜だからといって、違うことは言いません。

# ch08_last_week.vn:413 · front.last_night · narration
# source-hash: 1d9eadff
ch8_night_68 = 長いあいだ、誰も動かなかった。

# ch08_last_week.vn:414 · front.last_night · kurena
# source-hash: 461b8b10
ch8_night_69 = 誰も言わなかった。一度も。みんな配置転換って言った。みんな、また次の任期でって言った。

# ch08_last_week.vn:415 · front.last_night · kurena
# source-hash: d2538f1a
ch8_night_70 = ありがとう。すごく嫌。ありがとう。

# ch08_last_week.vn:416 · front.last_night · narration
# source-hash: 4c58d60d
ch8_night_71 = 彼女はまた横になった。部屋の奥のどこかで、誰かが壁のほうへ寝返りを打ち、そのまま向き直らなかった。それからは誰も眠ったふりをしなかった。口をきく者もいなかった。

# ch08_last_week.vn:417 · front.last_night · option
# source-hash: 75a7b99e
ch8_night_o2 = 優しい嘘を。「はい」

# ch08_last_week.vn:420 · front.last_night · lena
# source-hash: 668dee58
ch8_night_4 = はい。帰ってこられます。帰ってきたとき、私はここにいます。そのとき、私が正しかったって言ってください。

# ch08_last_week.vn:421 · front.last_night · narration
# source-hash: a598afbe
ch8_night_72 = あの川からずっと止めていたのかもしれない息が、クレナの中から抜けていった。

# ch08_last_week.vn:422 · front.last_night · kurena
# source-hash: 2548019f
ch8_night_73 = ……そっか。

# ch08_last_week.vn:423 · front.last_night · kurena
# source-hash: bfc60d9f
ch8_night_74 = そっか。よかった。

# ch08_last_week.vn:424 · front.last_night · narration
# source-hash: 5aa44c4e
ch8_night_75 = 彼女は横になった。部屋の奥で、ピムが天井に向かって「よかった」と言い、少しして本当に眠った。本当に眠ったのは、彼ひとりだけだった。

# ch08_last_week.vn:425 · front.last_night · narration
# source-hash: 60a7367e
ch8_night_76 = 回線の、すぐ近くで、シンが息をしていた。何も言わなかった。彼女の言葉を正しはしなかった。彼が正すことは決してないだろう。皆の前では。今夜は。彼がそれを口にしないのを聞きながら、彼女は悟った。それが何だったのか、彼には正確に聞こえていたのだと。

# ch08_last_week.vn:426 · front.last_night · option
# source-hash: 1db61be2
ch8_night_o3 = 「わかりません。でも、ずっと聴いています」

# ch08_last_week.vn:429 · front.last_night · lena
# source-hash: d5c3ed5b
ch8_night_5 = わかりません、クレナ。誰にもわかりません。でも、回線はあなたたちと一緒に行きます。アネットがリミッターを外してくれました。どこにいても、私はその向こう端にいます。ずっと聴いています。

# ch08_last_week.vn:430 · front.last_night · kurena
# source-hash: 4809dd02
ch8_night_77 = 全部？

# ch08_last_week.vn:431 · front.last_night · lena
# source-hash: 90a2c204
ch8_night_78 = 全部です。

# ch08_last_week.vn:432 · front.last_night · kurena
# source-hash: 1753d38c
ch8_night_79 = ひどいことになっても？

# ch08_last_week.vn:433 · front.last_night · lena
# source-hash: 6f1b81cf
ch8_night_80 = そのときこそ。

# ch08_last_week.vn:434 · front.last_night · narration
# source-hash: c4c25fae
ch8_night_81 = クレナは長いあいだ黙っていた。

# ch08_last_week.vn:435 · front.last_night · kurena
# source-hash: c52e2df2
ch8_night_82 = それ、答えになってない。

# ch08_last_week.vn:436 · front.last_night · lena
# source-hash: 267c9442
ch8_night_83 = ええ。でも、守れるとわかっている約束は、これだけなんです。

# ch08_last_week.vn:437 · front.last_night · narration
# source-hash: 9fef9351
ch8_night_84 = クレナは横になった。窓際で、シンが何も見えない東のほうへ顔を向け、ほとんど息だけのような小さな声で言った。

# ch08_last_week.vn:438 · front.last_night · shin
# source-hash: 89390b89
ch8_night_85 = 遠くまで聴くことになるな。

# ch08_last_week.vn:439 · front.last_night · lena
# source-hash: f49a5521
ch8_night_86 = わかっています。

# ch08_last_week.vn:441 · front.last_night · shin
# source-hash: 1759d058
ch8_night_6 = 会いに来ると言った。壁の向こうまで。歩いてでも。

# ch08_last_week.vn:442 · front.last_night · lena
# source-hash: 7cf307f8
ch8_night_87 = 言いました。

# ch08_last_week.vn:443 · front.last_night · shin
# source-hash: b8098018
ch8_night_88 = 前より遠くなった。

# ch08_last_week.vn:444 · front.last_night · lena
# source-hash: bc6165b0
ch8_night_89 = なら、もっと遠くまで歩きます。

# ch08_last_week.vn:446 · front.last_night · shin
# source-hash: f019fe4c
ch8_night_90 = 待ってると言った。今もそのつもりだ。待ってるあいだ、少し遠くにいるだけだ。

# ch08_last_week.vn:448 · front.last_night · shin
# source-hash: 467539f1
ch8_night_91 = 歩くなら昼にしろ。地雷が見えやすい。

# ch08_last_week.vn:449 · front.last_night · narration
# source-hash: 3ba5d091
ch8_night_92 = それが、彼がこれまで彼女に言った中でいちばん「うん」に近い言葉だったのだと気づいたのは、しばらく経ってからだった。

# ch08_last_week.vn:450 · front.last_night · narration
# source-hash: 494147c3
ch8_night_93 = レーナは回線を閉じなかった。閉じてくれと言う者もいなかった。午前三時近く、彼らがひとりずつ本当に眠りに落ちていくのが聞こえ、彼女は十二になるまで数えた。

## Scene republic.departure

# ch08_last_week.vn:454 · scene `republic.departure` title
# source-hash: 37ebba58
scene-republic-departure = 夜明け

# ch08_last_week.vn:458 · republic.departure · narration
# source-hash: 24051034
ch8_dawn_1 = 午前五時の第三管制室。上等な椅子と、粗末な地図。彼女は家に帰っていなかった。

# ch08_last_week.vn:459 · republic.departure · narration
# source-hash: 80f5b052
ch8_dawn_2 = 地図の上で、第一戦区はきれいな緑の線に接した小さな灰色の四角で、その中に十二の青い印があった。

# ch08_last_week.vn:461 · republic.departure · narration
# source-hash: bb78fa13
ch8_dawn_3 = 四時に監察局の男がクリップボードを手に入ってきて、名乗りもせずに部屋の後ろに座った。彼女は振り返らなかった。今も、振り返らなかった。

# ch08_last_week.vn:462 · republic.departure · shin
# source-hash: f1498150
ch8_dawn_4 = スピアヘッド、出発する。

# ch08_last_week.vn:463 · republic.departure · lena
# source-hash: d4eca4cc
ch8_dawn_5 = ハンドラー・ワン。捉えています。

# ch08_last_week.vn:464 · republic.departure · narration
# source-hash: 4d8f280c
ch8_dawn_6 = 印はひとつ、またひとつと一列になって四角を離れ、東へ向かった。五時六分、緑の線を越えた。地図はそれを記さなかった。地図はこれまで一度も、何ひとつ記したことがなかった。

# ch08_last_week.vn:465 · republic.departure · narration
# source-hash: c65ce173
ch8_dawn_7 = 線の向こうには、一辺十キロの細い灰色の方眼が、五十キロ先まで引かれていた。九年前、共和国の測量士たちが作業をやめて家に帰った地点までだ。その先には方眼もなく、地名もなかった。画面の素地の色があるだけで、その中へ十二の青い印がゆっくりと出ていった。

# ch08_last_week.vn:467 · republic.departure · narration
# source-hash: 915c2149
ch8_dawn_8 = 喉元の環は冷たく、揺るぎなかった。装置の中にはもう、やめどきを告げるものは何もない。二つ下の階で、アネットが数値を見守っているはずだった。スイッチのそばに手を置いて。

# ch08_last_week.vn:469 · republic.departure · narration
# source-hash: 6a983875
ch8_dawn_9 = 八十キロ。歩く速さなら、正午ごろ。彼女はその時刻を几帳面な字でカードに書き、机の上に伏せて置いた。そして、表に返さなかった。

# ch08_last_week.vn:471 · republic.departure · narration
# source-hash: 7b528273
ch8_dawn_10 = この朝、建物のどこかで、兵站部の事務官がコンテナを数えようと席に着き、合わない数字に行き当たるだろう。

# ch08_last_week.vn:472 · republic.departure · lena
# source-hash: d0f7b294
ch8_dawn_11 = 十二。

# ch08_last_week.vn:474 · republic.departure · narration
# source-hash: c03b61f9
ch8_dawn_12 = 誰に言うでもなかった。それから彼女は小声で、十二人全員の名前を口にした。言い終えたとき、印は方眼の外に出ていた。

# ch08_last_week.vn:476 · republic.departure · narration
# source-hash: 3bbc32db
ch8_dawn_13 = 誰に言うでもなかった。それから彼女は、知っている五人の名前を小声で口にした。誰にも名前を教えてもらえなかった残りの七人は、数えた。言い終えたとき、印は方眼の外に出ていた。

## Scene front.march

# ch09_east.vn:13 · scene `front.march` title
# source-hash: e0cdaece
scene-front-march = 行軍

# ch09_east.vn:19 · front.march · narration
# source-hash: dec53d28
ch9_march_1 = 第一戦区より東の道路は、トラックやスクールバスのために造られたものだった。九年前の話だ。そのことを、誰も森に教えてはいなかった。

# ch09_east.vn:20 · front.march · narration
# source-hash: 08e29790
ch9_march_7 = アスファルトの割れ目に沿って白樺が生え、まるで誰かが植えたかのように列をなしていた。ところどころ、道は中央に白線の引かれた細長い空き地にすぎなかった。白線は苔の下をなおも律儀に続いていた。一週間で空にされ、それきり誰も訪れることのなかった町々へ向かって。

# ch09_east.vn:21 · front.march · narration
# source-hash: bc72c093
ch9_march_8 = 十二機のジャガーノートが、一列になって東へ歩いた。先頭はシン、次にライデン。残りは、最初の朝に誰が決めるでもなく収まった順番で続いた。その順番は、そのあとも変わらなかった。

# ch09_east.vn:23 · front.march · narration
# source-hash: 102902fa
ch9_march_9 = 最後尾の二機の後ろを、エズラがベッドの枠を溶接してこしらえた橇に載って、コンテナがついてきた。これほどの量は初めてだった。缶詰に袋、フィルター、グリースにまみれたままのアクチュエーター、まったく別の戦線の名がステンシルで刷られた弾薬。壁の内側の誰かがそのすべてに署名し、壁の内側の誰かが、その署名の代償を払うことになる。

# ch09_east.vn:24 · front.march · theo
# source-hash: c93a9dd2
ch9_march_10 = 記録に残しといてほしいんだけど。俺、桃缶を二個目まで支給されたんだよね。

# ch09_east.vn:25 · front.march · raiden
# source-hash: b9d2f409
ch9_march_11 = 残しといた。

# ch09_east.vn:26 · front.march · theo
# source-hash: c8c27a15
ch9_march_12 = 桃缶二個目の訓練なんて受けてないんだよ、ライデン。手順もない。両方開けんの？　これってテスト？

# ch09_east.vn:27 · front.march · raiden
# source-hash: d33e1868
ch9_march_13 = 一個食え。一個は持っとけ。

# ch09_east.vn:28 · front.march · theo
# source-hash: f2062c61
ch9_march_14 = 最後はこうやってやられるんだよ、俺たち。レギオンじゃなくて、果物に。

# ch09_east.vn:29 · front.march · narration
# source-hash: 572eb97a
ch9_march_15 = 列のどこかで、回線に小さく息を呑むような音がした。誰かが声を立てずに笑ったのだ。ユナだった。耳を澄まさなければ聞こえない笑い声は、ユナのものだけだった。

# ch09_east.vn:31 · front.march · narration
# source-hash: dfc9124a
ch9_march_16 = 彼らが運んでいたのは、戦区に与えられたもの――つまり、戦区にいつも与えられるものだった。質の悪い肉の缶詰、弾薬、洗っては送り返し、また送り返したフィルター。ライデンは最後の夜にそれを数え、十二で割り、その答えを口には出さなかった。

# ch09_east.vn:35 · front.march · lena
# source-hash: c822b717
ch9_march_2 = スピアヘッド、レーナです。私……まだ、ここにいます。聞こえますか？

# ch09_east.vn:37 · front.march · lena
# source-hash: 8fe13739
ch9_march_17 = スピアヘッド、こちらハンドラー・ワン。聞こえ……ますか？　まだ、ここにいます。

# ch09_east.vn:38 · front.march · narration
# source-hash: da133324
ch9_march_18 = 彼女の声はひどく遠くから届いた。一キロごとに細くなり、その下には、窓を打つ雨のような雑音が流れていた。夜明けからずっと細くなりつづけていた。途切れてはいなかった。

# ch09_east.vn:39 · front.march · shin
# source-hash: 73ecc210
ch9_march_19 = 聞こえている。

# ch09_east.vn:40 · front.march · narration
# source-hash: 3f6318d9
ch9_march_20 = 信号は弱まっても途切れはしない、とアネットは言っていた。今のところ、アネットの言うとおりだった。いつものことで、それこそがアネットのいちばん怖いところなのだ、とレーナは言った。

# ch09_east.vn:41 · front.march · lena
# source-hash: 92f09291
ch9_march_21 = どんなところか教えてください。手元にあるのは昔の地図だけなんです。道が一本と、川が一本。ほかには何も載っていません。

# ch09_east.vn:42 · front.march · theo
# source-hash: 629cc5d5
ch9_march_22 = 木。ほとんど白樺。白地に黒い筋が入ってて、誰かが鉛筆でいたずらしたみたいなやつ。緑がいっぱい。あと、バスがある。

# ch09_east.vn:43 · front.march · lena
# source-hash: dfb411aa
ch9_march_23 = バス？

# ch09_east.vn:44 · front.march · theo
# source-hash: 49e62d2a
ch9_march_24 = スクールバス。溝で横倒しになってる。運転席の窓から木が一本生えててさ、ずいぶん得意げな顔してるよ。

# ch09_east.vn:45 · front.march · narration
# source-hash: 1c9872b4
ch9_march_25 = その日一日、彼女は彼らとともにいた。あまり話はしなかった。雑音がどの言葉も半分ずつ持っていってしまう。話すより聞くほうがよく届くのだと、彼女はかなり早いうちに悟ったようだった。

# ch09_east.vn:47 · front.march · narration
# source-hash: 7de3af72
ch9_march_3 = シンの首の環は、朝からずっと冷えつづけていた。一キロごとに細っていく信号の、小さな冷たさ。限界は八十キロ。限界が八十だということは、誰もが知っていた。地雷原を越えてから、その数字を口にした者はいなかった。

# ch09_east.vn:49 · front.march · lena
# source-hash: b1fe5851
ch9_march_26 = セオ。色を教えてください。私には地図しかなくて、そのあたりは地図だと全部一色なんです。

# ch09_east.vn:51 · front.march · lena
# source-hash: afd63ef2
ch9_march_27 = ラフィング・フォックス。そちらはどんな様子ですか？　私には地図しかなくて、そのあたりは地図だと全部一色なんです。

# ch09_east.vn:53 · front.march · theo
# source-hash: eb4ccbf2
ch9_march_28 = ほとんど緑。緑がいっぱい。白樺は白地に黒い筋が入ってて、誰かが鉛筆でいたずらしたみたいだ。それから木の下、道端にずっと、小さい黄色い花が咲いてて、それがちょうど、あの金色の……

# ch09_east.vn:56 · front.march · narration
# source-hash: 637467a7
ch9_march_29 = それから先は、雑音と、風と、崩れた道を刻む十二機ぶんの脚の音だけになった。

# ch09_east.vn:58 · front.march · theo
# source-hash: d53ba4f5
ch9_march_30 = レーナ？

# ch09_east.vn:60 · front.march · theo
# source-hash: 1714a2ec
ch9_march_31 = ハンドラー・ワン？

# ch09_east.vn:61 · front.march · narration
# source-hash: dbd21774
ch9_march_32 = 何もなかった。回線が閉じるときの、あの小さな音さえ。回線は閉じたのではなかった。ただ、届かなくなっただけだった。

# ch09_east.vn:62 · front.march · kurena
# source-hash: b7419d70
ch9_march_33 = あんたに何か訊いてたじゃない。

# ch09_east.vn:63 · front.march · theo
# source-hash: 556b15f7
ch9_march_34 = わかってるよ。答えてたんだ。

# ch09_east.vn:64 · front.march · narration
# source-hash: c0d89242
ch9_march_35 = それから長いあいだ、誰も口をきかなかった。午後も遅くなって、なんの前触れもなく、セオが前方の道に向かって言った。花火。金色のやつ。祭りの夜の。言おうとしていたのは、それだけだった。たいして出来のいい花火ですらなかった。

# ch09_east.vn:66 · front.march · narration
# source-hash: 2a66f282
ch9_march_36 = 二日目、彼らはひとつの町に行き着いた。

# ch09_east.vn:67 · front.march · narration
# source-hash: 164ed5d1
ch9_march_37 = 広場があり、水の涸れた噴水があり、時計が四時二十分で止まった教会があった。どの日の四時二十分なのかは、誰も知らなかった。共和国は一週間で東部の町々を空にし、時刻を書き留めておくことまでは思いつかなかった。

# ch09_east.vn:68 · front.march · narration
# source-hash: d84b2886
ch9_march_38 = 店々の戸口の上には、まだペンキの店名が残っていた。パン屋。薬屋。自転車を売っていた店。ショーウィンドウにはまだ一台残っていて、タイヤは床板に沈むようにぺしゃんこになっていた。町役場の壁には、ブラスバンドの演奏会のポスター。ついに訪れることのなかった、ある土曜日の夕べの。

# ch09_east.vn:69 · front.march · narration
# source-hash: 45b5c60e
ch9_march_39 = 町外れには軍の補給所があった。コンクリート造りで、扉は巻き上げられたまま、中には空の棚と手押しポンプがひとつあるきりだった。エズラが試すと、ポンプはしばらく押し問答をしたすえに、水を出した。

# ch09_east.vn:70 · front.march · narration
# source-hash: 8959e669
ch9_march_40 = ユナは教会の塔に登った。そこにあったからだ。髪に埃をつけて下りてくると、首を横に振った。どの方角にも遠くまで見渡せて、動いているものは何もない、と。

# ch09_east.vn:71 · front.march · narration
# source-hash: b9e7d9fe
ch9_march_41 = サーシャは自転車屋に入り、ハンドルについていたベルを持って出てきた。真鍮製で、まだ鳴った。彼女は鳴らさなかった。誰にも見せたことのないほかのきらきらしたものたちと一緒に、ポケットにしまった。

# ch09_east.vn:73 · front.march · lena
# source-hash: 80f62179
ch9_march_42 = 古い地名辞典に載っていました。人口三千人。木曜日に市が立って、秋には家畜市。町の楽団は賞を取ったことがあるそうです。

# ch09_east.vn:74 · front.march · theo
# source-hash: 4290ceaa
ch9_march_43 = ポスター見たよ。土曜日に演奏するはずだった。たぶん、間に合わなかったんだろうな。

# ch09_east.vn:75 · front.march · lena
# source-hash: ef683eac
ch9_march_44 = ええ。私も、そう思います。

# ch09_east.vn:76 · front.march · narration
# source-hash: ac229cbc
ch9_march_45 = 森の手前の最後の建物が、学校だった。戦区のあの校舎より小さく、新しかった。廊下の掛け釘には、まだコートが掛かっていた。小さなコートが二列、細長い厚紙に書かれた名前の下に。

# ch09_east.vn:77 · front.march · narration
# source-hash: 7c85f5da
ch9_march_46 = ピムは長いあいだ、その掛け釘の前に立っていた。あとになって、セオが計算してみた。九年前、ピムは五歳だったはずだ。どこかにある、ああいう掛け釘にちょうどいい背丈だったのだ。

# ch09_east.vn:84 · front.march · narration
# source-hash: ca052e3b
ch9_march_47 = その夜、彼らは学校の壁の陰で火を焚いた。小さな火だった。薪は机を壊したもので、ライデンは天板に何が彫られているのか見ないまま、それを叩き割った。今夜のレギオンははるか北にいて、忙しく、焚き火を探してはいない、とシンは言った。そのことでシンが間違えたことは、一度もなかった。

# ch09_east.vn:85 · front.march · narration
# source-hash: 2bb5faa6
ch9_march_48 = ひとつの火を、十二人で囲んだ。戦区ではいつも、テーブルの片端に五人、もう片端に七人で、七人は黙っていた。今夜の七人は、黙っていなかった。

# ch09_east.vn:86 · front.march · mattie
# source-hash: ab01bc7d
ch9_march_4 = お前たち、ずいぶん静かだな。落ち着かないよ。何かあったのか？

# ch09_east.vn:87 · front.march · theo
# source-hash: af005e9b
ch9_march_49 = 聞いてんだよ。お前らが何か言うのを、二年待ったんだぜ。で、最初に言ったのがそれ。

# ch09_east.vn:88 · front.march · mattie
# source-hash: 3197e319
ch9_march_50 = なかなかだったろ。考えてきたんだ。

# ch09_east.vn:89 · front.march · narration
# source-hash: c9e0dbb9
ch9_march_51 = マティは七人の中でいちばん年上で、いちばん体が大きかった。ほかの者が怯えると、彼はとても低い音でハミングした。耳に届くより先に、操縦席のシート越しに体で感じるほどの低音だった。この二年で五人が彼の話し声を聞いたのは、せいぜい十回あまり。いつも予備部品の話だった。聞いてみると、その声は穏やかで、少しおもしろがっているようで、ひどく疲れていた。

# ch09_east.vn:90 · front.march · yuna
# source-hash: 3d882023
ch9_march_52 = 四時二十分。教会の時計。近くまで行って見てきたの。あそこが何時だったのか、誰かが知ってなきゃいけないでしょ。これで、誰かが知ってる。

# ch09_east.vn:91 · front.march · narration
# source-hash: 496bc1a0
ch9_march_53 = 言い終えると、彼女は声を立てずに笑い、膝に顔を埋めた。

# ch09_east.vn:92 · front.march · tobiah
# source-hash: 5bfb9c18
ch9_march_54 = この箱には、受け取ることのない四人に宛てた手紙が入ってる。時計にも一通書けるよ。時計だって、同じくらいには受け取ってくれる。

# ch09_east.vn:93 · front.march · ezra
# source-hash: 49ca8fdf
ch9_march_55 = ならピムの後脚の支柱に書いてやれ。おとなしくしろってな。

# ch09_east.vn:94 · front.march · pim
# source-hash: 361d5f78
ch9_march_56 = 大丈夫だよ。音がしてるだけだって。

# ch09_east.vn:95 · front.march · ezra
# source-hash: fe30d10d
ch9_march_57 = 大丈夫じゃないから音がしてるんだ。音ってのは、そのためにあるんだよ。

# ch09_east.vn:96 · front.march · narration
# source-hash: fcf5d01b
ch9_march_58 = 火を熾してからずっと、ヌールは小声で歌っていた。いつものことだった。母親が話していた、戦隊の誰も知らない言葉で。何の歌なのかと、アンジュが訊いた。

# ch09_east.vn:97 · front.march · noor
# source-hash: e5280f3e
ch9_march_59 = 夜、羊を連れて帰るときの歌。野原をぐるっと回りながら呼ぶと、羊が来るから、門を通るのを数えるの。二回。一回目が間違ってたときのために。

# ch09_east.vn:98 · front.march · anju
# source-hash: 536881b0
ch9_march_60 = 歌詞は、なんて言ってるの？

# ch09_east.vn:99 · front.march · noor
# source-hash: 7e9f533f
ch9_march_61 = おいで、おいで、暗くなるよ。外に残る子はいない。だいたいそんな感じ。それから、数。

# ch09_east.vn:100 · front.march · theo
# source-hash: 0fecd931
ch9_march_62 = 数え歌か。

# ch09_east.vn:101 · front.march · noor
# source-hash: 50da5e17
ch9_march_63 = 母さんの歌は、みんな数え歌だった。なくしたものがあったから。

# ch09_east.vn:102 · front.march · narration
# source-hash: 41f6b581
ch9_march_64 = 彼女はもう一度、数のところまで通して歌った。頼んだ者はいなかった。やめてと言う者もいなかった。

# ch09_east.vn:103 · front.march · narration
# source-hash: cb4b7bf5
ch9_march_65 = サーシャは火から少し離れて座り、指先で自転車のベルをくるくると回していた。口を開いたとき、彼女は火に向かって話していた。

# ch09_east.vn:104 · front.march · sasha
# source-hash: 09646a8d
ch9_march_66 = トマスなら嫌がったと思う、こういうの。みんなでしゃべってるの。奴らに楽をさせてる、って言ったはず。

# ch09_east.vn:105 · front.march · raiden
# source-hash: d6baf0a8
ch9_march_67 = 奴らって？

# ch09_east.vn:106 · front.march · sasha
# source-hash: ea64ebfa
ch9_march_68 = 聞いてる奴なら、誰でも。

# ch09_east.vn:107 · front.march · narration
# source-hash: e1c395b5
ch9_march_69 = 彼女は火を囲む十一の顔を見回し、それからその向こうの闇を見た。どの方角にも遠くまで、聞き耳を立てるものなど何ひとつない闇を。

# ch09_east.vn:108 · front.march · sasha
# source-hash: 6727f809
ch9_march_70 = そう言ってたら、あいつの間違い。あいつ、いろんなことで間違ってた。正しかったのは、ひとつだけ。

# ch09_east.vn:111 · front.march · mattie
# source-hash: 5d40a90f
ch9_march_71 = レーナ。そこにいるか？

# ch09_east.vn:113 · front.march · mattie
# source-hash: 82246d57
ch9_march_90 = 少佐。そこにいるか？

# ch09_east.vn:114 · front.march · lena
# source-hash: 26b566e6
ch9_march_72 = ここにいます。ぎりぎりですけど。声がとても遠いです。

# ch09_east.vn:115 · front.march · mattie
# source-hash: a0766fd7
ch9_march_73 = 七人で話し合ったんだ。ここまで来たら、俺たちのことを報告できる相手なんて、もうあんたしか残ってない。だから。

# ch09_east.vn:116 · front.march · sasha
# source-hash: fa934a9c
ch9_march_74 = 今日、ベルを見つけた。あたし、きらきらしたものを集めてるの。音はとっておけないから、これはあんたの。

# ch09_east.vn:117 · front.march · narration
# source-hash: 42ed465c
ch9_march_75 = 彼女は一度だけ、それを鳴らした。音は校庭を渡って回線に入り、小さく澄んだまま、二日ぶんの雑音をくぐって向こうの端へ抜けた。壁の内側の、暗い部屋の中へ。

# ch09_east.vn:118 · front.march · lena
# source-hash: 4b1fac43
ch9_march_76 = ありがとう、サーシャ。とっておきます。

# ch09_east.vn:120 · front.march · narration
# source-hash: 6b4e108c
ch9_march_77 = レーナは回線の上にいた。その遠く細い端に。そして、すべてを聞いていた。ひと言も口をきかなかった。ハンドラーがひと言でも発すればこれは終わってしまうと、もうわかっていた。だから、彼女抜きで続くままにしておいた。その夜、彼女が彼らに差し出せるものは、それしかなかった。

# ch09_east.vn:121 · front.march · narration
# source-hash: e6e36572
ch9_march_78 = 夜更け、火が小さくなったころ、ピムは自機の後脚の支柱を見に行った。エズラが一日じゅう正しかったことに、もう我慢できなかったのだ。

# ch09_east.vn:123 · front.march · narration
# source-hash: 22ab3ef2
ch9_march_79 = 霜の降りた枝が折れるような音がした。続いて、金属が屈していく長い軋み。ジャガーノートはゆっくりと腰を落とした。折れた脚の上に、そしてピムの上に。

# ch09_east.vn:124 · front.march · narration
# source-hash: 2dab65c3
ch9_march_80 = 一分とかからずに、彼らは機体をどけた。ライデンとマティがフレームにとりつき、エズラが物資から持ち出したジャッキを噛ませ、セオは土の上に腹ばいになってピムの肩を抱え、ひどい冗談を聞かせていた。あまりにひどくて、ピムが文句を言わずにいられないほどの。

# ch09_east.vn:125 · front.march · narration
# source-hash: d82dc356
ch9_march_81 = 脚は膝の下で折れていた。アンジュは学校の机の板と裂いた毛布で添え木を当て、きれいな折れ方だと言った。二度言った。彼が信じられるように。

# ch09_east.vn:126 · front.march · pim
# source-hash: 463a4f81
ch9_march_82 = ごめん。エズラが言ってた。一日じゅう言ってたのに。

# ch09_east.vn:127 · front.march · ezra
# source-hash: d1724739
ch9_march_83 = 言ったろ。

# ch09_east.vn:128 · front.march · narration
# source-hash: 4a363a38
ch9_march_84 = エズラの手は震えていた。彼はその手を脇の下に挟んだ。

# ch09_east.vn:129 · front.march · narration
# source-hash: 580b2620
ch9_march_85 = 支柱は直せなかった。ここでは無理だった。その機体が歩くことは、もうない。ピムは血の気の引いた顔で火のそばに横たわり、シンを見た。誰もがシンを見るからだった。

# ch09_east.vn:130 · front.march · pim
# source-hash: 83133c27
ch9_march_86 = 補給所。町の外れの。屋根があるし、ポンプもある。缶詰をいくつか置いて、僕をあそこに置いてって。番をしとくから。

# ch09_east.vn:131 · front.march · theo
# source-hash: 881563f3
ch9_march_87 = だめだ。

# ch09_east.vn:132 · front.march · pim
# source-hash: ee29da9e
ch9_march_88 = ずっと僕を運ばなきゃならなくなる。遅くなるよ。それに、シンのお兄さんはこの先にいて、動いてるんでしょ。シンが言ってるの、聞いた。

# ch09_east.vn:135 · front.march · shin
# source-hash: d892cfe8
ch9_march_89 = レーナ。運ぶことはできる。半日、たぶんそれ以上かかる。本人は残りたいと言っている。

# ch09_east.vn:137 · front.march · shin
# source-hash: b86d4177
ch9_march_91 = ハンドラー・ワン。運ぶことはできる。半日、たぶんそれ以上かかる。本人は残りたいと言っている。

# ch09_east.vn:138 · front.march · choice
# source-hash: 9479a984
ch9_march_q1 = ピムは置いていってくれと言った。火を囲む十一人が、回線の向こうから届く言葉を待っている。

# ch09_east.vn:139 · front.march · option
# source-hash: 50826110
ch9_march_o1 = ピムを運んでいく。行軍は遅くなる。

# ch09_east.vn:143 · front.march · lena
# source-hash: 24eecd4e
ch9_march_92 = 運んでください。ピム、ごめんなさい。あなたが何を差し出してくれているのかは、わかっています。でも、それは受け取れません。

# ch09_east.vn:144 · front.march · narration
# source-hash: 3f040268
ch9_march_5 = ライデンとエズラは、もうストラップを切りはじめていた。真夜中には、ピムは袋を敷き詰めたライデンの機体の背に、小包のように縛りつけられていた。空しか見えない、とこぼしながら。

# ch09_east.vn:145 · front.march · theo
# source-hash: 4a0f445e
ch9_march_93 = 道中ずっと、冗談聞かせてやるよ。

# ch09_east.vn:146 · front.march · pim
# source-hash: 6c6fcc4c
ch9_march_94 = お願いだから、やめて。

# ch09_east.vn:147 · front.march · narration
# source-hash: 05c8f530
ch9_march_95 = シンは「わかった」と言った。それ以上は何も言わなかった。そのあと長いあいだ、彼は焚き火に背を向け、東を向いて座っていた。彼がどれほど長く黙っているかを、レーナは聞いていた。半日というものが彼にとって何なのかを、正確に理解した。それでも、言葉を取り消さなかった。

# ch09_east.vn:148 · front.march · option
# source-hash: 76676f0e
ch9_march_o2 = 本人の望みどおり、物資とともに補給所に残していく。

# ch09_east.vn:151 · front.march · lena
# source-hash: 53debb71
ch9_march_96 = 補給所に残していってください。ピム……ありがとう。あなたの声に、ずっと耳を澄ませています。

# ch09_east.vn:152 · front.march · narration
# source-hash: ff5953d5
ch9_march_6 = 夜明け前、彼らは学校の扉に彼を載せて町の中を運び戻し、空の棚に寝かせた。下には毛布を敷き、ポンプには手が届くようにして。

# ch09_east.vn:154 · front.march · narration
# source-hash: 88eea85b
ch9_march_97 = ひと月かかっても食べきれないほどの缶詰を、彼らは残していった。最後にセオが二個目の桃缶をピムの手に置き、その指を閉じて握らせた。

# ch09_east.vn:156 · front.march · narration
# source-hash: a0981245
ch9_march_98 = 残していけたのは、割ける分だけだった。二週間ぶんにも満たなかった。誰もがその計算をした。誰も口には出さなかった。

# ch09_east.vn:157 · front.march · narration
# source-hash: 520ed3d4
ch9_march_99 = セオは絵も一枚残していった。火を囲む十二人全員の絵だ。みんながどんな顔をしていたか、忘れないように。サーシャは自転車のベルを残した。

# ch09_east.vn:158 · front.march · sasha
# source-hash: 77607e59
ch9_march_100 = 何かあったら鳴らしな。

# ch09_east.vn:159 · front.march · pim
# source-hash: 127cbb02
ch9_march_101 = 誰が聞くの？

# ch09_east.vn:160 · front.march · sasha
# source-hash: 52b8a44d
ch9_march_102 = 誰も。それでも鳴らしな。

# ch09_east.vn:162 · front.march · shin
# source-hash: 664cd242
ch9_march_103 = ありがとう、レーナ。

# ch09_east.vn:164 · front.march · shin
# source-hash: 8d225ee0
ch9_march_110 = ありがとう、ハンドラー・ワン。

# ch09_east.vn:165 · front.march · narration
# source-hash: 5f13c6a2
ch9_march_104 = 夜明けとともに、十一機のジャガーノートが町を出た。補給所を振り返る者はいなかった。振り返らないと、皆で決めていたからだ。そして、誰もが振り返っていた。

# ch09_east.vn:167 · front.march · narration
# source-hash: 05abcf20
ch9_march_105 = 回線の向こうに、訊ける相手はいなかった。最初の朝から、ずっといなかった。

# ch09_east.vn:168 · front.march · narration
# source-hash: 7836c9ea
ch9_march_106 = ピムはもう一度頼んだ。セオはもう一度、さっきより大きな声で、だめだと言った。シンは脚を見て、ピムを見て、東を見た。長い間があった。それからライデンが、ほかの誰も言おうとしないことを口にした。置いてきた奴はもう十分すぎるほどいる、ポンプのあるコンクリートの小屋にもうひとり置いていく気はない、と。

# ch09_east.vn:169 · front.march · narration
# source-hash: 77696696
ch9_march_107 = シンは「わかった」と言った。真夜中には、ピムは袋を敷き詰めたライデンの機体の背に縛りつけられ、空しか見えないとこぼしていた。そのあと長いあいだ、シンは焚き火に背を向け、東を向いて座ったまま、半日の遅れが何を失わせるのかを考えていた。

# ch09_east.vn:171 · front.march · narration
# source-hash: e6557620
ch9_march_108 = その夜、回線が静かになる前に、レーナは明日は遅れるかもしれないと言った。八時から上の階で会議があって、どれくらいかかるかわからないのだと。彼女は軽い調子でそう言った。その軽さが、シンには聞こえた。彼は何も訊かなかった。

# ch09_east.vn:176 · front.march · narration
# source-hash: 659c01af
ch9_march_109 = 三日目、土地はゆるやかに高くなり、白樺はまばらになった。正午を少し過ぎたころ、はるか東に、煙突が見えた。

## Scene republic.offensive

# ch09_east.vn:179 · scene `republic.offensive` title
# source-hash: 9c57a00a
scene-republic-offensive = 壁

# ch09_east.vn:187 · republic.offensive · narration
# source-hash: 185c90c4
ch9_wall_1 = 三日目の夜。九時四分。この何か月も、毎晩彼らを呼んできたその時刻に、第一区のすべてのサイレンがいっせいに鳴り出した。ヴラディレーナ・ミリーゼは、行こうと決めるより先に、コートに片袖を通しただけで部屋を飛び出していた。決めたときにはもう、第三管制室の外の廊下に立っていた。今の彼女には、いる理由のない場所に。

# ch09_east.vn:189 · republic.offensive · narration
# source-hash: a64e2a73
ch9_wall_6 = その朝八時、上の階で、彼女は指揮の任を解かれていた。三人の将校が査問委員会の所見を読み上げ、そのあいだ一度も顔を上げなかった。審査結果が出るまでの措置。即時発効。

# ch09_east.vn:191 · republic.offensive · narration
# source-hash: d501082c
ch9_wall_7 = 彼女が指揮の任を解かれたのは、行軍の二日目、回線が途絶えた翌日だった。三段落の書簡が一通。査問委員会の所見、審査結果が出るまでの措置、即時発効。

# ch09_east.vn:192 · republic.offensive · narration
# source-hash: 060ef933
ch9_wall_8 = 事務官が彼女の環を取り上げた。彼はそれを封筒に入れ、封筒に彼女の名前を書き、それからその名前を線で消して、番号を書いた。

# ch09_east.vn:193 · republic.offensive · narration
# source-hash: babd92e4
ch9_wall_9 = 扉の向こうから――電話の音。倒れる椅子。同じ座標を何度も、そのたびに声を大きくして読み上げる誰か。天井のスピーカーが、全区画、全区画、と繰り返している。扉の下には、赤い光の筋。地図を見る必要はなかった。扉の下の色で、地図がどうなっているのかわかった。

# ch09_east.vn:194 · republic.offensive · narration
# source-hash: b0f877c6
ch9_wall_10 = 彼女の手がうなじに伸びた。そこには何もなかった。何か月も環のあった場所に残る、白っぽい線。そして、そこに触れる廊下の冷気。

# ch09_east.vn:198 · republic.offensive · duval
# source-hash: 7fbeaea7
ch9_wall_11 = ミリーゼ。君はここにいるべきじゃ……いや。かといって、ほかのどこにいるべきでもないんだろうな。

# ch09_east.vn:199 · republic.offensive · lena
# source-hash: c7afce83
ch9_wall_12 = どのくらい悪いんですか？

# ch09_east.vn:200 · republic.offensive · duval
# source-hash: a6f203ec
ch9_wall_13 = 壁の全域だ。東一から東九まで、奴らは持てるものを全部、いっせいに叩きつけてきてる。こっちにも区画をひとつ回された。聞いたこともないプロセッサーが四十人、いっせいにしゃべってて、名前はひとつも知らない。

# ch09_east.vn:201 · republic.offensive · lena
# source-hash: 2ad75442
ch9_wall_14 = 訊いてください。

# ch09_east.vn:202 · republic.offensive · duval (surprised)
# source-hash: c8a15889
ch9_wall_15 = なんだって？

# ch09_east.vn:203 · republic.offensive · lena
# source-hash: 5f260a7f
ch9_wall_16 = 名前を訊いてください。思っているより、早く済みます。

# ch09_east.vn:204 · republic.offensive · narration
# source-hash: 14b29928
ch9_wall_17 = 彼は彼女を見た。持ち上げられるとは思ってもいなかった重いものを、手渡されたかのように。

# ch09_east.vn:205 · republic.offensive · lena
# source-hash: 44e33b13
ch9_wall_18 = 大尉。スピアヘッドのチャンネルは。

# ch09_east.vn:207 · republic.offensive · duval
# source-hash: 31d317b5
ch9_wall_19 = ランプが点いてる。まだな。向こうの誰かが接続してる。こっちの端には、誰もいないが。

# ch09_east.vn:208 · republic.offensive · narration
# source-hash: 46b0d455
ch9_wall_20 = 彼女は目を閉じた。

# ch09_east.vn:209 · republic.offensive · lena
# source-hash: 5a214672
ch9_wall_21 = ありがとうございます。

# ch09_east.vn:211 · republic.offensive · duval (sad)
# source-hash: 76f1c905
ch9_wall_22 = 消えてるよ、ミリーゼ。初日からずっと消えたままだ。

# ch09_east.vn:212 · republic.offensive · lena
# source-hash: 670467ec
ch9_wall_23 = 知っています。誰かがそう言うのを、聞きたかったんです。

# ch09_east.vn:213 · republic.offensive · narration
# source-hash: 0e6b2a0d
ch9_wall_24 = 彼は口を開いた。コーヒーに手を伸ばそうとするのが、彼女には見えた。彼が彼女に差し出すすべを知っていた、ただひとつのもの。コーヒーはなかった。時間もなかった。彼は中へ戻り、扉が揺れて閉まって、騒音を閉じこめた。

# ch09_east.vn:215 · republic.offensive · narration
# source-hash: 0b0e3e2b
ch9_wall_25 = サイレンが止むまで、彼女は廊下にいた。夜明けの少し前だった。家に帰れと言う者はいなかった。彼女に何かを言う者は、誰もいなかった。

# ch09_east.vn:220 · republic.offensive · narration
# source-hash: f4b014f2
ch9_wall_2 = 三日目の夜、九時四分。喉元には環があり、スピアヘッドへの回線は開いていた。そのとき、第三管制室の地図が端から端まで赤く染まり、そのまま戻らなかった。

# ch09_east.vn:222 · republic.offensive · narration
# source-hash: 7930ba62
ch9_wall_73 = 三日目の夜、九時四分。喉元には環があり、スピアヘッドのチャンネルは三日ぶんの雑音に向かって開いていた。彼らが発ってから毎晩、そうしてきたように。そのとき、第三管制室の地図が端から端まで赤く染まり、そのまま戻らなかった。

# ch09_east.vn:223 · republic.offensive · narration
# source-hash: 04599f9b
ch9_wall_26 = 九年間、地図は東部戦線を一本のきれいな緑の線で示してきた。今夜、線はなかった。あるのは壁と、その全長に押し寄せるレギオンだった。第一戦区から、第九戦区まで。

# ch09_east.vn:224 · republic.offensive · narration
# source-hash: 91d241d8
ch9_wall_27 = 本部は、一度も訓練をしたことのない建物のように崩れていった。ハンドラーたちが、パジャマの上にコートを羽織って自宅から駆けつけた。参謀本部の大佐がひとり、廊下の真ん中で両手に一本ずつ受話器を持ち、その両方に「はい」と言っていた。誰かが食堂のラジオをつけっぱなしにしていて、ラジオは、東部戦線は安定していると告げていた。

# ch09_east.vn:225 · republic.offensive · hq
# source-hash: 836a7b5f
ch9_wall_28 = 全ハンドラーへ、全ハンドラーへ。担当区画を通達する。ハンドラー・ワン、東四区画、防壁第十一から第十六区間。六個戦隊。周波数は各自の卓に表示。

# ch09_east.vn:226 · republic.offensive · narration
# source-hash: dce0a601
ch9_wall_29 = 見知らぬ中尉が、彼女の手にファイルを押しつけた。六個戦隊。コールサイン。名前はない。管制卓に新しいランプが六つ灯り、その下から声が聞こえてきた。若く、怯えていて、誰かが何かを言ってくれるのを待っている声が。

# ch09_east.vn:229 · republic.offensive · duval
# source-hash: b0cff80e
ch9_wall_30 = 予備に回されたよ。予備ってのは、つまりこの身ひとつとあの電話一台さ。ここにいることを、忘れられたらしい。

# ch09_east.vn:232 · republic.offensive · narration
# source-hash: e9c70907
ch9_wall_31 = そのとき、すべての音の下で、「スピアヘッド」と記されたチャンネルから、声が届いた。ひどく遠く、言葉より雑音のほうが大きいほどの声が。

# ch09_east.vn:234 · republic.offensive · shin
# source-hash: 7435d9c0
ch9_wall_32 = レーナ。見つけた。

# ch09_east.vn:236 · republic.offensive · shin
# source-hash: ec8373ab
ch9_wall_33 = ハンドラー・ワン。見つけた。

# ch09_east.vn:237 · republic.offensive · shin
# source-hash: cb5b7fe3
ch9_wall_34 = 煙突のある町にいる。ほかはほとんど、今夜西へ向かった。そっちへ。一緒には行かなかった。待っている。

# ch09_east.vn:239 · republic.offensive · narration
# source-hash: 81597e17
ch9_wall_35 = そのとき、三日間消えたままだった「スピアヘッド」のチャンネルに、何かが来た。ぱちりという音。ひどく遠い、声の形をしたもの。二語か、三語。ひと息にも満たない。

# ch09_east.vn:240 · republic.offensive · shin
# source-hash: 65564fe7
ch9_wall_36 = ……見つけ……た……

# ch09_east.vn:241 · republic.offensive · narration
# source-hash: a48d9797
ch9_wall_37 = それからまた、雑音。何であってもおかしくなかった。ただの何かではないと、彼女にはわかっていた。

# ch09_east.vn:243 · republic.offensive · narration
# source-hash: 8608ce9b
ch9_wall_38 = 誰のことか、彼女にはわかった。彼が話してくれたあの夜から、ずっとわかっていた。東で毎晩呼びつづける、ひとつの声。そして、ある一日までのすべてを考え抜いていた少年。

# ch09_east.vn:245 · republic.offensive · narration
# source-hash: 94fa1617
ch9_wall_39 = 誰を、とは彼は言わなかった。言う必要もなかった。彼の「見つけた」の言い方を、彼女は聞いていた。

# ch09_east.vn:246 · republic.offensive · narration
# source-hash: 50be75ff
ch9_wall_40 = 管制卓の上で、壁の六つのランプが待っていた。デュヴァルは彼女を見ていた。見ないようにしながら。

# ch09_east.vn:247 · republic.offensive · choice
# source-hash: d985a2de
ch9_wall_q1 = 壁の上の六個戦隊が、声を待っている。はるか遠くのひとりは、彼女に何も求めていない。

# ch09_east.vn:248 · republic.offensive · option
# source-hash: 66d11c04
ch9_wall_o1 = 壁を引き受ける。

# ch09_east.vn:252 · republic.offensive · narration
# source-hash: 337d4c75
ch9_wall_3 = 彼女は壁を引き受けた。

# ch09_east.vn:254 · republic.offensive · lena
# source-hash: c3c4cfd4
ch9_wall_41 = シン。壁を任されました。六個戦隊です。私……

# ch09_east.vn:255 · republic.offensive · shin
# source-hash: 0ac8ced9
ch9_wall_42 = 聞こえた。行け。

# ch09_east.vn:256 · republic.offensive · narration
# source-hash: b1f89540
ch9_wall_43 = 彼女はスピアヘッドのチャンネルを絞り、管制卓の隅の小さなランプひとつにした。それから、そちらを見なかった。見てしまえば、ほかのことは何もできなくなるから。

# ch09_east.vn:257 · republic.offensive · lena
# source-hash: e82c0d34
ch9_wall_44 = 東四区画、こちらハンドラー・ワン。今夜は私が皆さんのハンドラーです。各戦隊長、名前をお願いします。コールサインではなく。急いでください。

# ch09_east.vn:258 · republic.offensive · narration
# source-hash: ab56c8ab
ch9_wall_45 = 六つのチャンネルに、いっせいに沈黙が落ちた。やがて第十二区間の少年が、自分の名前はオーレルだと言い、これは命令なのかと訊いた。命令です、と彼女は答えた。そこから先は、名前が次々に届いた。

# ch09_east.vn:259 · republic.offensive · narration
# source-hash: f574850a
ch9_wall_46 = 彼女は夜通し壁を支えた。敵の間隔を、隙間を、ゲートで団子になる場所を読み上げた。第十四区間の下に、彼女の地図にしか載っていない暗渠を見つけた。夜明け前、彼女のランプのうち二つが灰色になった。その二人の名前を、彼女は知っていた。それが彼女に差し出せるすべてで、彼女はそれを差し出した。

# ch09_east.vn:260 · republic.offensive · narration
# source-hash: 7085e5eb
ch9_wall_47 = 見ているほかにすることのないデュヴァルは、見ていた。三時を過ぎたころ、彼が鉛筆を取り出し、同じように名前を書き留めているのに、彼女は気づいた。

# ch09_east.vn:261 · republic.offensive · option
# source-hash: 3289c580
ch9_wall_o2 = 壁をデュヴァルに任せる。スピアヘッドのチャンネルに残る。

# ch09_east.vn:267 · republic.offensive · lena
# source-hash: 59aa865a
ch9_wall_48 = 大尉。壁を引き受けてください。

# ch09_east.vn:268 · republic.offensive · narration
# source-hash: 1e632753
ch9_wall_4 = デュヴァルの顔から血の気が引いた。

# ch09_east.vn:269 · republic.offensive · duval (surprised)
# source-hash: 530cc784
ch9_wall_49 = 僕が？　ミリーゼ、テンプレートしか扱ったことがないんだぞ。前日のをコピーして、日付を変えるだけの。

# ch09_east.vn:270 · republic.offensive · lena
# source-hash: fa9a368c
ch9_wall_50 = なら、日付を変えてください。名前を訊いてください。話す前に、聞いてください。あなたは、自分で思っているよりうまくやれます。

# ch09_east.vn:271 · republic.offensive · duval
# source-hash: 1b479467
ch9_wall_51 = そんなこと、わからないだろう。

# ch09_east.vn:272 · republic.offensive · lena
# source-hash: 80c6697b
ch9_wall_52 = ええ。それでも、やってください。

# ch09_east.vn:273 · republic.offensive · narration
# source-hash: d0371dd0
ch9_wall_53 = 彼は環をつけた。手がひどく震えて曲がってしまい、外して、もう一度つけ直した。それから六つのランプの前に座り、彼女がこれまで見た中でいちばん勇敢なことをした。口を開いたのだ。

# ch09_east.vn:274 · republic.offensive · duval
# source-hash: 8dd34ae9
ch9_wall_54 = 東四区画。こちらは……デュヴァル大尉だ。今夜は私が君たちのハンドラーだ。話してくれ。まずは名前から。

# ch09_east.vn:276 · republic.offensive · lena
# source-hash: 931679b7
ch9_wall_55 = シン。私はここにいます。ここに残ります。

# ch09_east.vn:277 · republic.offensive · shin
# source-hash: 64832f28
ch9_wall_56 = ……よかった。

# ch09_east.vn:278 · republic.offensive · narration
# source-hash: 7bb43e4b
ch9_wall_57 = 彼女は彼のランプの横に東部の地図を呼び出した。格子のない地図。そして、そこから読み取れるかぎりのことを彼らに伝えはじめた。最初の夜にそうしたように。地形、敵の間隔、古い町のせいで敵が団子になる場所。どの言葉も半分は失われた。彼らは届いた半分を受け取った。

# ch09_east.vn:280 · republic.offensive · narration
# source-hash: 3dc3924a
ch9_wall_58 = 彼女はスピアヘッドのチャンネルを開き、雑音に向かって話した。壁のこと、時刻のこと、自分がここにいること、残ったこと。何も返ってこなかった。信号は完全に止まることはない、見つけられないほど小さくなるだけだ――アネットがいつかそう言っていた。届く範囲の縁の向こうのどこかに、ひと言くらいは届くかもしれない。あるいは、ひと息くらいは。それは本当なのだと、彼女は決めた。そして、話しつづけた。

# ch09_east.vn:281 · republic.offensive · option
# source-hash: 753a8c6a
ch9_wall_o3 = 同調率を行けるところまで上げ、シンの行くところへ行く。

# ch09_east.vn:283 · republic.offensive · narration
# source-hash: 059e42a2
ch9_wall_5 = 彼女は「スピアヘッド」と記されたランプを見た。壁の六つのランプを見た。そして、デュヴァルを見た。

# ch09_east.vn:284 · republic.offensive · lena
# source-hash: b4360b97
ch9_wall_59 = 大尉。壁はあなたに任せます。名前を訊いてください。話す前に、聞いてください。

# ch09_east.vn:285 · republic.offensive · duval (worried)
# source-hash: 12ea305e
ch9_wall_60 = ミリーゼ、僕には無理だ……

# ch09_east.vn:286 · republic.offensive · narration
# source-hash: d3ef8d24
ch9_wall_61 = 彼は怯えていた。彼女は彼が怯えるのを見ていた。それでも彼が環をつけ、管制卓に向き直るのを見ていた。

# ch09_east.vn:287 · republic.offensive · narration
# source-hash: 3e1dd141
ch9_wall_62 = 彼女は研究棟への電話を取った。最初の呼び出し音が鳴り終わる前に、アネットが出た。

# ch09_east.vn:288 · republic.offensive · annette
# source-hash: ed60a07a
ch9_wall_63 = わかってる。九時からずっと、あなたの数値を見てたの。何を頼むつもりかも、わかってる。

# ch09_east.vn:289 · republic.offensive · lena
# source-hash: f56c496a
ch9_wall_64 = 限界まで、アネット。

# ch09_east.vn:290 · republic.offensive · annette
# source-hash: 946d3b46
ch9_wall_65 = 限界なんてないの。そんなもの作らなかった。私が作ったのはリミッター。それを、あなたに外させられたのよ。

# ch09_east.vn:291 · republic.offensive · lena
# source-hash: 7022026d
ch9_wall_66 = なら、行けるところまで。

# ch09_east.vn:292 · republic.offensive · narration
# source-hash: 0fb96991
ch9_wall_67 = 受話器の向こうに沈黙があった。研究室の低い唸りに満ちた沈黙が。

# ch09_east.vn:293 · republic.offensive · annette
# source-hash: 1d08170b
ch9_wall_68 = 私が止めてって言っても、あなたには聞こえない。

# ch09_east.vn:294 · republic.offensive · lena
# source-hash: a17fca79
ch9_wall_69 = わかってる。

# ch09_east.vn:295 · republic.offensive · annette
# source-hash: 1c3cbd3e
ch9_wall_70 = ……なら、帰ってくるまでここにいる。ここにいるからね、レーナ。帰ってきて。

# ch09_east.vn:299 · republic.offensive · narration
# source-hash: cd43c721
ch9_wall_71 = 二つ下の階で、ダイヤルがひとつ回った。第三管制室が遠ざかった。サイレンも、赤も、顔も知らない少女に名前を尋ねるデュヴァルの声も。代わりにやって来たのは東だった。東のすべて。そして闇。闇の中の、おびただしい声。そのひとつが、シンの声だった。

# ch09_east.vn:300 · republic.offensive · narration
# source-hash: a7350c8b
ch9_wall_72 = 彼女は、彼の行くところへ行った。

## Scene front.shepherd

# ch09_east.vn:305 · scene `front.shepherd` title
# source-hash: fe33fd28
scene-front-shepherd = 羊飼い

# ch09_east.vn:309 · front.shepherd · narration
# source-hash: 97245c20
ch9_shepherd_1 = その町は、かつて鋼を造っていた。九本並んだ煙突が、残照を背に立っていた。一本は倒れ、家ほどもある塊になって操車場に横たわっていた。死んだ川の上にはクレーンが、フックを下ろしたまま立っていた。薄い草に覆われた鉱滓の山があり、列車が一本まるごと紛れこみそうなほど長い建屋があった。

# ch09_east.vn:310 · front.shepherd · narration
# source-hash: 5e8a325f
ch9_shepherd_5 = レギオンはそこを巣にしていた。この一週間、建屋はどれも満ちていた。シンには聞こえていた。何千もの声が、闇の中でつぶやいているのが。今夜、そのほとんどが西へ、壁へと向かった。残ったのは護衛と、あの古い一機だけだった。

# ch09_east.vn:311 · front.shepherd · narration
# source-hash: 7e28b618
ch9_shepherd_6 = それは建屋の中でいちばん大きな鋳造所にいて、彼らが入っていくと、出てきた。

# ch09_east.vn:312 · front.shepherd · narration
# source-hash: aa792b65
ch9_shepherd_7 = それは、彼らの誰が戦ったどんなものよりも大きく、古かった。装甲はちぐはぐだった。ほかの機械の部品で、継ぎに継ぎを重ねて、何年も修繕されてきたのだ。それが終わることを許さない何かによって。小さな機械たちは、それが動けば動き、止まれば止まり、向きを変えれば向きを変えた。群れのように。

# ch09_east.vn:313 · front.shepherd · raiden
# source-hash: bb4f48aa
ch9_shepherd_8 = シン。あれは……

# ch09_east.vn:314 · front.shepherd · shin
# source-hash: df3660ed
ch9_shepherd_9 = そうだ。

# ch09_east.vn:315 · front.shepherd · narration
# source-hash: 7da44656
ch9_shepherd_10 = 耳を澄ます必要はなかった。小さいころから、ほかのすべての声の下に、毎晩、東から、この声だけを聞いてきた。今夜、それはほかの声をかき消すほど近かった。

# ch09_east.vn:316 · front.shepherd · shin
# source-hash: 5ce5bb92
ch9_shepherd_11 = ショーレイ。

# ch09_east.vn:317 · front.shepherd · narration
# source-hash: afafe79e
ch9_shepherd_12 = 彼は一度だけ、誰にともなくその名を口にした。それから指示を出した。回線の上にはほかに十一人がいて、彼らをここへ連れてきたのは彼だったから。

# ch09_east.vn:318 · front.shepherd · shin
# source-hash: 38ed6a9f
ch9_shepherd_13 = クレナ、左の鉱滓の山。奴の後ろの関節を狙え。ライデン、セオ、護衛を操車場に引きつけて、そこに釘づけにしろ。マティ、トビア、建屋を。ユナ、クレーンの下から入る道を探してくれ。ほかは全員ライデンにつけ。

# ch09_east.vn:319 · front.shepherd · kurena
# source-hash: 85df4a78
ch9_shepherd_14 = シン。

# ch09_east.vn:320 · front.shepherd · shin
# source-hash: da7c3157
ch9_shepherd_15 = わかってる。

# ch09_east.vn:321 · front.shepherd · narration
# source-hash: c293b0ec
ch9_shepherd_110 = ピムは戦えなかった。どこに残されていたにせよ、彼には全員の居場所がわかり、すべてが聞こえていた。そのほうがつらかった、とセオはあとで言った。

# ch09_east.vn:323 · front.shepherd · narration
# source-hash: 258a4848
ch9_shepherd_16 = 西から聞いている者はいなかった。シンの首の環は、三日前からそちら側が冷たいままだった。ここで起きることは十二人の身に起き、ほかの誰にも起きない。ほかの誰も、それがどう運んだのかを本当に知ることはない。それは彼らだけのものだった。

# ch09_east.vn:325 · front.shepherd · narration
# source-hash: 86f2e30a
ch9_shepherd_17 = レーナは朝から接続していなかった。西への回線は、こちらの端では開いていて、向こうの端は空っぽだった。鍵をかけずに閉めただけの扉のように。

# ch09_east.vn:328 · front.shepherd · narration
# source-hash: 7b632355
ch9_shepherd_18 = そのあとは、ただ轟音と、焼けた金属の匂いと、回線の声だけになった。十二人全員の声が、いっせいに。この二年、一度もなかったことだった。

# ch09_east.vn:329 · front.shepherd · theo
# source-hash: edd73048
ch9_shepherd_19 = 操車場で三機に追われてる、ライデン。三機。やたら熱心なやつら。

# ch09_east.vn:330 · front.shepherd · raiden
# source-hash: 59db5c66
ch9_shepherd_20 = 見えてる。左だ、セオ。煙突を回りこめ。

# ch09_east.vn:333 · front.shepherd · yuna
# source-hash: 7d4b38d2
ch9_shepherd_21 = クレーンの下に入れる道がある。狭いよ。シン、すごく狭い。

# ch09_east.vn:334 · front.shepherd · shin
# source-hash: 1d18767c
ch9_shepherd_22 = 狭くても足りる。

# ch09_east.vn:336 · front.shepherd · kurena
# source-hash: c2f8f66c
ch9_shepherd_23 = 左後ろの関節。命中。……気にもしてない。

# ch09_east.vn:337 · front.shepherd · tobiah
# source-hash: 0e935e23
ch9_shepherd_24 = 長い建屋からあと二機、出てくる。マティ、一緒に。

# ch09_east.vn:338 · front.shepherd · narration
# source-hash: 96009f70
ch9_shepherd_25 = そしてそのすべての下で、回線の上で、ごく静かに、ヌールが歌っていた。おいで、おいで、暗くなるよ。最初の一発からずっと、彼女は小声で、母親の言葉で歌っていた。やめろと言う者はいなかった。その下で、マティが低い音をハミングしていた。耳に届くより先に、シート越しに体で感じる音を。

# ch09_east.vn:341 · front.shepherd · narration
# source-hash: b5707477
ch9_shepherd_26 = 古い機械が向きを変えた。小さな機械たちも一緒に向きを変えた。それはシンの居場所を知っていた。ずっと知っていたのだ。

# ch09_east.vn:345 · front.shepherd · narration
# source-hash: b92d5a8b
ch9_shepherd_27 = レーナはそこにいた。いつもいた、回線の細く遠い端ではなかった。回線の中、そのいちばん底。シンが小さいころから生きてきた場所に。

# ch09_east.vn:346 · front.shepherd · narration
# source-hash: 771fdca6
ch9_shepherd_28 = そこでは、死者たちがひどく騒がしかった。遠く、近く、何千もの声が、それぞれ最後のひと言を、誰にともなく繰り返していた。水を求める誰か。数をかぞえては見失い、またはじめから数える誰か。

# ch09_east.vn:347 · front.shepherd · narration
# source-hash: af255403
ch9_shepherd_29 = そしてその真ん中に、ただ繰り返しているだけではない声がひとつあった。それは何かを探していた。何年も、探しつづけていた。

# ch09_east.vn:348 · front.shepherd · lena
# source-hash: 58e1ed78
ch9_shepherd_2 = ノウゼン伍長。

# ch09_east.vn:349 · front.shepherd · narration
# source-hash: c044a5c7
ch9_shepherd_30 = 巨大な機械の動きが鈍った。

# ch09_east.vn:350 · front.shepherd · lena
# source-hash: 7a4f6193
ch9_shepherd_31 = 私の声は、わからないと思います。小さかったから。あなたは燃えている町から、私を運び出してくれました。父が前線に来た日に。私は靴を片方なくしていました。火を見せたくなくて、あなたは上着のボタンを数えさせてくれました。

# ch09_east.vn:351 · front.shepherd · lena
# source-hash: dbe29a4e
ch9_shepherd_32 = ボタンは六つで、七つ目があるはずの場所がひとつ空いていました。私はそこも数えました。毎回。帰り道のあいだ、ずっと。

# ch09_east.vn:352 · front.shepherd · lena
# source-hash: 76badf5d
ch9_shepherd_33 = 私の名前は、ヴラディレーナ・ミリーゼです。あなたの弟さんと、長い道のりを来ました。弟さんは、それよりずっと長い道のりを来ています。通してあげてください。

# ch09_east.vn:353 · front.shepherd · narration
# source-hash: 64d13530
ch9_shepherd_34 = ほんの一瞬、探していた声が、探すのをやめた。

# ch09_east.vn:354 · front.shepherd · narration
# source-hash: 21eacf6f
ch9_shepherd_35 = その中の何かが、思い出した。彼女の名前ではないのかもしれない。町でも、靴でもないのかもしれない。もっと小さなものだ。片方の肩に担いだ重み。耳もとで数をかぞえる子供の声。六つ、それから、そこにないひとつ。

# ch09_east.vn:355 · front.shepherd · narration
# source-hash: 24959fa4
ch9_shepherd_36 = 古い機械は、じっと動かなくなった。

# ch09_east.vn:356 · front.shepherd · narration
# source-hash: 4ac6e4c7
ch9_shepherd_37 = それは戦わなかった。小さな機械たちが向きを変えても、向きを変えなかった。残照を浴びて鋳造所の入口に立ち、待っていた。そしてシンが、彼のもとにたどり着いた。

# ch09_east.vn:357 · front.shepherd · narration
# source-hash: c2d8f839
ch9_shepherd_38 = そのときシンが兄にかけた言葉は、ごく静かなものだった。レーナはそれを聞いた。彼のいるところに、彼女もいたからだ。それが何だったのか、彼女は誰にも話さなかった。それは、彼女のものではなかった。

# ch09_east.vn:359 · front.shepherd · narration
# source-hash: aa3a897b
ch9_shepherd_39 = それは操車場を横切って彼に向かってきた。操車場が揺れた。

# ch09_east.vn:360 · front.shepherd · narration
# source-hash: e6921674
ch9_shepherd_40 = クレナは後ろの関節をもう一度撃ち、さらにもう一度撃った。それが気にかけるまで。ライデンとセオは護衛を建屋に引きこみ、そこに釘づけにした。ジャガーノート二機に持ちこたえられるはずの時間よりも、長く。ユナが見つけたクレーンの下の道は狭かった。シンはそこを通り、向こう側へ抜けた。手を伸ばせば触れられるほど近くに。

# ch09_east.vn:361 · front.shepherd · narration
# source-hash: 12a95179
ch9_shepherd_41 = 彼はもう一度だけ、兄の名を口にした。回線の上で。全員に聞こえるところで。

# ch09_east.vn:362 · front.shepherd · shin
# source-hash: e9ca809a
ch9_shepherd_42 = ショーレイ。

# ch09_east.vn:363 · front.shepherd · narration
# source-hash: 4637c8f8
ch9_shepherd_43 = それからシンは兄のもとにたどり着き、そのあと、闇の中の声はひとつ減った。その違いが聞こえたのは、シンだけだった。

# ch09_east.vn:366 · front.shepherd · narration
# source-hash: 1a05cadf
ch9_shepherd_3 = あとになっても、どれほどきわどかったのか、誰にも言えなかった。最初から最後まで、ずっときわどかったからだ。

# ch09_east.vn:367 · front.shepherd · narration
# source-hash: ccb01793
ch9_shepherd_44 = セオの機体は脚を二本残して操車場に横倒しになり、セオはその上に座って、まる一分間、何にともなく笑っていた。ライデンは最後の局面を倒れたガントリーの下で過ごし、エズラとトビアが素手で彼を掘り出した。クレナの残弾は一発だった。数えていたのだ。ユナのキャノピーには、頭のあった場所から手のひらひとつぶん離れたところに穴が開いていて、彼女は何度もそこに指を入れて確かめていた。

# ch09_east.vn:368 · front.shepherd · narration
# source-hash: f4ced76d
ch9_shepherd_45 = ここで一メートル。あそこで一秒。ひと晩じゅう、何度も何度も、手のひらひとつぶん。

# ch09_east.vn:369 · front.shepherd · narration
# source-hash: 134b66cd
ch9_shepherd_46 = それから、シンが点呼を取った。誰かがやらなければならず、それはいつも彼だった。

# ch09_east.vn:370 · front.shepherd · shin
# source-hash: 05643a29
ch9_shepherd_47 = ヴェアヴォルフ。

# ch09_east.vn:371 · front.shepherd · raiden
# source-hash: 024bd56d
ch9_shepherd_48 = ここだ。

# ch09_east.vn:372 · front.shepherd · shin
# source-hash: 3b9006b8
ch9_shepherd_49 = ラフィング・フォックス。

# ch09_east.vn:373 · front.shepherd · theo
# source-hash: 53138306
ch9_shepherd_50 = ここ。ほぼ全部ね。

# ch09_east.vn:374 · front.shepherd · shin
# source-hash: d6ca91d1
ch9_shepherd_51 = ガンスリンガー。

# ch09_east.vn:375 · front.shepherd · kurena
# source-hash: 26a7c0dc
ch9_shepherd_52 = ここ。

# ch09_east.vn:376 · front.shepherd · shin
# source-hash: f5b528df
ch9_shepherd_53 = スノウ・ウィッチ。

# ch09_east.vn:377 · front.shepherd · anju
# source-hash: dae1c90a
ch9_shepherd_54 = ここにいるわ。

# ch09_east.vn:378 · front.shepherd · shin
# source-hash: 7c2aad51
ch9_shepherd_55 = ベルリンガー。

# ch09_east.vn:379 · front.shepherd · mattie
# source-hash: f3043b48
ch9_shepherd_56 = ここだ。

# ch09_east.vn:380 · front.shepherd · shin
# source-hash: 38806a28
ch9_shepherd_57 = ウィスプ。

# ch09_east.vn:381 · front.shepherd · narration
# source-hash: 1bb78080
ch9_shepherd_58 = ユナが笑った。今度ばかりは、声があった。

# ch09_east.vn:382 · front.shepherd · yuna
# source-hash: 6535d03b
ch9_shepherd_59 = ここ。

# ch09_east.vn:383 · front.shepherd · shin
# source-hash: 7e6f99bd
ch9_shepherd_60 = フェリーマン。

# ch09_east.vn:384 · front.shepherd · tobiah
# source-hash: 939519f6
ch9_shepherd_61 = ここにいる。

# ch09_east.vn:385 · front.shepherd · shin
# source-hash: 20522d40
ch9_shepherd_62 = マグパイ。

# ch09_east.vn:386 · front.shepherd · sasha
# source-hash: fdb181e4
ch9_shepherd_63 = ここ。

# ch09_east.vn:387 · front.shepherd · shin
# source-hash: 12a9839a
ch9_shepherd_64 = ティンカー。

# ch09_east.vn:388 · front.shepherd · ezra
# source-hash: 80ff8bb9
ch9_shepherd_65 = ここだ。機体はもういないけどな。

# ch09_east.vn:389 · front.shepherd · shin
# source-hash: 9c0341a0
ch9_shepherd_66 = ナイトジャー。

# ch09_east.vn:390 · front.shepherd · noor
# source-hash: bb4519f0
ch9_shepherd_67 = ここ。

# ch09_east.vn:391 · front.shepherd · narration
# source-hash: e779219a
ch9_shepherd_68 = それから小声で、母親の言葉で、最後の数を。歌の終わりまで。

# ch09_east.vn:392 · front.shepherd · shin
# source-hash: 4a38a5eb
ch9_shepherd_69 = スケアクロウ。

# ch09_east.vn:393 · front.shepherd · pim
# source-hash: 28db4794
ch9_shepherd_70 = ここ。

# ch09_east.vn:394 · front.shepherd · narration
# source-hash: 7f6b9dbb
ch9_shepherd_71 = ピムの声は、ひどく頑張っていた。そして、ちゃんと届いた。

# ch09_east.vn:395 · front.shepherd · raiden
# source-hash: 3ca7a4f1
ch9_shepherd_72 = アンダーテイカー。

# ch09_east.vn:396 · front.shepherd · shin
# source-hash: 4b6cc6ab
ch9_shepherd_73 = ここだ。

# ch09_east.vn:397 · front.shepherd · narration
# source-hash: c3ca98bf
ch9_shepherd_74 = 十二人。

# ch09_east.vn:399 · front.shepherd · shin
# source-hash: 64c461c9
ch9_shepherd_75 = レーナ。

# ch09_east.vn:400 · front.shepherd · lena
# source-hash: 4bffc2a2
ch9_shepherd_76 = ここにいます。

# ch09_east.vn:403 · front.shepherd · narration
# source-hash: a3ea9e89
ch9_shepherd_4 = あとで、シンが点呼を取った。誰かがやらなければならず、それはいつも彼だった。

# ch09_east.vn:404 · front.shepherd · shin
# source-hash: e46b508c
ch9_shepherd_77 = ヴェアヴォルフ。

# ch09_east.vn:405 · front.shepherd · raiden
# source-hash: d4c65c8c
ch9_shepherd_78 = ここだ。

# ch09_east.vn:406 · front.shepherd · shin
# source-hash: 3ec61f0d
ch9_shepherd_79 = ラフィング・フォックス。

# ch09_east.vn:407 · front.shepherd · theo
# source-hash: f3aab161
ch9_shepherd_80 = ここ。

# ch09_east.vn:408 · front.shepherd · shin
# source-hash: 79675c32
ch9_shepherd_81 = ガンスリンガー。

# ch09_east.vn:409 · front.shepherd · kurena
# source-hash: 3c1f798b
ch9_shepherd_82 = ここ。

# ch09_east.vn:410 · front.shepherd · shin
# source-hash: bfdce564
ch9_shepherd_83 = スノウ・ウィッチ。

# ch09_east.vn:411 · front.shepherd · anju
# source-hash: f0d0abad
ch9_shepherd_84 = ここにいるわ。

# ch09_east.vn:412 · front.shepherd · shin
# source-hash: fad8e7e6
ch9_shepherd_85 = ベルリンガー。

# ch09_east.vn:413 · front.shepherd · mattie
# source-hash: 9e407497
ch9_shepherd_86 = ここだ。

# ch09_east.vn:414 · front.shepherd · shin
# source-hash: 86c71317
ch9_shepherd_87 = ウィスプ。

# ch09_east.vn:415 · front.shepherd · yuna
# source-hash: ff5e7c59
ch9_shepherd_88 = ここ。

# ch09_east.vn:416 · front.shepherd · shin
# source-hash: 40c96f62
ch9_shepherd_89 = フェリーマン。

# ch09_east.vn:417 · front.shepherd · tobiah
# source-hash: b4ca243a
ch9_shepherd_90 = ここにいる。

# ch09_east.vn:418 · front.shepherd · shin
# source-hash: e251be1e
ch9_shepherd_91 = マグパイ。

# ch09_east.vn:419 · front.shepherd · sasha
# source-hash: b39fe178
ch9_shepherd_92 = ここ。

# ch09_east.vn:420 · front.shepherd · shin
# source-hash: d098a470
ch9_shepherd_93 = ティンカー。

# ch09_east.vn:421 · front.shepherd · ezra
# source-hash: ff6f78de
ch9_shepherd_94 = ここだ。

# ch09_east.vn:422 · front.shepherd · shin
# source-hash: 1231ed22
ch9_shepherd_95 = ナイトジャー。

# ch09_east.vn:424 · front.shepherd · shin
# source-hash: 83926b2d
ch9_shepherd_96 = ……ナイトジャー。

# ch09_east.vn:425 · front.shepherd · narration
# source-hash: 324827d7
ch9_shepherd_97 = 何も返ってこなかった。雑音ですらなかった。回線は開いていて、澄んでいた。そして、ヌールのいた場所には誰もいなかった。

# ch09_east.vn:426 · front.shepherd · narration
# source-hash: 7b411ec1
ch9_shepherd_98 = それから彼らは、全員がいっせいに思い出した。歌が止んでいたことを。戦いのさなかのどこかで、古い機械が向きを変え、操車場が揺れたとき、ヌールは「外に残る子はいない」のところを歌っていた。そして、歌わなくなった。あまりにも騒がしかった。その瞬間に気づいた者はいなかった。気づかなかったことを、彼らはひとり残らず覚えていることになる。

# ch09_east.vn:428 · front.shepherd · narration
# source-hash: 20dda382
ch9_shepherd_99 = レーナは気づいていた。シンのいるところに、彼女もいた。歌が止むのを彼は聞き、彼女も聞いた。そしてそれをどうすることもできず、ただ抱えておくしかなかった。

# ch09_east.vn:429 · front.shepherd · shin
# source-hash: 13077d14
ch9_shepherd_100 = ヌール。

# ch09_east.vn:430 · front.shepherd · narration
# source-hash: 5758d270
ch9_shepherd_101 = マティがハミングを始めた。彼の低い音ではなかった。彼女の音だった。彼女の旋律を、止まったところから、数を通って、終わりまで。彼は歌詞を知らなかった。数は知っていた。今では、全員が数を知っていた。

# ch09_east.vn:431 · front.shepherd · shin
# source-hash: 2d6b7f3f
ch9_shepherd_102 = スケアクロウ。

# ch09_east.vn:432 · front.shepherd · pim
# source-hash: 3cd3eca7
ch9_shepherd_103 = ここ。

# ch09_east.vn:433 · front.shepherd · raiden
# source-hash: aad3cbe3
ch9_shepherd_104 = アンダーテイカー。

# ch09_east.vn:434 · front.shepherd · shin
# source-hash: 1089e631
ch9_shepherd_105 = ここだ。

# ch09_east.vn:435 · front.shepherd · narration
# source-hash: 2bbec019
ch9_shepherd_106 = 十一人。

# ch09_east.vn:437 · front.shepherd · shin
# source-hash: 99032b77
ch9_shepherd_107 = レーナ。

# ch09_east.vn:438 · front.shepherd · lena
# source-hash: f005f768
ch9_shepherd_108 = ここにいます。

# ch09_east.vn:439 · front.shepherd · narration
# source-hash: 20deb179
ch9_shepherd_109 = 七人は最初の一発から、護衛と五人のあいだに身を置いていた。ずっと前に七人で取り決めていたかのように。あるいは、本当にそうだったのかもしれない。ヌールはその最初のひとりだった。煙突の東で過ごす日々の中で、最後のひとりにはならないだろう。けれどその夜は、彼女ひとりだけだった。それでも彼らは彼女を数えた。二回。一回目が間違っていたときのために。

## Scene front.warm_snow

# ch10_endings.vn:6 · scene `front.warm_snow` title
# source-hash: 0a374be4
scene-front-warm_snow = 温かい雪

# ch10_endings.vn:10 · front.warm_snow · narration
# source-hash: bf1fa006
ch10_snow_1 = 第一戦区から東へ三十八日。道は丘を登り、そこで道であることをやめた。

# ch10_endings.vn:11 · front.warm_snow · narration
# source-hash: 0756165e
ch10_snow_4 = この九日、行く手にレギオンはいなかった。シンは癖で毎朝耳を澄ませたが、声は朝ごとに減っていき、やがてひとつもなくなった。レギオンの地図の端から歩き出ちまったな、とライデンは言った。それでいいじゃん、とセオは言った。共和国の地図からはひと月前にはみ出したけど、恋しがった奴なんてひとりもいないし。

# ch10_endings.vn:12 · front.warm_snow · narration
# source-hash: 54220536
ch10_snow_5 = 丘の上には、木々があった。

# ch10_endings.vn:13 · front.warm_snow · narration
# source-hash: 3cace5b3
ch10_snow_6 = 古い木々だった。幹は黒く、いつかの冬が入り込んだところで裂けていた。どの枝も先の先まで白く、白が尽きるあたりで薄紅になっていた。風はほとんどなかった。それでも花びらは落ちてきた。ゆっくりと、ひとひら、またひとひら、やがて目では追いきれないほどに。花びらは草の上に、ジャガーノートの機体に、ライデンの肩に降りた。ライデンはそれを払わずにおいた。

# ch10_endings.vn:15 · front.warm_snow · narration
# source-hash: 4047b3ac
ch10_snow_7 = クレナは操縦席から降りて、いちばん近い木の下に立った。誰かが今にも何かを放ってよこすとでもいうように、両手を少しだけ開いて。

# ch10_endings.vn:17 · front.warm_snow · theo
# source-hash: 014b4078
ch10_snow_8 = 演説を用意してたんだよ。あいつは大げさだったって話。川のときから、ずっと練ってたのに。

# ch10_endings.vn:18 · front.warm_snow · kurena
# source-hash: f0705ee4
ch10_snow_9 = 大げさじゃなかった。

# ch10_endings.vn:19 · front.warm_snow · theo
# source-hash: 21fda00c
ch10_snow_10 = ああ。演説がひとつ、まるまる無駄になった。

# ch10_endings.vn:21 · front.warm_snow · narration
# source-hash: 4aa51f92
ch10_snow_11 = 残りの者たちが、ばらばらの列になってあとから丘を登ってきた。先頭はユナ。ユナはいつも先頭だった。少しも声を立てずに笑っていた。最後はマティ。誰かが最後にならなければならないからだ。低い音をひとつ、口ずさんでいた。木々に聞かせるほかには、何のためでもない音だった。

# ch10_endings.vn:23 · front.warm_snow · narration
# source-hash: 39155695
ch10_snow_12 = 丘を登ってきたのは、第一戦区を発ったときより少ない人数だった。最初はヌールだった。煙突の並ぶ町で、歌の途中で。そこから東へ進んだ日々のなかで、彼女で終わりにはならなかった。丘の上でアンジュは、登ってこられなかった者たちの名前を、ひとりにつき一度ずつ、静かに木々に向かって口にした。まるで、紹介でもするように。

# ch10_endings.vn:25 · front.warm_snow · narration
# source-hash: ee3e383a
ch10_snow_14 = シンは、いちばん古い幹に背を預けて座った。

# ch10_endings.vn:26 · front.warm_snow · narration
# source-hash: afb706cd
ch10_snow_15 = 羊飼いのあとから、彼は誰も見たことのない仕草をするようになった。食事の途中で、あるいは話の途中で、ふと止まって耳を澄ます。そこに何もないのに気づいて、かすかに驚いたような顔をする。

# ch10_endings.vn:28 · front.warm_snow · narration
# source-hash: 7b883a30
ch10_snow_13 = 夕暮れ、うなじの環が冷たくなった。回線は何週間もかけて細っていき、夜ごとに少しずつ薄れて、いまでは聞こえるというより感じるだけのものになっていた。それが今夜、アネットにもついに説明のつけられない理由で、つながった。

# ch10_endings.vn:29 · front.warm_snow · lena
# source-hash: e3e1f0fa
ch10_snow_16 = スピアヘッド？　ひどく微かです。誰か、いますか？

# ch10_endings.vn:31 · front.warm_snow · shin
# source-hash: 6af2890b
ch10_snow_17 = レーナ。

# ch10_endings.vn:33 · front.warm_snow · shin
# source-hash: fde24517
ch10_snow_18 = ハンドラー・ワン。聞こえている。

# ch10_endings.vn:34 · front.warm_snow · lena
# source-hash: ce7321ca
ch10_snow_19 = 今、どこにいるんですか？

# ch10_endings.vn:35 · front.warm_snow · shin
# source-hash: e2f58011
ch10_snow_20 = 丘の上だ。木がある。

# ch10_endings.vn:36 · front.warm_snow · narration
# source-hash: 2bed1093
ch10_snow_21 = はるか西の第三管制室で、誰かが息を吸い、そのまま止めた。彼女がそうするのを、全員が聞いた。

# ch10_endings.vn:37 · front.warm_snow · lena
# source-hash: 20ca4fe4
ch10_snow_22 = どんな木ですか？

# ch10_endings.vn:38 · front.warm_snow · theo
# source-hash: 4cc799be
ch10_snow_23 = こいつに言わせるなよ。座標でも読み上げるみたいに言うに決まってる。クレナ。

# ch10_endings.vn:39 · front.warm_snow · kurena
# source-hash: 0304f142
ch10_snow_24 = 桜。桜の木だよ。あの子が言ったとおり。ほんとに、あの子が言ったとおりなんだ。

# ch10_endings.vn:40 · front.warm_snow · lena
# source-hash: e80f6eee
ch10_snow_25 = シン。まだ、静かですか？

# ch10_endings.vn:41 · front.warm_snow · shin
# source-hash: f5af2574
ch10_snow_26 = ああ。

# ch10_endings.vn:42 · front.warm_snow · shin
# source-hash: c5cdc73a
ch10_snow_27 = つい、兄さんの声を探してしまう。何もない。何もないのがこんなにうるさいとは、知らなかった。

# ch10_endings.vn:43 · front.warm_snow · shin
# source-hash: b3b6253f
ch10_snow_28 = あなたがボタンの話をしたとき、兄さんは動きを止めた。間に合うだけのあいだ。まだ、礼を言っていなかった。

# ch10_endings.vn:44 · front.warm_snow · lena
# source-hash: cc53b61b
ch10_snow_29 = あの人は燃える町から私を運び出してくれたのに、私の名前を知らないままでした。私は、名前を伝えただけです。

# ch10_endings.vn:46 · front.warm_snow · kurena
# source-hash: a0d58a2a
ch10_snow_30 = あの子のは、あんたのとこにあるんでしょ。そのノートに。

# ch10_endings.vn:47 · front.warm_snow · lena
# source-hash: f54eae0a
ch10_snow_31 = あの子の名前の隣に。検閲も通りました。「植物質、乾燥済み、異議なし」だそうです。

# ch10_endings.vn:48 · front.warm_snow · theo
# source-hash: dd4c6331
ch10_snow_32 = 検閲官にしちゃ、最大級の褒め言葉だね。

# ch10_endings.vn:49 · front.warm_snow · lena
# source-hash: b6d025a3
ch10_snow_33 = 追伸があったんです。あなたには言わないように、って。でも今なら、あの子も許してくれると思います。

# ch10_endings.vn:50 · front.warm_snow · lena
# source-hash: feb5899e
ch10_snow_34 = あなたの分は、あとからだったんです、クレナ。本物のときに。

# ch10_endings.vn:51 · front.warm_snow · narration
# source-hash: f8f06e78
ch10_snow_35 = クレナは長いあいだ枝を見上げていた。花びらが顔に降りかかっても、払おうとはしなかった。

# ch10_endings.vn:53 · front.warm_snow · narration
# source-hash: 1088a4b2
ch10_snow_36 = クレナは上着の内ポケットのボタンを外し、封筒を一通取り出した。持ち歩くうちに、角が柔らかくなっていた。「新しいほうのハンドラー・ワンへ」。カイエの丸っこい字で、そのあとに小さな花の絵が添えてあった。

# ch10_endings.vn:54 · front.warm_snow · kurena
# source-hash: 866d3d9e
ch10_snow_37 = これ、あんた宛て。あの子のロッカーにあった。送るべきだったのに、送らなかった。それで結局、ここまでずっと持ってきちゃった。怒っていいよ。

# ch10_endings.vn:55 · front.warm_snow · lena
# source-hash: c1104da2
ch10_snow_38 = 怒っていません。開けてください、クレナ。お願いします。

# ch10_endings.vn:56 · front.warm_snow · narration
# source-hash: f209ab52
ch10_snow_39 = 中には便箋が一枚と、油紙に包まれた小さな花が四つ。格納庫の裏に生えていた、小さな桃色の雑草だった。カイエが、桜の木だと決めたあの草。

# ch10_endings.vn:57 · front.warm_snow · narration
# source-hash: bd79d23a
ch10_snow_40 = クレナはまず黙って便箋を読んだ。一枚にしては長い時間がかかった。それから、終わりのところだけを声に出して読んだ。終わりのところだけが、彼女のものだったから。

# ch10_endings.vn:58 · front.warm_snow · kurena
# source-hash: 2a89b44a
ch10_snow_41 = 「追伸　クレナにはないしょで。クレナの分は、あとで、本物になってから」

# ch10_endings.vn:59 · front.warm_snow · narration
# source-hash: 4df7f5d1
ch10_snow_42 = クレナは押し花を枝にかざした。似ていなかった。似ても似つかなかった。それでも彼女は手を離した。押し花はほかの花びらに混じって落ちていき、すぐに、どれがカイエのものだったのか、丘の上の誰にも見分けがつかなくなった。

# ch10_endings.vn:61 · front.warm_snow · kurena
# source-hash: fe14baab
ch10_snow_51 = ……そっか。届いたんだ。

# ch10_endings.vn:62 · front.warm_snow · choice
# source-hash: 7d27f840
ch10_snow_q1 = 回線がまた細りはじめた。あとひとつだけ、時間がある。

# ch10_endings.vn:63 · front.warm_snow · option
# source-hash: 3666efe5
ch10_snow_o1 = 「どんな景色か、教えてください。全部」

# ch10_endings.vn:64 · front.warm_snow · theo
# source-hash: 60378dbc
ch10_snow_2 = 全部ね。了解。頼んだのはそっちだからな。まず白。ほとんど白。それから縁のほうに、あるかないかくらいのピンク。真ん中の、花びらがしがみついてるとこは、もうちょっと濃いピンク。

# ch10_endings.vn:65 · front.warm_snow · theo
# source-hash: 3f17a436
ch10_snow_43 = 枝は黒。その下から緑の葉っぱが出てきてる。すごく若くて、照れてるみたいなやつ。クレナの髪に七枚。八枚。ライデンはもう諦めて、ただの木になってる。

# ch10_endings.vn:66 · front.warm_snow · lena
# source-hash: e1121cdb
ch10_snow_44 = やめないでください。飽きてなんかいませんから。

# ch10_endings.vn:67 · front.warm_snow · narration
# source-hash: 06907316
ch10_snow_45 = セオはやめなかった。彼がまだ話しているうちに回線は細っていき、レーナがあの丘から最後に聞いたのは、遠く、さらに遠くなっていくセオの声だった。彼女が一度も見たことのない色を、ひとつずつ名指していく声だった。

# ch10_endings.vn:68 · front.warm_snow · option
# source-hash: 41ece187
ch10_snow_o2 = 「シン。何が聞こえますか？」

# ch10_endings.vn:69 · front.warm_snow · shin
# source-hash: 8d0efb63
ch10_snow_3 = 風。セオがライデンに、景色の見方が間違ってると言ってる。クレナが泣いてて、泣いてないと言ってる。

# ch10_endings.vn:70 · front.warm_snow · kurena
# source-hash: 6aff4e97
ch10_snow_46 = 泣いてない。

# ch10_endings.vn:71 · front.warm_snow · lena
# source-hash: 38f9fdbf
ch10_snow_47 = その下には？

# ch10_endings.vn:72 · front.warm_snow · shin
# source-hash: a9236fea
ch10_snow_48 = 何も。

# ch10_endings.vn:73 · front.warm_snow · narration
# source-hash: a9fbf4c2
ch10_snow_49 = 彼はその一語を、欠けるところなく、彼女のためにそこに置いた。細りきった回線の最後の名残を通して、かすかに、はじめて、彼女にもそれが聞こえた。風と、舞い落ちる花びらと、その下の、何ひとつない静けさが。

# ch10_endings.vn:77 · front.warm_snow · narration
# source-hash: aec3f6f0
ch10_snow_50 = それきり、回線は途絶えた。花びらは、降りやまなかった。

## Scene republic.out_of_uniform

# ch10_endings.vn:81 · scene `republic.out_of_uniform` title
# source-hash: 3755280c
scene-republic-out_of_uniform = 軍服を脱いで

# ch10_endings.vn:85 · republic.out_of_uniform · narration
# source-hash: 3b04e9bc
ch10_uniform_1 = 軍服は、クリーニング店の紙袋に入ったまま寝室の扉の裏に掛かっていた。引換札もまだピンで留めてある。本部は返却を求めていた。どこへ返せとは言ってこなかったし、彼女も訊かなかった。

# ch10_endings.vn:87 · republic.out_of_uniform · narration
# source-hash: d55eaa6b
ch10_uniform_4 = 軍服を脱いで十九日。それでも手はいまだに襟元へ伸び、襟章を確かめようとした。父のものだった灰色のセーターを着ていると、自分の台所にいながら、客になったような気がした。

# ch10_endings.vn:88 · republic.out_of_uniform · narration
# source-hash: fecb0b35
ch10_uniform_5 = テーブルの上には、開いたノートと、冷めきった紅茶のカップ。ほかには何もない。環は本部の引き出しのなかで、封筒に収められている。名前ではなく、番号をつけられて。何か月も首に触れていたところには白っぽい線が残っていて、一日に二十回は指がそこへ行き、何もないのを確かめて、離れた。

# ch10_endings.vn:89 · republic.out_of_uniform · broadcast
# source-hash: 384fdb9d
ch10_uniform_6 = ……東部戦線では、壁での戦闘ののちも戦線は安定しています。損失の報告はありません。

# ch10_endings.vn:90 · republic.out_of_uniform · lena
# source-hash: 5a6e08cf
ch10_uniform_7 = 損失、なし。

# ch10_endings.vn:91 · republic.out_of_uniform · narration
# source-hash: 40b2f209
ch10_uniform_8 = 今度は、ラジオを切らなかった。そのまま天気予報まで流しておいた。今日は穏やかで、明日も穏やかだという。

# ch10_endings.vn:92 · republic.out_of_uniform · narration
# source-hash: 68fd8adb
ch10_uniform_47 = 台所はとても清潔だった。環を取り上げられてから、四回掃除した。電話のほかに手を動かせることだったし、それを禁じる命令は、まだ誰も出していなかったから。

# ch10_endings.vn:93 · republic.out_of_uniform · narration
# source-hash: 841672a0
ch10_uniform_9 = ノートは最初のページが開いていた。学校で習ったままの丁寧な字で「スピアヘッド戦隊」。その下に名前。名前のまわりには、もっと小さな字で、ひとりひとりについて知り得たことが書き込んである。十分だったことは一度もない。それでも、壁の内側でほかの誰かがわざわざ書き留めた分よりは、多かった。

# ch10_endings.vn:95 · republic.out_of_uniform · narration
# source-hash: 686b73f7
ch10_uniform_10 = カイエの四つの花は、彼女の名前の隣で押し花になっていた。週ごとに少しずつ色が褪せ、それでも芯はまだ桃色だった。

# ch10_endings.vn:97 · republic.out_of_uniform · narration
# source-hash: aaa1a90d
ch10_uniform_11 = ノートの隣にはカールシュタールの台帳があった。ノートより厚く、古く、字も上手で、同じ種類のことを九年分書き連ねていた。本部は軍服を返せと言ってきた。台帳を返せとは、誰も言ってこなかった。

# ch10_endings.vn:100 · republic.out_of_uniform · narration
# source-hash: fb1daf2a
ch10_uniform_12 = 九時十五分前、誰かが扉を二度、それから一度叩いた。アネットだった。生まれてこのかた、人並みのノックをしたことが一度もない人だ。

# ch10_endings.vn:102 · republic.out_of_uniform · annette
# source-hash: 7ec190d6
ch10_uniform_13 = まだ何も言わないで。犯罪をひとつやらかしてきたの。続きは屋内でやりたいのよ。

# ch10_endings.vn:103 · republic.out_of_uniform · narration
# source-hash: 6a73be9f
ch10_uniform_14 = 彼女はビスケットの缶を小脇に抱えていた。中には実験用の薄紙にくるまれて、環がひとつ、中継用の結晶がひとつ、そして誰の名義でも持ち出されていないバッテリーがひとつ入っていた。

# ch10_endings.vn:104 · republic.out_of_uniform · annette
# source-hash: 269da53c
ch10_uniform_15 = 研究室の機材一式。コンソールは、いまこれが再較正中だと思ってる。朝の六時くらいまでは、そう思い込んでいてくれるわ。

# ch10_endings.vn:105 · republic.out_of_uniform · lena (worried)
# source-hash: 7e087ab8
ch10_uniform_16 = アネット。もし知られたら……

# ch10_endings.vn:106 · republic.out_of_uniform · annette
# source-hash: 22f2310b
ch10_uniform_17 = 知るには、これを理解できる人間が要るの。そこをとびきり難しくしておいた。ただひとりの専門家でいることの、唯一の利点よ。

# ch10_endings.vn:107 · republic.out_of_uniform · annette
# source-hash: 355da7de
ch10_uniform_18 = それに、ちょうどいい大きさの箱が研究室にこれしかなかったの。そんな目で見ないで。これが何かくらい、わかってる。

# ch10_endings.vn:109 · republic.out_of_uniform · narration
# source-hash: d0e9ea9a
ch10_uniform_19 = 二人は台所のテーブルでそれを取りつけた。アネットの手は落ち着いていた。レーナの手は震えていて、留め金はアネットがかけてやった。

# ch10_endings.vn:112 · republic.out_of_uniform · narration
# source-hash: 563d5e4e
ch10_uniform_20 = まず、風。それから、ほとんど音の記憶としか思えないほど遠くで、息遣い。レーナはそれを数えた。数えるのをやめられたことなど、一度もなかったから。

# ch10_endings.vn:113 · republic.out_of_uniform · narration
# source-hash: 25eca818
ch10_uniform_21 = 十二。

# ch10_endings.vn:114 · republic.out_of_uniform · narration
# source-hash: a0864c33
ch10_uniform_22 = 彼女の持っているどの地図の果てよりも先のどこかで、誰かがレーナの知らない言葉で小さく歌っていて、別の誰かが、いとおしそうに、静かにしろと言っていた。レーナに話しかける者はいなかった。その距離では、回線が運べるのは息遣いと声のかたちくらいで、それ以上のものはほとんどなかった。

# ch10_endings.vn:115 · republic.out_of_uniform · annette
# source-hash: c0d41249
ch10_uniform_23 = 文章は届かない。単語なら届くかもしれない。ひとつか、ふたつ。

# ch10_endings.vn:117 · republic.out_of_uniform · narration
# source-hash: a6c80184
ch10_uniform_24 = まず、風。それから、距離そのものが立てる長く灰色の雑音。その下に、もしかすると、何か。息遣い。ふたつ、かもしれない。ひどく遠く、数えられるような順序もなく、彼女が最初の名前を口にしても、誰も答えなかった。

# ch10_endings.vn:118 · republic.out_of_uniform · narration
# source-hash: 081a47db
ch10_uniform_25 = この距離では息遣いと雑音の区別がつかない、とアネットは言った。ごめん、とも言った。そしてテーブルの下でレーナの手を握った。それは科学的なふるまいではなかった。

# ch10_endings.vn:119 · republic.out_of_uniform · annette (sad)
# source-hash: fc4d6f0d
ch10_uniform_26 = 何かをつかんではいる。それが何かは言えない。それでも、言って。

# ch10_endings.vn:122 · republic.out_of_uniform · narration
# source-hash: e620354f
ch10_uniform_27 = 二人は台所のテーブルでそれを取りつけた。アネットはダイヤルを、あるかぎりの目盛りにゆっくりと合わせていった。二度。雑音しかなかった。リミッターはまだ外されていない。回線は壁の外八十キロで途切れ、スピアヘッドはそれよりはるか先まで行っていた。

# ch10_endings.vn:124 · republic.out_of_uniform · annette (sad)
# source-hash: e27cd892
ch10_uniform_28 = 彼と話した夜にね、あなたはきっとひとりでこれをやろうとするって、彼が言ったの。私がそばにいるって答えた。うんざりされるくらいにね、って。

# ch10_endings.vn:125 · republic.out_of_uniform · annette
# source-hash: 2d98e545
ch10_uniform_29 = というわけで、うんざりされに来たの。父が嫌いな客用に取ってあるワインも持ってきたわ。

# ch10_endings.vn:127 · republic.out_of_uniform · annette
# source-hash: d7d72138
ch10_uniform_44 = それでも、今夜はいるから。父が嫌いな客用に取ってあるワインも持ってきたわ。

# ch10_endings.vn:130 · republic.out_of_uniform · narration
# source-hash: 4f0cb56f
ch10_uniform_38 = 八時に電話が鳴った。いま彼女に電話をかけてくる人間は、ひとりしかいなかった。

# ch10_endings.vn:131 · republic.out_of_uniform · narration
# source-hash: a70fe278
ch10_uniform_39 = 母は毎晩八時に電話をかけてきた。もちろん母は、レーナ本人より先に、参謀本部の誰かの奥方から話を聞いていた。国防省になら、まだ職を手配できる。ほかのことは、誰も口にしなくていい。それに財務省の、あのとても良い家柄の青年が、またあなたのことを尋ねてきたのよ。こんな事情なのに、と母は言った。本当にできた方だわ。

# ch10_endings.vn:132 · republic.out_of_uniform · lena
# source-hash: fba57bea
ch10_uniform_40 = 忙しいと伝えてください、お母様。

# ch10_endings.vn:133 · republic.out_of_uniform · narration
# source-hash: 8518bbf2
ch10_uniform_41 = 何で忙しいの、と母はとても優しく訊いた。あなたにはもう、職もないのに。

# ch10_endings.vn:134 · republic.out_of_uniform · lena
# source-hash: c2c413bd
ch10_uniform_42 = ありますよ。あの人たちがくれた職ではない、というだけです。

# ch10_endings.vn:135 · republic.out_of_uniform · narration
# source-hash: a262d009
ch10_uniform_43 = 彼女はそっと受話器を置いた。どれも母のせいではなかったし、少なくとも、大して母のせいではなかった。それに母は、レーナが何を言おうと、明日の八時にまた電話をかけてくるのだ。

# ch10_endings.vn:136 · republic.out_of_uniform · narration
# source-hash: 75a37762
ch10_uniform_30 = そのあと、扉を叩く者はいなかった。以前は電話をくれたほかの人たちは、そろって急に、ひどく忙しくなったらしかった。

# ch10_endings.vn:137 · republic.out_of_uniform · narration
# source-hash: 87309187
ch10_uniform_31 = 九時、習慣で手が首へ行った。環があった場所へ。そこにはもう、話しかける先がなかった。あるのは台所と、ラジオと、窓の外の闇。そしてその東に、ほかのすべて。

# ch10_endings.vn:138 · republic.out_of_uniform · choice
# source-hash: dd22bf12
ch10_uniform_q1 = 九時。何かが届こうと、何も届くまいと、彼女は話しかける。

# ch10_endings.vn:139 · republic.out_of_uniform · option
# source-hash: 760826f0
ch10_uniform_o1 = 「おやすみなさい、スピアヘッド」

# ch10_endings.vn:140 · republic.out_of_uniform · narration
# source-hash: 96395495
ch10_uniform_2 = 第三管制室での最初の夜、彼女は切れた回線に向かってそう言い、妙なことをしていると思った。もう妙ではなかった。彼らは彼女から職を取り上げ、環を取り上げ、通行証を取り上げた。これだけは、取り上げようと思いつく者がいなかった。

# ch10_endings.vn:141 · republic.out_of_uniform · option
# source-hash: 5b0998df
ch10_uniform_o2 = 名前を読み上げる。カイエから。

# ch10_endings.vn:142 · republic.out_of_uniform · lena
# source-hash: a181812c
ch10_uniform_3 = カイエ・タニヤ。シンエイ・ノウゼン。ライデン・シュガ。セオ・リッカ。クレナ・ククミラ。アンジュ・エマ。

# ch10_endings.vn:143 · republic.out_of_uniform · lena
# source-hash: 611619ab
ch10_uniform_32 = マティアス・オイェラン。ユナ・カステラーヌ。トビア・レンケ。サーシャ・イワイ。エズラ・コヴァル。ヌール・ハルヴァード。ピム・ラウッカ。

# ch10_endings.vn:145 · republic.out_of_uniform · narration
# source-hash: 82e2c717
ch10_uniform_46 = その七つの名前は、ある将軍の台帳の一ページから得たものだった。本人たちの口からではなく、将軍の筆跡で。彼らが自分で名乗ってくれたことは、一度もない。それでも彼女は、書かれていたとおりに、ひとつずつ丁寧に口にした。

# ch10_endings.vn:146 · republic.out_of_uniform · narration
# source-hash: 46012345
ch10_uniform_33 = 彼女はゆっくりと読み上げた。今夜は、何かが聞いているかどうかは問題ではなかった。壁の内側の一室で、誰かがその名前を声に出して言う。大事なのは、そのことだった。

# ch10_endings.vn:148 · republic.out_of_uniform · narration
# source-hash: 3f6817ff
ch10_uniform_34 = 二時、アネットは靴を履いたままソファで眠ってしまった。レーナは毛布をかけてやり、窓が白むまで、ノートを前に起きていた。

# ch10_endings.vn:150 · republic.out_of_uniform · narration
# source-hash: 6f998082
ch10_uniform_35 = 翌朝は、十時にそれを載せはしないだろう新聞社と、二時に載せるかもしれない新聞社と、約束があった。彼女はすべてを書き上げていた。報告書ではない。そんな書式はなかった。ただ起きたことを、起きた順に、名前を添えて。

# ch10_endings.vn:152 · republic.out_of_uniform · narration
# source-hash: c4713f8f
ch10_uniform_36 = 台帳は、二社目に持っていくつもりだった。

# ch10_endings.vn:153 · republic.out_of_uniform · narration
# source-hash: 1cec8cab
ch10_uniform_37 = 共和国は彼女から職を取り上げた。ノートを出せとは、思いつきもしなかった。彼女は、まだ終わっていない。

## Scene republic.past_the_walls

# ch10_endings.vn:158 · scene `republic.past_the_walls` title
# source-hash: 8cafb210
scene-republic-past_the_walls = 壁の向こうへ

# ch10_endings.vn:162 · republic.past_the_walls · narration
# source-hash: cda24ea4
ch10_walls_1 = 東の壁の輸送門は、週に二度、朝の四時に開く。運転手のいない補給車列を通すためだ。この九年、歩くものを外へ出してくれと頼まれたことは、一度もなかった。

# ch10_endings.vn:163 · republic.past_the_walls · narration
# source-hash: 6abfa14e
ch10_walls_5 = 盛夏だった。レギオンの攻勢が壁にぶつかって砕けたあの夜から、ひと季節が過ぎていた。

# ch10_endings.vn:165 · republic.past_the_walls · narration
# source-hash: 364b16e7
ch10_walls_6 = レーナの荷物は、リュックサックがひとつ。六週間かけて本部の階段で履き慣らしたブーツ。三日分の水と、切り詰めれば十日もつ食料。ノートは油布にくるんで上着の内ポケットに入れてあった。そこなら、濡れるのはいちばん最後になる。

# ch10_endings.vn:166 · republic.past_the_walls · narration
# source-hash: 325e30c9
ch10_walls_7 = 辞表は庁内便で、月曜日に人事部へ届く。庁内便には四日かかる。そこまで計算ずくだった。

# ch10_endings.vn:168 · republic.past_the_walls · narration
# source-hash: 38ed53b6
ch10_walls_8 = 彼らが生き延びたことは知っていた。あのあと、東へ進んでいく彼らを聞いていたのだ。細っていく回線の上の、十二の息遣い。今日の炊事当番は誰かで言い合う声。回線がそれ以上ついていけなくなるまで。

# ch10_endings.vn:170 · republic.past_the_walls · narration
# source-hash: b1386213
ch10_walls_9 = 戦いは聞いていない。回線は東へ出た初日に途切れていた。けれど報告は来なかった。共和国がその手の報告を遅らせたことは一度もない。それに三日目の夜の未明、攻勢が一挙に崩れたとき、報告など要らなかった。

# ch10_endings.vn:174 · republic.past_the_walls · annette
# source-hash: 936f0ce0
ch10_walls_10 = 本当に歩いていくのね。

# ch10_endings.vn:175 · republic.past_the_walls · lena
# source-hash: 2e2fc807
ch10_walls_11 = そう言ったでしょう。

# ch10_endings.vn:176 · republic.past_the_walls · annette
# source-hash: 79d846c1
ch10_walls_12 = 真夜中すぎに、無線の向こうの男の子に言っただけじゃない。そんなの、契約にならないわ。

# ch10_endings.vn:177 · republic.past_the_walls · lena (smile)
# source-hash: 2bb2d71b
ch10_walls_13 = 私にとっては、契約です。

# ch10_endings.vn:178 · republic.past_the_walls · narration
# source-hash: ba0bf272
ch10_walls_27 = アネットは布巾にくるんだ缶を差し出し、レーナが受け取ってからも、少しのあいだ手を離さなかった。

# ch10_endings.vn:179 · republic.past_the_walls · annette
# source-hash: 95fdf540
ch10_walls_14 = 十四回目の挑戦。ちゃんと焼けたの。あなたと同じくらい、私も驚いてる。第一戦区に着くまで食べちゃだめよ。

# ch10_endings.vn:181 · republic.past_the_walls · annette
# source-hash: e262a648
ch10_walls_15 = それと、もし彼に会えたら……ううん。自分で言ったんだった。彼は知ってる。小麦の値段の手紙、投函したって伝えて。それでわかるから。それだけ。

# ch10_endings.vn:183 · republic.past_the_walls · annette (sad)
# source-hash: 2283077c
ch10_walls_16 = それと、もし彼に会えても、私からは何も伝えないで。自分で言う。その道のりは私のものよ。私が歩く。

# ch10_endings.vn:186 · republic.past_the_walls · narration
# source-hash: c317ba11
ch10_walls_17 = 門の歩哨は二十歳くらいの若者で、彼女が来ると知らされてはいたが、信じてはいなかった。彼は通行証を三度確かめた。それから大きな扉にはめ込まれた小さな扉を開け、脇へ退いた。彼女がまだ気を変えるかもしれない、とでもいうように。

# ch10_endings.vn:187 · republic.past_the_walls · narration
# source-hash: b3e25eea
ch10_walls_29 = 彼女がくぐり抜けると、向こうに何かあるんですか、と彼は訊いた。あります、と彼女は答えた。何が、と彼は訊いた。人が、と彼女は言った。彼は笑い、それから彼女の顔を見て、笑うのをやめた。

# ch10_endings.vn:189 · republic.past_the_walls · narration
# source-hash: e4740723
ch10_walls_2 = シンは待つと言った。祭りの夜、はしごの段が三本欠けた給水塔の上で、足の上でセオが眠り、ライデンがいびきをかいているなかで、そう言った。そして最後の夜、もう一度言った。待つ場所が、前より遠くなるだけだ。彼は、本気でないことに費やせるほど多くの言葉を、持ったためしがなかった。

# ch10_endings.vn:191 · republic.past_the_walls · narration
# source-hash: 4a710cc5
ch10_walls_18 = シンは、待つとは一度も言わなかった。最後の夜に彼が言ったのは、歩くなら昼にしろ、地雷が見やすいから、ということだけだった。

# ch10_endings.vn:192 · republic.past_the_walls · narration
# source-hash: ff639758
ch10_walls_30 = だから彼女は門の向こう側で、両脇を地雷原に挟まれた輸送路の上で、日が昇るまで待った。

# ch10_endings.vn:195 · republic.past_the_walls · narration
# source-hash: 2fde2be7
ch10_walls_19 = 第一戦区は、門から東へ二百キロ。彼女はそれを九日で歩いた。輸送路をたどり、車列が落としていったまま誰も回収に来なかったコンテナのなかで眠った。三日目に足から血が出て、六日目に止まった。誰にも言わなかった。言う相手が、いなかった。

# ch10_endings.vn:197 · republic.past_the_walls · narration
# source-hash: 971f346d
ch10_walls_20 = 格納庫は、かつて穀物倉庫だった。スピアヘッドの後任は送られてこなかった。見たところ、この近くにさえ、誰ひとり送られてきてはいなかった。

# ch10_endings.vn:198 · republic.past_the_walls · narration
# source-hash: ec37b681
ch10_walls_21 = セオの扉は、まだ蝶番についていた。三十一本の線。一本残らず横線で消されている。その下に彼の大きな字。そのすべてに、ひと季節分の雨風が当たっていた。消えてしまったところもある。そこに何かがあったという形だけが残っているところもある。それでもまだ読めた。「六番ベイ、雨漏りあり」。「スープ：やめとけ」。そしていちばん下、彼がいちばん強く押しつけて書いたのだろう一行。「格納庫の裏の墓は、俺たちのだ。頼む」。

# ch10_endings.vn:199 · republic.past_the_walls · narration
# source-hash: e0d7f0a1
ch10_walls_31 = 彼女は見上げた。六番ベイの上は、雨漏りがしていた。

# ch10_endings.vn:200 · republic.past_the_walls · choice
# source-hash: 4b6dbccd
ch10_walls_q1 = 手元には鉛筆がある。扉の「頼む」の下には、まだ余白がある。

# ch10_endings.vn:201 · republic.past_the_walls · option
# source-hash: 2f1347a9
ch10_walls_o1 = 日付を書き、その下に「一日目」と書く。

# ch10_endings.vn:202 · republic.past_the_walls · narration
# source-hash: 2c382ae5
ch10_walls_3 = 彼女は彼の字の下に、学校で習ったままの丁寧な字で、小さく書いた。彼の線は、ゼロに向かって減っていった。彼女の数は増えていく。どこまで増えるのかは、わからない。増えていく数の意味は、そこにあった。

# ch10_endings.vn:203 · republic.past_the_walls · option
# source-hash: 8642b415
ch10_walls_o2 = 「読みました。みんなを探しに東へ。レーナ」と書く。

# ch10_endings.vn:204 · republic.past_the_walls · narration
# source-hash: d5a89d52
ch10_walls_4 = これを見に西へ戻ってくる者はいない。それが命令だった。それでも彼女は書いた。読まれたのだと、扉にわかるように。

# ch10_endings.vn:206 · republic.past_the_walls · narration
# source-hash: 46c81aa1
ch10_walls_22 = 格納庫の裏では、アルミの四角い板が、土に押し込まれたときのまま、順不同に並んでいた。いちばん新しいのはカイエのものだった。ひと季節の雨で、少し傾いていた。レーナは膝をついてそれをまっすぐに直し、おはようございます、と声をかけた。カイエなら、早起きだな、と言っただろうから。

# ch10_endings.vn:208 · republic.past_the_walls · narration
# source-hash: 104bab68
ch10_walls_32 = 列の端では、叩いて平らにした真鍮の板が、いまも光を受けていた。「トマス・イワイ」。誰の兄なのか、彼女は知っていた。最後の夜にそうしたように、一度だけ、丁寧に、彼にその名前を告げた。

# ch10_endings.vn:210 · republic.past_the_walls · narration
# source-hash: 6c2d9c21
ch10_walls_33 = 列の端では、叩いて平らにした真鍮の板が、いまも光を受けていた。刻まれているのは、聞いたことのない名前だった。「トマス・イワイ」。彼女はそれを声に出さなかった。誰からも、その名前を告げられたことはなかったから。そのかわりノートの、ほかの名前の下に書き込んだ。壁の内側の誰かが、その名前を持っていられるように。

# ch10_endings.vn:211 · republic.past_the_walls · narration
# source-hash: 96b8488d
ch10_walls_34 = 最後の夕方、誰かがピムに約束していた。いつか誰かが、これのために戻ってくると。レーナはそれを知らなかった。それでも、彼女は来た。

# ch10_endings.vn:214 · republic.past_the_walls · narration
# source-hash: 2961be4f
ch10_walls_23 = 戦区を過ぎると、道はさらに東へ続いていた。舗装を突き破って列をなす白樺のあいだを。その先のどこかに、溝に横倒しになったスクールバスがあるはずだった。運転席の窓から木が一本生えていて、ずいぶん得意げにしているという。話には聞いていた。自分の目で見てみたかった。

# ch10_endings.vn:216 · republic.past_the_walls · narration
# source-hash: fa1fc59e
ch10_walls_35 = 戦区を過ぎると、道はさらに東へ続いていた。舗装を突き破って列をなす白樺のあいだを。その根元、道端にずっと、小さな黄色い花が咲いていた。回線が途切れたとき、セオはその色を教えてくれている途中だった。「ちょうどあの金色でさ、ほら、あの……」。続きは聞けずじまいだった。会って、訊けばいい。

# ch10_endings.vn:217 · republic.past_the_walls · narration
# source-hash: 79a88c56
ch10_walls_24 = 彼女は喉元の環に触れた。返さずにおいた、ただひとつの共和国の備品。もう動いてはいない。誰にも届かない。それでも、話しかけた。

# ch10_endings.vn:219 · republic.past_the_walls · lena
# source-hash: 21a01dd1
ch10_walls_25 = 待つって言いましたよね。守ってもらいます。私は頑固だって、ちゃんと言いましたから。

# ch10_endings.vn:221 · republic.past_the_walls · lena
# source-hash: 2dbb6e96
ch10_walls_26 = 昼間です。行く先がちゃんと見えます。あなたは待つとは言わなかった。それでいいんです。それでも、行きます。

# ch10_endings.vn:222 · republic.past_the_walls · lena
# source-hash: de28770d
ch10_walls_28 = スピアヘッド、こちらレーナ。いま、向かっています。

## Scene republic.voice_inside

# ch10_endings.vn:226 · scene `republic.voice_inside` title
# source-hash: 6e9b4a80
scene-republic-voice_inside = 壁の内側の声

# ch10_endings.vn:230 · republic.voice_inside · narration
# source-hash: c36360af
ch10_voice_1 = 議事堂の石段の上に掲げられた横断幕には、こうあった。「防衛による平和の十年。失われた市民、ひとりもなし」。二行目を残すかどうかで会議が開かれたと、レーナは聞いていた。結局、残された。なにしろ、事実なのだから。

# ch10_endings.vn:231 · republic.voice_inside · narration
# source-hash: 54dd23bb
ch10_voice_5 = 革命広場の真ん中では、彼女が子どもの頃からずっとそうだったように、ジャガーノートが台座の上に立っていた。子どもたちがその脚によじ登っている。溶接されたハッチの継ぎ目で爪先立ちになれば、いまでもクッションが見える。今朝、彼女は確かめてきた。誰も取り出してはいなかった。

# ch10_endings.vn:233 · republic.voice_inside · narration
# source-hash: e66e02ed
ch10_voice_6 = 十二時十五分、パレードが通り過ぎたあと、レーナは台座のいちばん下の段に立った。ポケットには許可証、両手には開いたノート。

# ch10_endings.vn:234 · republic.voice_inside · narration
# source-hash: 911f3bdb
ch10_voice_7 = 許可を取るのは簡単だった。申請書には催しの内容を書く欄があり、彼女はそこに「名前」と書いた。係員は、誰の名前かも訊かずに判を押した。この一年、職を失わずにいられたのは、共和国が何を読み、何には判を押すだけなのかを、正確に覚えたからだった。

# ch10_endings.vn:236 · republic.voice_inside · narration
# source-hash: 7fbbdda5
ch10_voice_8 = スピアヘッドは、生きたまま彼女の手の届かないところへ行った。彼女はそれを聞いていた。細っていく回線の上の十二の息遣いが、どっちへ行くかで言い合いながら、夜ごとに東へ遠ざかっていき、ある夜、回線には、つなぎとめるものが何も残っていなかった。

# ch10_endings.vn:238 · republic.voice_inside · narration
# source-hash: 38c0f40a
ch10_voice_9 = スピアヘッドは、生きたまま彼女の手の届かないところへ行った。回線は東へ出た初日に途切れたが、報告は一度も来なかった。共和国がその手の報告を遅らせたことは、一度もない。

# ch10_endings.vn:239 · republic.voice_inside · lena
# source-hash: 2998708f
ch10_voice_10 = 私の名前は、ヴラディレーナ・ミリーゼです。東部戦線第一戦区、スピアヘッド戦隊のハンドラーでした。これから読み上げるのは、その機体に乗っていた人たちの名前です。

# ch10_endings.vn:240 · republic.voice_inside · narration
# source-hash: 0f8d1f31
ch10_voice_11 = 最初にカイエの名前を読んだ。カイエが、いちばん先にいなくなったからだ。それから東へ行った十二人。共和国が一度だけ命令書に書き記し、一度も声に出して言わなかった名前を。

# ch10_endings.vn:242 · republic.voice_inside · narration
# source-hash: d2b1ecd0
ch10_voice_12 = 七人には、知っていることを添えた。コールサインと、ときにはもうひとつ。彼ら自身が、それを手渡してくれたのだから。マティアス・オイェラン、ベルリンガー。七人が話すと決めたとき、七人を代表して話した人。ユナ・カステラーヌ、ウィスプ。声を立てずに笑った子。トビア・レンケ、フェリーマン。サーシャ・イワイ、マグパイ。トマスという兄がいた。エズラ・コヴァル、ティンカー。彼女に真空管を頼んだ人。ヌール・ハルヴァード、ナイトジャー。ピム・ラウッカ、スケアクロウ。背の高い子。

# ch10_endings.vn:244 · republic.voice_inside · narration
# source-hash: 7d78df2a
ch10_voice_13 = 七人については、名前しかなかった。ある将軍の筆跡で書かれた七行と、あとになって地下まで取りに行き、手遅れになってから読んだファイル。彼らは一度も彼女に話しかけなかった。その埋め合わせに、彼女はほかの誰よりもゆっくりと、彼らの名前を読んだ。埋め合わせにはならなかった。

# ch10_endings.vn:245 · republic.voice_inside · narration
# source-hash: 64ee577f
ch10_voice_14 = ほとんどの人は通り過ぎていった。足をゆるめる人もいたが、行き先があったことを思い出して去っていった。ベビーカーを押した男性がひとり、立ち止まり、そのまま動かなかった。祭りのリボンをつけた女の子が二人、台座の縁に腰を下ろし、自分たちが何を聞いているのかわかると、立ち上がらなかった。老婦人がひとり、買い物袋を足もとに置いた。

# ch10_endings.vn:247 · republic.voice_inside · narration
# source-hash: 9b74ef25
ch10_voice_15 = 一時、デュヴァルが礼装で広場を横切ってきた。紙コップを二つ持っていた。

# ch10_endings.vn:248 · republic.voice_inside · duval
# source-hash: ea37ea3a
ch10_voice_16 = 噴水のそばの巡査が、君を立ち退かせるべきか決めかねてるよ。君は彼より上だし、こっちよりも上だし、彼がお伺いを立てなきゃならない連中の大半よりも上だって言っといた。いま考え中さ。

# ch10_endings.vn:249 · republic.voice_inside · narration
# source-hash: e3c74687
ch10_voice_17 = 彼は石段の、彼女の足もとにコーヒーを置いた。今度のは、彼女も飲んだ。

# ch10_endings.vn:251 · republic.voice_inside · narration
# source-hash: 6455377c
ch10_voice_2 = それから彼女は、ジェロームおじさまの台帳を最初のページから開いた。九年分の特別偵察。戦隊ごと、戦区ごとに、彼が副署して東へ送ったすべての名前が、几帳面で品のある筆跡で並んでいた。読み終えるのに午後いっぱいかかった。「プロセッサー一名、氏名記録なし」とある行では、それも読み上げ、そのあとに名前ひとつ分の沈黙を置いた。四時に声が出なくなり、四時半に戻った。そのあいだはデュヴァルが代わりに読んだ。下手だった。コロラータの名前でつかえては、正しく言えるまで一つひとつ言い直した。

# ch10_endings.vn:253 · republic.voice_inside · narration
# source-hash: 0e0f242e
ch10_voice_18 = 最後まで読むと、また初めから読んだ。十三の名前は、一分もかからなかった。午後じゅう、毎正時に読み上げ、そのあいだは石段に立って、人々に見られるままにしておいた。

# ch10_endings.vn:255 · republic.voice_inside · narration
# source-hash: 7af06d5e
ch10_voice_23 = 三時、アネットが紅茶の水筒を持ってやって来た。一段下に腰を下ろし、レーナの手が疲れるたびに、代わりに帳面を持っていてくれた。

# ch10_endings.vn:256 · republic.voice_inside · narration
# source-hash: a1c7d086
ch10_voice_19 = 八時、広場のまわりに灯りがともった。花火は九時、川から上がる。

# ch10_endings.vn:257 · republic.voice_inside · choice
# source-hash: cd94e292
ch10_voice_q1 = 花火の前に、あとひとつだけ名前を。どの名前で締めくくるかは、彼女が選べる。

# ch10_endings.vn:258 · republic.voice_inside · option
# source-hash: 8d7011f6
ch10_voice_o1 = カイエ・タニヤ。桜の木を見たがっていた子。

# ch10_endings.vn:259 · republic.voice_inside · lena
# source-hash: 37913998
ch10_voice_3 = カイエ・タニヤ。キルシュブリューテ。東で、桜の木を見たがっていました。今日まで、この壁の内側で彼女の名前を口にした人は、ひとりもいませんでした。

# ch10_endings.vn:260 · republic.voice_inside · narration
# source-hash: e9a3ac70
ch10_voice_20 = 人垣のいちばん後ろで、その日の午後まで彼女のことなど聞いたこともなかった男がひとり、その名前を小声で繰り返した。口にするとどんな感じがするのか、確かめるように。

# ch10_endings.vn:261 · republic.voice_inside · option
# source-hash: 645b3656
ch10_voice_o2 = シンエイ・ノウゼン。彼女の持つどの地図よりも東の、どこかにいる人。

# ch10_endings.vn:262 · republic.voice_inside · lena
# source-hash: 88f150ac
ch10_voice_4 = シンエイ・ノウゼン。アンダーテイカー。スピアヘッド戦隊長。最後に声を聞いたとき、彼は生きていました。いまは、私の持っているどの地図よりも東の、どこかにいます。

# ch10_endings.vn:263 · republic.voice_inside · narration
# source-hash: e3b982a3
ch10_voice_24 = この広場で、「生きて」という言葉を添えて名前を読み終えた者は、これまでひとりもいなかった。何人かが振り返り、屋根の向こうの東を見た。そこには夕暮れのほかに、何も見えなかった。

# ch10_endings.vn:264 · republic.voice_inside · narration
# source-hash: 405dc7a2
ch10_voice_21 = 台座の足もとで、小さな男の子が母親に、あれは誰の名前なのと訊いた。母親は答えようと口を開き、自分が知らないことに気づいて、あのお姉さんに訊きなさいと言った。男の子は、訊いた。

# ch10_endings.vn:265 · republic.voice_inside · narration
# source-hash: b168aa80
ch10_voice_22 = 人々が足を止めた。全員ではない。けれど、足りるだけの人が。

## Scene republic.twelve_names

# ch10_endings.vn:271 · scene `republic.twelve_names` title
# source-hash: d3e1e279
scene-republic-twelve_names = 十二の名前

# ch10_endings.vn:275 · republic.twelve_names · narration
# source-hash: bc029aaf
ch10_names_1 = 午前二時半の第三管制室。上等な椅子。きれいな緑の線が一本引かれた、粗末な地図。そして机の上に一列に並んだ、十二枚のアルミの四角い板。

# ch10_endings.vn:277 · republic.twelve_names · narration
# source-hash: 52b7adc0
ch10_names_4 = 金属は、廊下にあった古い備品棚から取ったものだった。もう必要としなくなったハンドラーたちのヘッドセットを掛けていた棚だ。営繕係は、何に使うのかも訊かずに金鋸を貸してくれた。ナイフは自分の台所のものだった。黒い柄の、小さなナイフ。野菜用にと母がくれたもので、これまで野菜以外のものに使われたことは一度もなかった。

# ch10_endings.vn:278 · republic.twelve_names · narration
# source-hash: 6c9457da
ch10_names_5 = 彼女の彫り方は下手だった。刃先は押したところで滑り、押していないところで食い込んだ。一文字ごとに、前の文字より時間がかかった。手は覚えていくのに、手首がついてこなかった。格納庫の裏の板は、ほとんどシンが彫ったものだった。きれいに彫れていた。慣れていたからだ。彼女には、慣れなどなかった。壁の内側で、ほかにそれに慣れていく者もいないだろう。

# ch10_endings.vn:279 · republic.twelve_names · narration
# source-hash: f7dc18ad
ch10_names_18 = 最初に彫ったのはセオのものだった。練習のつもりで。いちばん短かったからだ。十二枚のなかで、いちばんひどい出来だった。セオなら、大胆な作品だと言って、もらってもいいかと訊いただろう。ククミラには、ひと晩の大半がかかった。二つ目のKで刃が滑り、レーナはしばらく口を手で覆って座っていた。いかにもだね、とクレナなら言っただろうから。アンジュのはゆっくり彫った。アンジュはいつも、彼女に辛抱強く付き合ってくれたから。ライデンのRは、鳥のような形になった。彼女はそれを、鳥のままにしておいた。

# ch10_endings.vn:281 · republic.twelve_names · narration
# source-hash: 43d8afd6
ch10_names_6 = 彼女は、それがどう終わったのかを聞いていた。リミッターは外され、回線はできるかぎり東まで彼らを追い、彼女は回線が運んでくるものをすべて聞いた。最初はヌール、煙突の並ぶ町で。それから、さらに東へ進んだ日々。回線の上の息遣いが、ひとつ、またひとつと減っていった。今度は、回線を切れと言う者はいなかった。言われても、切らなかっただろう。

# ch10_endings.vn:283 · republic.twelve_names · narration
# source-hash: 0778c363
ch10_names_7 = 終わり近く、誰かが「レーナ」と呼んだ。彼女がまだそこにいるか、確かめるように。います、と彼女は答えた。本当に、いたのだ。

# ch10_endings.vn:285 · republic.twelve_names · narration
# source-hash: 40e39d23
ch10_names_10 = 終わり近く、誰かが「ハンドラー・ワン」と呼んだ。彼女がまだそこにいるか、確かめるように。はい、と彼女は答えた。それから、遅くはあっても遅すぎはしなかったから、自分の名前を告げた。

# ch10_endings.vn:287 · republic.twelve_names · narration
# source-hash: c5acd962
ch10_names_8 = どう終わったのかは、聞いていない。回線は東へ出た初日に途切れ、そのあとは地図しかなかった。四十一日目、画面に一行が現れた。共和国が何にでも使う灰色の活字で。「第一戦区、スピアヘッド戦隊。特別偵察：完了」。

# ch10_endings.vn:288 · republic.twelve_names · narration
# source-hash: 02bff9a1
ch10_names_9 = 彼らより前のすべての戦隊に、共和国が使ってきたのと同じ言葉だった。名前を書く欄はなかった。

# ch10_endings.vn:290 · republic.twelve_names · narration
# source-hash: c13248c2
ch10_names_11 = 彼らの声を、彼女は知っていた。マティの名前を彫りながら、最後の夜に彼が正しいかたちでそれを手渡してくれた声を聞いた。マティアス・オイェラン、ベルリンガー。ユナの名前を彫りながら、あの子の笑い声を聞いた。音のない笑い声。それでもレーナが聞き取れるようになった笑い声を。

# ch10_endings.vn:292 · republic.twelve_names · narration
# source-hash: 6ae675a8
ch10_names_12 = 七人は一度も彼女に話しかけなかった。彼らの名前は、ジェロームおじさまの台帳の一ページから、おじさまの筆跡で得たものだった。彼女はそれを、ほかの名前より丁寧に彫った。といっても、たいして丁寧にはならなかった。そのころには、手が疲れきっていたから。

# ch10_endings.vn:293 · republic.twelve_names · narration
# source-hash: 002466a3
ch10_names_13 = カイエの分は彫らなかった。カイエにはもう板があった。格納庫の裏に、彫り方を知っている人の彫った板が。

# ch10_endings.vn:295 · republic.twelve_names · narration
# source-hash: dd24e875
ch10_names_14 = カイエの四つの花はノートのなかで、彼女の名前の隣に押されていた。ノートは板の横に開いて置いてあった。レーナは綴りを確かめるのにノートを使った。確かめる必要などなかった。

# ch10_endings.vn:296 · republic.twelve_names · narration
# source-hash: 3084e1bc
ch10_names_15 = 最後の一枚は、シンのものだった。格納庫の裏の名前は、ほとんど彼が彫った。彼の名前を彫る者は、もう誰も残っていなかった。

# ch10_endings.vn:297 · republic.twelve_names · narration
# source-hash: 9c15231e
ch10_names_19 = 三時、いつもの夜と同じように、清掃員がワゴンを押して入ってきた。彼女は立ち止まり、しばらく板を見つめていた。それから机のまわりの床を、何ひとつ動かさないよう丁寧に拭き、出ていくときに、おやすみなさい、と言った。それまで一度も言ったことのない言葉だった。

# ch10_endings.vn:298 · republic.twelve_names · narration
# source-hash: fc5336b7
ch10_names_16 = 埋めるつもりはなかった。壁の内側には、彼らのものを何ひとつ埋める場所がなかった。ここに置いておく。この机の上、地図の下に一列に。そうすれば、彼女のあとに第三管制室へ来るハンドラーは誰でも、カップを置くにはそれをどかさなければならない。そして元の場所に戻すには、それを読まなければならない。

# ch10_endings.vn:299 · republic.twelve_names · narration
# source-hash: 68cc01bc
ch10_names_17 = 十八時には、第四戦区のある戦隊とつなぐことになっていた。最初の夜、彼女は彼らに名前を訊いた。答えたのは三人だった。

# ch10_endings.vn:300 · republic.twelve_names · choice
# source-hash: 82db6290
ch10_names_q1 = 十二枚目の板が彫り上がった。喉元の環は、もう誰にも届かない。

# ch10_endings.vn:301 · republic.twelve_names · option
# source-hash: d948e538
ch10_names_o1 = 「おやすみなさい、スピアヘッド」

# ch10_endings.vn:302 · republic.twelve_names · narration
# source-hash: 4ce39496
ch10_names_2 = この部屋での最初の夜、彼女は切れた回線に向かってそう言い、妙なことをしていると思った。いまは妙ではなかった。一日の終わりに、また言葉を交わす相手にかける言葉だった。残された、ただひとつのかたちで。

# ch10_endings.vn:303 · republic.twelve_names · option
# source-hash: b7009946
ch10_names_o2 = 「私は、まだここにいます」

# ch10_endings.vn:304 · republic.twelve_names · narration
# source-hash: 0a011238
ch10_names_3 = 彼女はそれを、十二枚の板に、地図に、死んだ環に、そして自分のあとにこの椅子に座る誰かに向かって言った。答えてほしくて言ったのではなかった。本当のことにするために言ったのだ。そして、それは本当だった。

## Scene republic.static

# ch10_endings.vn:309 · scene `republic.static` title
# source-hash: e52e1bb0
scene-republic-static = 雑音

# ch10_endings.vn:314 · republic.static · narration
# source-hash: 66fd3b29
ch10_static_1 = 九時、レーナは回線を開いた。五十三夜、毎晩そうしてきたように。そして回線は、そのうちの五十二夜と同じものを返してきた。柔らかな灰色の雑音。遠くの屋根を打つ雨のような。

# ch10_endings.vn:316 · republic.static · narration
# source-hash: 6dd2ceec
ch10_static_27 = 壁の地図は、東部戦線をふたたび一本のきれいな緑の線として示していた。地図課の誰かが、第一戦区を、誰もいない小さな灰色の四角に描き直していた。少なくとも、正確ではあった。

# ch10_endings.vn:317 · republic.static · narration
# source-hash: 476860cf
ch10_static_17 = 最初の夜のカードは、輪ゴムでまとめて机の引き出しにしまってあった。第一戦区の地形メモ、シルエット別のレギオン、前任のハンドラーたちの名前。いちばん上には、大きな字で書いた一枚。「まず聴くこと」。いまではたいていの夜、それを取り出して、コンソールの脇に表向きに置いた。カードから、彼女が見えるように。

# ch10_endings.vn:319 · republic.static · narration
# source-hash: 69858cb0
ch10_static_4 = アネットがリミッターを外し、回線は、そもそも作られたときの想定よりずっと遠くまで彼らを追っていった。八十キロを越え、羊飼いを越え、どの地図にも方眼のない土地まで。回線は夜ごとに少しずつ細っていった。そしてある夜、これになった。

# ch10_endings.vn:321 · republic.static · narration
# source-hash: 587249a4
ch10_static_5 = 回線は初日に、壁の外八十キロのところで途切れた。そのあと地図には、方眼の端から東へはみ出していく十二の青い印が映り、やがて何も映らなくなった。そこには、映すための方眼がなかったからだ。

# ch10_endings.vn:322 · republic.static · narration
# source-hash: 16ee525a
ch10_static_28 = 途切れたのは、話の途中だった。そちらはどんな土地かと彼女が訊き、セオが教えてくれていた。白樺。あたり一面の緑。木の下の道端にはずっと、小さな黄色い花。「ちょうどあの金色でさ、ほら、あの……」。そこから先は、雑音だけだった。

# ch10_endings.vn:324 · republic.static · narration
# source-hash: 984325c1
ch10_static_29 = その向こう側で、セオは「レーナ」と呼んだ。もう届かなくなった回線に向かって。彼女には聞こえなかった。あれから五十二夜、あの金色が何の金色だったのか、考える時間だけはあった。

# ch10_endings.vn:326 · republic.static · narration
# source-hash: 207d31e1
ch10_static_30 = その向こう側で、セオは「ハンドラー・ワン」と呼んだ。もう届かなくなった回線に向かって。彼女には聞こえなかった。あれから五十二夜、あの金色が何の金色だったのか、考える時間だけはあった。

# ch10_endings.vn:327 · republic.static · narration
# source-hash: 04fd3557
ch10_static_25 = 雑音は、何もないのとは違う。アネットの論文に、それについての脚注があった。雑音とは、ほかのすべてが一度に鳴っている音だ。太陽、天候、明かりを灯した街々、昼の熱が引いていく大地。そのどこかに、何かと呼ぶにはあまりに微かに、息をしているスピアヘッドがいるかもしれない。いないかもしれない。レーナは毎晩その違いを聞き分けようとし、一度も聞き取れたことがなかった。

# ch10_endings.vn:330 · republic.static · narration
# source-hash: 649b6f82
ch10_static_6 = 回線が消えるとき、彼らは彼女の名前を呼んだ。最初はセオ、冗談でも言い出すみたいに。次にアンジュ。それから何人かが一度に。ほとんど消えかけるまで細っていて、最後の声が誰のものだったのか、彼女にはついにわからなかった。レーナ。レーナ。そして、雑音。

# ch10_endings.vn:332 · republic.static · narration
# source-hash: f52149f2
ch10_static_7 = 回線が消えるとき、シンが彼女の名前を一度だけ呼んだ。ほかには誰も何も言わなかった。彼女は、幸運を祈ります、スピアヘッド、と言った。正しい言葉だった。そして、雑音になった。

# ch10_endings.vn:334 · republic.static · narration
# source-hash: 45e226bb
ch10_static_8 = 回線が消えるとき、誰かが礼儀正しく「ハンドラー・ワン」と呼んで、それを知らせてくれた。彼女は、幸運を祈ります、スピアヘッド、と言った。正しい言葉だった。あれから五十二夜、もっとましな言葉を考える時間だけはあった。

# ch10_endings.vn:336 · republic.static · narration
# source-hash: cc10c8e5
ch10_static_9 = 彼らは東へ進んでいった。彼女の届くかぎりのすべての、さらに先へ。その先のどこかで、セオは絵を描けるものを見つけ、ライデンはやめろと言い、セオはそれでも描いた。それがどこなのか、彼女が知ることはない。

# ch10_endings.vn:339 · republic.static · narration
# source-hash: 9977e053
ch10_static_10 = 壁の戦いの翌夜、彼女は回線の息遣いを数え、もう一度数えたが、どちらも十二にはならなかった。誰の息が欠けているのか、誰も教えてくれなかった。春のうちに、十分に訊いてこなかった。そのときになって訊く資格は、彼女にはなかった。

# ch10_endings.vn:341 · republic.static · narration
# source-hash: 0abd0661
ch10_static_11 = 報告は来なかった。特別偵察は、書類を携えて戻ってくるものではない。そもそも、戻ってくることを想定されていなかった。

# ch10_endings.vn:342 · republic.static · narration
# source-hash: 10c042cc
ch10_static_12 = どう終わったのかを、彼女が知ることはない。それを慈悲と呼ぶ夜もあった。けれどたいていの夜は、わかっていた。それはただ、間に合ううちに叩かなかった扉にすぎないのだと。

# ch10_endings.vn:344 · republic.static · narration
# source-hash: 8265d56f
ch10_static_13 = 最初の日、アネットは言った。すぐ隣に立っているみたいに彼らの声が聞こえる、と。そのとおりだった。毎晩九時、あまりに近くにいたせいで、自分が二百キロ離れていて、そのあいだに壁があることを忘れていた。回線が忘れさせてくれた。そのために作られたものだった。そのことを、彼女は誰よりも遅く知った。雑音から、知った。

# ch10_endings.vn:346 · republic.static · narration
# source-hash: 2e2319d9
ch10_static_14 = 春の彼女は慎重だった。正しく、都合のいいときには優しく、いつも必要より少しだけ距離を置いていた。距離は安全だったし、縮める時間はあとであると思っていたから。時間はなかった。それが教訓だった。遅れてやって来た教訓で、それは彼女がずっと抱えていくものだった。

# ch10_endings.vn:349 · republic.static · narration
# source-hash: dcde6cd1
ch10_static_18 = 九時半、デュヴァルが扉から顔をのぞかせた。彼女がまだここへ通っていると知ってから、たいていの夜、そうしていた。

# ch10_endings.vn:350 · republic.static · duval
# source-hash: 80d7c72d
ch10_static_19 = 何か？

# ch10_endings.vn:351 · republic.static · lena
# source-hash: ba666d2c
ch10_static_20 = 雑音だけです。

# ch10_endings.vn:352 · republic.static · duval
# source-hash: b3abd6e0
ch10_static_21 = じゃあ、昨日と同じか。

# ch10_endings.vn:353 · republic.static · narration
# source-hash: a437cdbc
ch10_static_22 = 彼は彼女の肘のそばにコーヒーを置いた。帰れとは言わなかった。そのうち退屈になる、とも言わなかった。彼女はそのどちらにも感謝していた。

# ch10_endings.vn:354 · republic.static · duval
# source-hash: 501effa5
ch10_static_23 = おやすみ、ミリーゼ。連中によろしく。もし……まあ、いい。よろしく伝えてくれ。

# ch10_endings.vn:356 · republic.static · choice
# source-hash: d8717fe9
ch10_static_q1 = 雑音は続いている。回線は開いている。報告する相手は、誰もいない。

# ch10_endings.vn:357 · republic.static · option
# source-hash: d326e3d2
ch10_static_o1 = 「ハンドラー・ワンよりスピアヘッドへ。聞こえますか？」

# ch10_endings.vn:358 · republic.static · narration
# source-hash: f4b76ca0
ch10_static_2 = それは、彼女が初めて彼らにかけた言葉だった。雑音は答えなかった。それでも彼女は書式に記録した。送信一回、応答なし。その言葉にこめたものを書く欄は、なかった。

# ch10_endings.vn:359 · republic.static · option
# source-hash: 8f036fd0
ch10_static_o2 = 「スピアヘッド。レーナです」

# ch10_endings.vn:361 · republic.static · narration
# source-hash: 882d538d
ch10_static_3 = それは、彼らが彼女を呼んだ名前だった。彼らがいた場所へ向かって、一度だけ、自分の口からも言っておきたかった。その場所が、彼女自身からもその名を聞いたことになるように。

# ch10_endings.vn:363 · republic.static · narration
# source-hash: b3efad6d
ch10_static_15 = ほとんどの者は、彼女をそう呼んだことがなかった。そう呼んでほしいと、きちんと頼んだこともなかった。いま彼女はそれを、雑音に向かって言った。遅かった。それでも、何かではあった。

# ch10_endings.vn:364 · republic.static · narration
# source-hash: f72ec2e0
ch10_static_24 = 彼女はノートの名前の下に日付を書き、その横に一語を書き添えた。ページにはもう五十三の日付が縦に並び、そのひとつひとつの横に、同じ丁寧な字で、同じ一語があった。別のことを書こうと思った夜もあった。それより本当の言葉は、まだ見つかっていなかった。

# ch10_endings.vn:365 · republic.static · narration
# source-hash: f46802af
ch10_static_16 = 十時、彼女は回線を閉じた。明日の九時に、また開く。それは彼女に何の代償も求めなかった。そしてまさにそれこそが間違っているのだと、彼女にはわかっていた。

# ch10_endings.vn:366 · republic.static · narration
# source-hash: efa5911e
ch10_static_26 = 廊下の窓の外で、第一区はすべての明かりを灯していた。星は、ひとつもなかった。
