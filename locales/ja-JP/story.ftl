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

# character `broadcast`
# source-hash: 4dd30264
character-broadcast = 放送

# character `clerk`
# source-hash: cc2dd686
character-clerk = 記録係

# character `duval`
# source-hash: be0fa638
character-duval = デュヴァル大尉

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

# character `raiden`
# source-hash: d6dceccc
character-raiden = ライデン

# character `shin`
# source-hash: b0ee15c2
character-shin = シン

# character `theo`
# source-hash: b76601aa
character-theo = セオ

## Chapters

# ch1_handler.vn:59 · chapter `ch1`
# source-hash: 45ab9c7d
chapter-ch1 = ハンドラー

# ch2_names.vn:5 · chapter `ch2`
# source-hash: 8ff7d483
chapter-ch2 = 名前

# ch3_kirschbluete.vn:5 · chapter `ch3`
# source-hash: 26d07d30
chapter-ch3 = キルシュブリューテ

# ch4_walls.vn:5 · chapter `ch4`
# source-hash: b3257bff
chapter-ch4 = 壁

# ch5_festival.vn:6 · chapter `ch5`
# source-hash: afffabbe
chapter-ch5 = 祭りの夜

## Endings

# ending `act1_between`
# source-hash: ae88029d
ending-act1_between = 〈つづく〉壁のあいだで

# ending `act1_between`, description
# source-hash: 0de721d9
ending-act1_between-description = レーナは戦隊を選んだ。そしてその代償を、共和国の内側で払いつづけている。

# ending `act1_distance`
# source-hash: 8f580f90
ending-act1_distance = 〈つづく〉雑音

# ending `act1_distance`, description
# source-hash: ebab160c
ending-act1_distance-description = 回線はつながっている。けれど戦隊の言葉は、まだハンドラーの頭上を素通りしていく。

# ending `act1_trust`
# source-hash: 3dd7e657
ending-act1_trust = 〈つづく〉手放さない声

# ending `act1_trust`, description
# source-hash: b9c5bf97
ending-act1_trust-description = スピアヘッドはハンドラーを信じ、彼女もまた、壁の内側の友を失ってはいない。

## Scene republic.first_day

# ch1_handler.vn:61 · scene `republic.first_day` title
# source-hash: 6ec83f0f
scene-republic-first_day = 犠牲者ゼロ

# ch1_handler.vn:65 · republic.first_day · narration
# source-hash: b6a4582e
ch1_first_day_1 = 第一区の朝は高い窓から差し込み、清潔なものたちの上に降りた。

# ch1_handler.vn:66 · republic.first_day · narration
# source-hash: 94c981a7
ch1_first_day_2 = やかん。椅子の背に掛けられた、折り目の通った軍服。見出しが上になるよう畳まれた新聞――「防衛九年目、失われた市民いまだひとりもなし」。

# ch1_handler.vn:67 · republic.first_day · broadcast
# source-hash: 9b759815
ch1_first_day_3 = ……東部戦線では昨夜も、自律型ジャガーノート部隊がレギオンの進攻を退けました。

# ch1_handler.vn:68 · republic.first_day · broadcast
# source-hash: d71badb1
ch1_first_day_4 = 国防省は市民の皆さまにあらためてお知らせします。共和国の無人化方針により、この戦争で失われた人命はいまもありません。

# ch1_handler.vn:70 · republic.first_day · narration
# source-hash: addee787
ch1_first_day_5 = 十九歳の少佐、ヴラディレーナ・ミリーゼは、天気予報が始まる前にラジオを切った。

# ch1_handler.vn:71 · republic.first_day · lena
# source-hash: ea38c968
ch1_first_day_6 = 失われた人命は、なし。

# ch1_handler.vn:72 · republic.first_day · narration
# source-hash: 04e69d1f
ch1_first_day_7 = 床板を踏んで確かめるように、彼女は誰もいない台所に向かってその言葉を口にした。

# ch1_handler.vn:73 · republic.first_day · lena (worried)
# source-hash: d524faec
ch1_first_day_8 = なら、引き金を引いているのは誰？

# ch1_handler.vn:74 · republic.first_day · narration
# source-hash: cbddb703
ch1_first_day_24 = やかんが鳴りはじめた。彼女は必要よりほんの少し長く、そのまま鳴らしておいた。

# ch1_handler.vn:76 · republic.first_day · narration
# source-hash: c3b5343b
ch1_first_day_25 = 紅茶を注ぐ前に電話が鳴った。朝の七時に電話をかけてくる人間は、ひとりしかいなかった。

# ch1_handler.vn:77 · republic.first_day · lena
# source-hash: 290f01c9
ch1_first_day_26 = おはようございます、お母様。

# ch1_handler.vn:78 · republic.first_day · narration
# source-hash: cfdd6e3a
ch1_first_day_27 = 母は配属の件をもう聞きつけていた。母はなんでも聞きつける。たいていはレーナ本人より先に、たいていは参謀本部の誰かの奥方から。

# ch1_handler.vn:79 · republic.first_day · narration
# source-hash: ce1be3c6
ch1_first_day_28 = 前線の指揮を志願したというのは本当なのか。それも東部戦線だというのは本当なのか。世間が何と言うか分かっているのか。財務省に、とても良い家柄の青年がいて、もう二度もあなたのことを尋ねてきたのよ。

# ch1_handler.vn:80 · republic.first_day · lena
# source-hash: 9b8da218
ch1_first_day_29 = ハンドラーの任務です、お母様。勤務先は第一区の執務室ですし、夕食には毎晩帰ります。

# ch1_handler.vn:81 · republic.first_day · narration
# source-hash: 0572debd
ch1_first_day_9 = それは本当のことで、母を喜ばせもした。それなのに受話器を置いたとき、彼女は嘘をついたような気がしていた。

# ch1_handler.vn:86 · republic.first_day · narration
# source-hash: d50bf466
ch1_first_day_10 = 軍本部は床のワックスと温まった紙の匂いがした。将校たちが二人、三人と連れ立って廊下を行き交い、祭りの準備のことや、サント＝リュンヌ通りのレストランのこと、取るに足らないことを話しては笑っていた。

# ch1_handler.vn:88 · republic.first_day · duval
# source-hash: 5a1ba5fc
ch1_first_day_11 = ミリーゼ少佐。おめでとう、いや、ご愁傷さまかな。どちらにするか決めかねていてね。

# ch1_handler.vn:90 · republic.first_day · lena
# source-hash: 5f32b0ca
ch1_first_day_12 = おはようございます、デュヴァル大尉。どちらなんですか？

# ch1_handler.vn:91 · republic.first_day · duval
# source-hash: df44bb23
ch1_first_day_13 = 君の新しい配属が決まったよ。スピアヘッド戦隊、東部戦線第一戦区だ。

# ch1_handler.vn:92 · republic.first_day · duval (smile)
# source-hash: 501117a2
ch1_first_day_14 = あそこは春からハンドラーを四人も替えている。ひとりは郵便局への転属を願い出たよ。無線のせいで夜も眠れないんだとさ。

# ch1_handler.vn:93 · republic.first_day · lena
# source-hash: bce00aef
ch1_first_day_15 = 無線、ですか。

# ch1_handler.vn:94 · republic.first_day · duval
# source-hash: b15b720b
ch1_first_day_16 = パラレイドのことさ。あそこの隊長はノウゼン家の出でね。プロセッサーたちからは「死神」と呼ばれているそうだ。信じられるかい？　戦闘機乗りみたいに互いにあだ名をつけ合ってる。なんとも可愛らしいじゃないか。

# ch1_handler.vn:95 · republic.first_day · lena (angry)
# source-hash: 9c275ca1
ch1_first_day_17 = 彼らは私たちの指揮下にある兵士です。互いをどう呼ぼうと、彼らの自由です。

# ch1_handler.vn:96 · republic.first_day · duval (surprised)
# source-hash: 1f4c115e
ch1_first_day_18 = まあ落ち着けよ。こっちは君の味方だ。誰もが知っていることを話しているだけさ。

# ch1_handler.vn:97 · republic.first_day · duval
# source-hash: a1e66d8f
ch1_first_day_19 = 一日二十分つないで、出撃を記録して、家に帰る。それ以上を君に求める者なんていないよ。

# ch1_handler.vn:98 · republic.first_day · lena
# source-hash: 453612a0
ch1_first_day_20 = 誰かが求めるべきです。

# ch1_handler.vn:99 · republic.first_day · narration
# source-hash: 29914a4d
ch1_first_day_21 = デュヴァルは笑った。意地の悪い笑いではなかった。灯台になりたいと言う子どもを笑うときの、あの笑い方だった。

# ch1_handler.vn:100 · republic.first_day · duval
# source-hash: 3bf322ac
ch1_first_day_22 = 一八〇〇時、第三管制室だ。幸運を祈るよ、少佐。

# ch1_handler.vn:102 · republic.first_day · narration
# source-hash: e16cf343
ch1_first_day_23 = 彼が去ったあとも、レーナはしばらく廊下に立っていた。それから研究棟へ下りていった。パラレイドの調整が必要だったし、そこにはアネットがいるはずだったから。

## Scene front.hangar

# ch1_handler.vn:106 · scene `front.hangar` title
# source-hash: a76cf97b
scene-front-hangar = スピアヘッド

# ch1_handler.vn:109 · front.hangar · narration
# source-hash: 3406f0d6
ch1_hangar_1 = 東へ二百キロ。どの観光地図にも載っていない壁の向こうで、かつて穀物倉庫だった格納庫に、十四機のジャガーノートが並んでいた。

# ch1_handler.vn:112 · front.hangar · narration
# source-hash: 2185a54e
ch1_hangar_2 = 六番ベイの上は雨漏りがしていた。この一か月、六番ベイを割り当てられた者はいなかった。

# ch1_handler.vn:114 · front.hangar · theo
# source-hash: c5440546
ch1_hangar_3 = はい、みんな静かに。新しいハンドラーのファイルが届いた。俺は読んだ。そして思うところがある。

# ch1_handler.vn:116 · front.hangar · raiden
# source-hash: 8bda317e
ch1_hangar_4 = 読んだのは名前と階級だけだろ。向こうが送ってくるのはそれだけだ。

# ch1_handler.vn:117 · front.hangar · theo
# source-hash: 607da2c3
ch1_hangar_5 = その二つから、俺はひとりの人間を丸ごと組み立てたわけ。少佐。つまり、年寄り。ヴラディレーナ。つまり、すごい年寄りで、金持ちで、服を着た小型犬を飼ってる。

# ch1_handler.vn:119 · front.hangar · kaie
# source-hash: cc00cf39
ch1_hangar_6 = 賭けの胴元は私がやろう。今度のハンドラーは何日で音を上げるかな？　三日なら配当は二倍だ。

# ch1_handler.vn:120 · front.hangar · raiden (smile)
# source-hash: be9f5cb5
ch1_hangar_7 = 俺は一週間に賭けとけ。前のやつも一週間はもったからな。

# ch1_handler.vn:121 · front.hangar · kaie
# source-hash: 51963844
ch1_hangar_8 = 前のは六日だ。私はその場にいたし、帳簿をつけていたのも私だ。

# ch1_handler.vn:122 · front.hangar · theo
# source-hash: d416d89e
ch1_hangar_9 = 一日だね。最初のを聞いたら、さっさと犬の待つ家に帰るさ。

# ch1_handler.vn:123 · front.hangar · raiden
# source-hash: f032bf17
ch1_hangar_23 = 前のときもそう言ってたじゃねえか。

# ch1_handler.vn:124 · front.hangar · theo
# source-hash: 955a8e05
ch1_hangar_24 = で、ほぼ当たってただろ。俺はいつだって、ほぼ当たる。それが俺の才能。

# ch1_handler.vn:125 · front.hangar · kaie
# source-hash: 24e1f78a
ch1_hangar_25 = セオの才能は、ほぼ当たること。ライデンの才能は、背が高いこと。アンジュの才能は、優しくする価値のない相手にまで優しくすることだ。

# ch1_handler.vn:126 · front.hangar · anju
# source-hash: 44883090
ch1_hangar_26 = それは才能じゃないわ。ただの癖よ。

# ch1_handler.vn:127 · front.hangar · kaie
# source-hash: b5328867
ch1_hangar_27 = そして私の才能は胴元だ。賭け金は前払いで頼む。弾か、煙草か、チョコレートで。約束は受けつけない。約束はお断りだ。

# ch1_handler.vn:130 · front.hangar · kurena
# source-hash: 6ff87285
ch1_hangar_10 = 何日もつかなんて、どうでもいい。シンの邪魔さえしなければ。

# ch1_handler.vn:131 · front.hangar · theo
# source-hash: 4b0c5c4d
ch1_hangar_11 = クレナは全然気にしてないってさ。大声で。記録しといて。

# ch1_handler.vn:132 · front.hangar · kurena (angry)
# source-hash: 154e45e2
ch1_hangar_12 = セオ！

# ch1_handler.vn:133 · front.hangar · narration
# source-hash: 5687b848
ch1_hangar_13 = アンジュは磨いていたエンジンカバーから顔を上げ、誰にともなく微笑むと、また作業に戻った。

# ch1_handler.vn:136 · front.hangar · narration
# source-hash: 5788454f
ch1_hangar_14 = 格納庫のいちばん奥で、シンエイ・ノウゼンは自分のジャガーノートのステップに腰かけ、膝の上にマニュアルを広げていた。この二十分、一ページもめくっていなかった。

# ch1_handler.vn:138 · front.hangar · raiden
# source-hash: 909a30fb
ch1_hangar_15 = シン。お前も賭けるか？

# ch1_handler.vn:139 · front.hangar · shin
# source-hash: 1c1b70c1
ch1_hangar_16 = いや。

# ch1_handler.vn:140 · front.hangar · raiden
# source-hash: ddba354c
ch1_hangar_17 = 予想は？

# ch1_handler.vn:141 · front.hangar · shin
# source-hash: 28cc3a9c
ch1_hangar_18 = 一八〇〇に接続してくる。こちらの位置を訊く。それから、接続してこなくなる。

# ch1_handler.vn:142 · front.hangar · narration
# source-hash: 955b8122
ch1_hangar_19 = 時刻でも告げるように、彼はなんの重みもなくそう言った。

# ch1_handler.vn:143 · front.hangar · raiden
# source-hash: 61f8543a
ch1_hangar_20 = じゃあ、やめなかったら？

# ch1_handler.vn:144 · front.hangar · narration
# source-hash: 83068dd3
ch1_hangar_21 = シンはマニュアルを閉じた。

# ch1_handler.vn:145 · front.hangar · shin
# source-hash: d56a20a9
ch1_hangar_22 = そのときは、どういう人間か分かる。

## Scene republic.fitting

# ch1_handler.vn:150 · scene `republic.fitting` title
# source-hash: 48a0bd02
scene-republic-fitting = 研究棟

# ch1_handler.vn:154 · republic.fitting · annette
# source-hash: 45431edc
ch1_fitting_1 = あら。廊下の英雄さんのお出ましね。デュヴァルをやり込めたんだって？　建物の半分が聞いてたわよ。

# ch1_handler.vn:156 · republic.fitting · lena
# source-hash: f1bf9eee
ch1_fitting_2 = やり込めてなんかいない。間違いを正しただけ。

# ch1_handler.vn:157 · republic.fitting · annette
# source-hash: edbaa015
ch1_fitting_3 = デュヴァルにはそっちのほうがこたえるのよ。座って。顎を上げて。

# ch1_handler.vn:158 · republic.fitting · narration
# source-hash: 6d9cd33e
ch1_fitting_4 = ヘンリエッタ・ペンローズ――そう呼ぶことを許された四人にとってはアネット――は、気に入らない首飾りを客につける宝石商のような手つきで、パラレイドの銀の環をレーナの首に回した。

# ch1_handler.vn:159 · republic.fitting · annette
# source-hash: ec63afcb
ch1_fitting_5 = 擬似神経結晶を介して、あなたの聴覚と彼らの聴覚をつなぐの。すぐ隣に立っているみたいに彼らの声が聞こえる。向こうにも同じようにあなたの声が届く。

# ch1_handler.vn:160 · republic.fitting · lena
# source-hash: 3a954ae4
ch1_fitting_6 = 仕組みは知ってる。あなたの論文、読んだから。

# ch1_handler.vn:161 · republic.fitting · annette (surprised)
# source-hash: 4dcd9136
ch1_fitting_7 = 私の論文なんて、誰も読まないのに。

# ch1_handler.vn:162 · republic.fitting · lena (smile)
# source-hash: 2e300585
ch1_fitting_8 = 二回読んだの。二回目で、脚注まで理解できた。

# ch1_handler.vn:163 · republic.fitting · narration
# source-hash: 76244361
ch1_fitting_9 = アネットはダイヤルをひとつ調整した。レーナの見るかぎり、調整の必要などなさそうなダイヤルだった。

# ch1_handler.vn:164 · republic.fitting · annette (worried)
# source-hash: 0a0bf711
ch1_fitting_10 = レーナ。あの部隊とつなぐときは、同調率を低くしておいて。低く、短く。

# ch1_handler.vn:165 · republic.fitting · annette
# source-hash: 28d0d2f8
ch1_fitting_11 = あなたの前にスピアヘッドを担当したハンドラーたち。何人かが、回線越しに何かが聞こえたって言ってたの。戦隊のものじゃない何かが。

# ch1_handler.vn:166 · republic.fitting · choice
# source-hash: 4173d279
ch1_fitting_q1 = アネットは冗談を言っているのではない。

# ch1_handler.vn:167 · republic.fitting · option
# source-hash: 3dc67a6d
ch1_fitting_o1 = 「低くしておく。約束する」

# ch1_handler.vn:171 · republic.fitting · annette
# source-hash: 8fda2d60
ch1_fitting_12 = よろしい。新しい友達を探すはめになるのはごめんだもの。この子をしつけるのに何年もかかったんだから。

# ch1_handler.vn:172 · republic.fitting · lena (smile)
# source-hash: 2d698288
ch1_fitting_13 = しつけられた覚えはないけど。

# ch1_handler.vn:173 · republic.fitting · annette
# source-hash: 36a16604
ch1_fitting_14 = そう思わせておいたの。それもしつけのうち。

# ch1_handler.vn:174 · republic.fitting · option
# source-hash: 53239775
ch1_fitting_o2 = 「何が聞こえたって言ってたの？」

# ch1_handler.vn:176 · republic.fitting · annette (sad)
# source-hash: daf1ee33
ch1_fitting_15 = 声よ。泣き声。母親を呼ぶ人たちの声が、何度も何度も、無線の雑音の下から。

# ch1_handler.vn:177 · republic.fitting · annette
# source-hash: 95fa5095
ch1_fitting_16 = レギオンはそういう音を立てるんだって。そのうち誰も何も言わなくなって、転属願を出していった。

# ch1_handler.vn:178 · republic.fitting · lena (worried)
# source-hash: ae4e420e
ch1_fitting_17 = そんなこと、ありえない。

# ch1_handler.vn:179 · republic.fitting · annette
# source-hash: 7721e854
ch1_fitting_18 = ええ。ありえない。だから同調率は低くしておいて。そうすれば、ありえないままでいてくれる。

# ch1_handler.vn:180 · republic.fitting · option
# source-hash: b7f96a94
ch1_fitting_o3 = 「幽霊なんて規則には載ってないでしょ、アネット」

# ch1_handler.vn:183 · republic.fitting · annette
# source-hash: aa7db9fd
ch1_fitting_19 = 十九歳の少佐だって載ってないわ。それなのに、ね。

# ch1_handler.vn:184 · republic.fitting · annette
# source-hash: da8e6f38
ch1_fitting_20 = いいわ、どうぞ勇敢に。ただ、朝の三時に眠れないって私のところに来ないでよね。

# ch1_handler.vn:185 · republic.fitting · lena (sad)
# source-hash: fb05e4b4
ch1_fitting_21 = ……ごめん。今のは軽率だった。

# ch1_handler.vn:186 · republic.fitting · annette
# source-hash: b9d0cdcf
ch1_fitting_22 = そうね。ほら、行きなさい。幽霊たちとの約束に遅れるわよ。

## Scene republic.first_contact

# ch1_handler.vn:191 · scene `republic.first_contact` title
# source-hash: 3092fe88
scene-republic-first_contact = 一八〇〇時

# ch1_handler.vn:194 · republic.first_contact · narration
# source-hash: 15a4831c
ch1_first_contact_1 = 第三管制室は薄暗い部屋で、椅子は上等、地図は粗末だった。地図の上で、東部戦線は一本のきれいな緑の線になっていた。地図によれば、その線は四年間一度も動いていない。

# ch1_handler.vn:196 · republic.first_contact · narration
# source-hash: 867d5c65
ch1_first_contact_41 = 準備はしてきた。もちろんだ。机の上には、彼女の几帳面な字で書かれたカードが並んでいた。第一戦区の地形メモ、シルエット別のレギオンの種類、歴代ハンドラーの名前。そして大きな字で「まず聴くこと」とだけ書かれた一枚。

# ch1_handler.vn:197 · republic.first_contact · narration
# source-hash: 944fa7a9
ch1_first_contact_42 = 彼女はその一枚を裏返した。それから、また表に返した。

# ch1_handler.vn:198 · republic.first_contact · narration
# source-hash: f5b4b643
ch1_first_contact_2 = 十七時五十九分、レーナは背筋を伸ばした。十八時ちょうど、喉元の環に触れた。

# ch1_handler.vn:201 · republic.first_contact · narration
# source-hash: 1aef3a46
ch1_first_contact_3 = 一瞬、何もなかった。それから風が聞こえた。風と、冷えていく金属のきしみと、すぐ近くで誰かが息をする音。

# ch1_handler.vn:202 · republic.first_contact · lena
# source-hash: 1bba76a8
ch1_first_contact_4 = ハンドラー・ワンよりスピアヘッド戦隊へ。聞こえますか？

# ch1_handler.vn:203 · republic.first_contact · shin
# source-hash: b384e332
ch1_first_contact_5 = アンダーテイカー。聞こえている、ハンドラー・ワン。

# ch1_handler.vn:204 · republic.first_contact · narration
# source-hash: dc60dba3
ch1_first_contact_6 = 若い声だった。まずそれに気づいた。もしかすると彼女より若い。平坦で、時刻とは何の関係もない種類の疲れを帯びていた。

# ch1_handler.vn:205 · republic.first_contact · choice
# source-hash: 2a4adb30
ch1_first_contact_first_words = 戦隊の全員が聞いている。最初に何と言う？

# ch1_handler.vn:206 · republic.first_contact · option
# source-hash: 30f5314f
ch1_first_contact_o1 = 「皆さんを指揮できて光栄です。コールサインだけでなく、名前を教えてください」

# ch1_handler.vn:210 · republic.first_contact · narration
# source-hash: 573efe8c
ch1_first_contact_7 = 回線に沈黙が落ちた。空っぽの沈黙ではなかった。

# ch1_handler.vn:211 · republic.first_contact · raiden
# source-hash: 05eed2af
ch1_first_contact_8 = ……ライデン・シュガ。ヴェアヴォルフ。

# ch1_handler.vn:212 · republic.first_contact · theo
# source-hash: f8b92701
ch1_first_contact_9 = セオ・リッカ。ラフィング・フォックス。……えっと、これ何かのテスト？

# ch1_handler.vn:213 · republic.first_contact · kurena
# source-hash: 97a406e3
ch1_first_contact_10 = クレナ・ククミラ。

# ch1_handler.vn:214 · republic.first_contact · anju
# source-hash: 4fd1e72e
ch1_first_contact_11 = アンジュ・エマ。スノウ・ウィッチです。よろしくお願いします、ハンドラー・ワン。

# ch1_handler.vn:215 · republic.first_contact · kaie
# source-hash: 87a8549d
ch1_first_contact_12 = カイエ・タニヤ！　キルシュブリューテだ。いや、なんだか不思議な感じだな。こんにちは！

# ch1_handler.vn:216 · republic.first_contact · shin
# source-hash: 45437412
ch1_first_contact_13 = シンエイ・ノウゼン。

# ch1_handler.vn:217 · republic.first_contact · lena (smile)
# source-hash: 60913796
ch1_first_contact_14 = ありがとうございます。私はヴラディレーナ・ミリーゼです。この信頼に見合う指揮官になれるよう努めます。

# ch1_handler.vn:218 · republic.first_contact · theo
# source-hash: c949694c
ch1_first_contact_15 = 今……今の、自己紹介した？

# ch1_handler.vn:219 · republic.first_contact · kurena
# source-hash: 2c8308aa
ch1_first_contact_16 = 浮かれないで。ただの礼儀よ。壁の中の人たちは、お行儀がいいの。

# ch1_handler.vn:220 · republic.first_contact · option
# source-hash: da212fd3
ch1_first_contact_o2 = 「ハンドラー・ワン、指揮を引き継ぎます。皆さんのために最善を尽くします」

# ch1_handler.vn:222 · republic.first_contact · narration
# source-hash: 10685b49
ch1_first_contact_17 = 一拍の間があって、礼儀正しい了解の声が揃って返ってきた。新任の先生に返すような挨拶だった。

# ch1_handler.vn:223 · republic.first_contact · kaie
# source-hash: 9cd2becd
ch1_first_contact_18 = ようこそ、ハンドラー・ワン。

# ch1_handler.vn:224 · republic.first_contact · theo
# source-hash: e4dcb1f8
ch1_first_contact_19 = そっちでも、まあ頑張って。

# ch1_handler.vn:225 · republic.first_contact · lena
# source-hash: 335106c9
ch1_first_contact_20 = ありがとうございます。本心から、そう思っています。

# ch1_handler.vn:226 · republic.first_contact · option
# source-hash: 11d6a8a7
ch1_first_contact_o3 = 「アンダーテイカー、各機の位置と状況を報告してください。簡潔にお願いします」

# ch1_handler.vn:229 · republic.first_contact · shin
# source-hash: dc8b1a12
ch1_first_contact_21 = 全機、第一戦区の格納庫にて待機。ジャガーノート十四機、うち稼働可能十一機。報告事項なし。

# ch1_handler.vn:230 · republic.first_contact · lena
# source-hash: 85508178
ch1_first_contact_22 = ありがとうございます、アンダーテイカー。今はそれで結構です。

# ch1_handler.vn:231 · republic.first_contact · narration
# source-hash: 0edafab0
ch1_first_contact_23 = 回線の向こうで誰かが鼻で笑い、咳でごまかした。

# ch1_handler.vn:234 · republic.first_contact · narration
# source-hash: 8212b580
ch1_first_contact_24 = 彼女が回線を閉じようとしたとき、シンがもう一度、さっきより低い声で言った。

# ch1_handler.vn:235 · republic.first_contact · shin
# source-hash: db7c1638
ch1_first_contact_25 = ハンドラー・ワン。奴らが動いている。

# ch1_handler.vn:236 · republic.first_contact · lena
# source-hash: 4bb5acb0
ch1_first_contact_26 = 誰が動いているんですか？

# ch1_handler.vn:237 · republic.first_contact · shin
# source-hash: bdaa6975
ch1_first_contact_27 = レギオンだ。一個中隊、あるいはそれ以上。北東、旧操車場の方角から来る。四十分ほどで戦区に到達する。

# ch1_handler.vn:238 · republic.first_contact · narration
# source-hash: 3d546afb
ch1_first_contact_28 = レーナは地図を見た。緑の線は緑のままだった。隣のレーダーパネルにも、何ひとつ映っていなかった。

# ch1_handler.vn:239 · republic.first_contact · lena
# source-hash: dd096a94
ch1_first_contact_29 = その区域のレーダーには何も映っていません、アンダーテイカー。

# ch1_handler.vn:240 · republic.first_contact · shin
# source-hash: cd4e24f3
ch1_first_contact_30 = じきに映る。

# ch1_handler.vn:241 · republic.first_contact · choice
# source-hash: d40cff4f
ch1_first_contact_radar = レーダーには何もない。だがシンは確信している。

# ch1_handler.vn:242 · republic.first_contact · option
# source-hash: f8db3185
ch1_first_contact_o4 = 「了解しました。スピアヘッド、迎撃に出てください。あなたの報告に基づいて記録します」

# ch1_handler.vn:246 · republic.first_contact · shin
# source-hash: 523a55d7
ch1_first_contact_31 = 了解。スピアヘッド、出撃する。鉄塔の線で待ち伏せる。

# ch1_handler.vn:247 · republic.first_contact · raiden
# source-hash: 5057e010
ch1_first_contact_32 = 了解。……へえ、反論しなかったな。

# ch1_handler.vn:248 · republic.first_contact · option
# source-hash: f8b0920e
ch1_first_contact_o5 = 「勘だけで出撃は許可できません。レーダーで確認が取れるまで待機してください」

# ch1_handler.vn:251 · republic.first_contact · shin
# source-hash: 1e651c6a
ch1_first_contact_33 = 了解した。

# ch1_handler.vn:252 · republic.first_contact · narration
# source-hash: cfbfb839
ch1_first_contact_34 = 回線の息遣いは続いていた。彼の声の向こうのどこかで、エンジンがかかった。それから、もうひとつ。

# ch1_handler.vn:253 · republic.first_contact · lena (angry)
# source-hash: b06835c5
ch1_first_contact_35 = アンダーテイカー、待機と言ったはずです。

# ch1_handler.vn:254 · republic.first_contact · shin
# source-hash: 8288e154
ch1_first_contact_36 = ああ、聞いた。

# ch1_handler.vn:255 · republic.first_contact · option
# source-hash: 5699e5e6
ch1_first_contact_o6 = 「それは勘ですか、それとも分かっているんですか？　どうして分かるのか教えてください」

# ch1_handler.vn:257 · republic.first_contact · shin
# source-hash: a53e8189
ch1_first_contact_37 = 分かる。

# ch1_handler.vn:258 · republic.first_contact · narration
# source-hash: 63d86bad
ch1_first_contact_38 = 彼は説明しなかった。そして彼女は、自分が本当は説明を期待していなかったことに気づいた。

# ch1_handler.vn:259 · republic.first_contact · lena
# source-hash: b0618995
ch1_first_contact_39 = ……では、行ってください。もし間違っていたら、責任は私が取ります。

# ch1_handler.vn:261 · republic.first_contact · shin
# source-hash: c446ff40
ch1_first_contact_40 = 了解。スピアヘッド、出撃する。

## Scene front.first_sortie

# ch1_handler.vn:265 · scene `front.first_sortie` title
# source-hash: 21d759c1
scene-front-first_sortie = 操車場

# ch1_handler.vn:268 · front.first_sortie · narration
# source-hash: 03e97d9e
ch1_first_sortie_1 = かつての農地を横切って、鉄塔が一列に並んでいた。電線はとうの昔に剥ぎ取られ、死ぬために横たわった巨大な何かの肋骨のようだった。

# ch1_handler.vn:269 · front.first_sortie · narration
# source-hash: 1660759c
ch1_first_sortie_2 = ジャガーノートはその陰にうずくまっていた。脚が四本、砲が一門。そして、共和国の技術者たちが書類の上では一度も快適にする必要のなかった操縦席。

# ch1_handler.vn:272 · front.first_sortie · shin
# source-hash: 19b5a9a9
ch1_first_sortie_3 = 三十秒。前衛は地上型のグラウヴォルフ、後方にレーヴェ。先頭の列が二本目の鉄塔を越えるまで待て。

# ch1_handler.vn:273 · front.first_sortie · lena
# source-hash: 6f39904b
ch1_first_sortie_4 = レーダーにも映りました。あなたの言うとおりでした。一分の狂いもなく。

# ch1_handler.vn:274 · front.first_sortie · shin
# source-hash: 6826fcef
ch1_first_sortie_5 = 回線はそのままにしておいてくれ、ハンドラー・ワン。できるなら、敵の間隔を読み上げてほしい。

# ch1_handler.vn:275 · front.first_sortie · lena
# source-hash: 309342a4
ch1_first_sortie_6 = できます。

# ch1_handler.vn:278 · front.first_sortie · raiden
# source-hash: 5d25169a
ch1_first_sortie_7 = まだ待機しろって言ってるぞ。シン？

# ch1_handler.vn:279 · front.first_sortie · shin
# source-hash: 9bd3c3be
ch1_first_sortie_8 = そのまま行け。じきに向こうにも見える。

# ch1_handler.vn:280 · front.first_sortie · lena
# source-hash: 1cdd0c4a
ch1_first_sortie_9 = レーダーに反応、北東。中隊規模。……あ。

# ch1_handler.vn:281 · front.first_sortie · shin
# source-hash: 20538b09
ch1_first_sortie_10 = ああ。

# ch1_handler.vn:282 · front.first_sortie · lena
# source-hash: 716ce006
ch1_first_sortie_11 = 全機、各個に交戦を許可します。……ごめんなさい。交戦してください。

# ch1_handler.vn:287 · front.first_sortie · narration
# source-hash: 3ae54d4b
ch1_first_sortie_12 = 最初の一発はシンだった。残りの砲声は、まるで会話のようにそれに続いた。

# ch1_handler.vn:291 · front.first_sortie · theo
# source-hash: 8746b22f
ch1_first_sortie_13 = 二本目の鉄塔で一機撃破！　カイエ、左だ、左！

# ch1_handler.vn:292 · front.first_sortie · kaie
# source-hash: c5d9be75
ch1_first_sortie_14 = 見えている、見えているとも。ありがとう、セオ。ああ、見えている。

# ch1_handler.vn:294 · front.first_sortie · kurena
# source-hash: 9b361403
ch1_first_sortie_15 = 仕留めた。シン、給水塔の裏にあと三機。

# ch1_handler.vn:295 · front.first_sortie · shin
# source-hash: 92419986
ch1_first_sortie_16 = ライデン、塔を頼む。アンジュ、奴らが崩れたら丘に撃ち込め。

# ch1_handler.vn:296 · front.first_sortie · anju
# source-hash: e97fc61d
ch1_first_sortie_17 = 丘ね。了解。

# ch1_handler.vn:298 · front.first_sortie · lena
# source-hash: 41dc913d
ch1_first_sortie_18 = 第二群が南へ転進しています、アンダーテイカー。ヴェアヴォルフの側面に回り込むつもりです。

# ch1_handler.vn:299 · front.first_sortie · raiden
# source-hash: 56f6834c
ch1_first_sortie_19 = はっ。地図は読めるらしいな。助かったぜ、ハンドラー・ワン。

# ch1_handler.vn:300 · front.first_sortie · narration
# source-hash: 92bdd3e5
ch1_first_sortie_20 = 早くに張った待ち伏せの常どおりに、戦いは運んだ。素早く、やがて一挙に、そしてぱたりと。

# ch1_handler.vn:305 · front.first_sortie · theo
# source-hash: c2cdb229
ch1_first_sortie_21 = 被弾した！　大丈夫。脚だ。平気だって、脚をやられただけだから。

# ch1_handler.vn:306 · front.first_sortie · lena (worried)
# source-hash: 86ba655a
ch1_first_sortie_22 = ラフィング・フォックス、状況を報告してください！

# ch1_handler.vn:307 · front.first_sortie · theo
# source-hash: 5a5c6412
ch1_first_sortie_23 = まだ笑ってるよ。歩き方がちょっと変になっただけ。

# ch1_handler.vn:308 · front.first_sortie · narration
# source-hash: 3fe8cfeb
ch1_first_sortie_24 = 布陣は遅れ、しかも開けた場所だった。レーダー画面を待って四分を費やしたせいだ。遅れて始まった戦いの常どおりに、それは進んだ。長く、醜く、ばらばらに。

# ch1_handler.vn:312 · front.first_sortie · narration
# source-hash: ea044de7
ch1_first_sortie_25 = やがて戦場は静まった。焼けた金属が冷えていく小さな音と、鉄塔を渡る風の音のほかには。

# ch1_handler.vn:317 · front.first_sortie · kaie
# source-hash: 2b7ef39b
ch1_first_sortie_26 = さて。賭けの帳簿だ。張り替えたい者はいるか？

# ch1_handler.vn:320 · front.first_sortie · theo
# source-hash: b45e3428
ch1_first_sortie_27 = あの人、シンの言うことを聞いたんだぜ。初日からあいつを信じた奴なんていなかった。みんなレーダーを欲しがるんだ。

# ch1_handler.vn:321 · front.first_sortie · kaie
# source-hash: 4ac59bcb
ch1_first_sortie_28 = つまり、張り替えるわけだな。

# ch1_handler.vn:322 · front.first_sortie · theo
# source-hash: 4f119d14
ch1_first_sortie_29 = 一週間に変える。俺だってバカじゃない。

# ch1_handler.vn:324 · front.first_sortie · theo (angry)
# source-hash: 6db6c0ec
ch1_first_sortie_30 = 俺たちをあそこで待たせたんだぞ。四分も。

# ch1_handler.vn:325 · front.first_sortie · kaie
# source-hash: 01b310c7
ch1_first_sortie_31 = だが、謝りもしたぞ。声に出して。私たちにだ。

# ch1_handler.vn:326 · front.first_sortie · theo
# source-hash: 9e0b6c0e
ch1_first_sortie_32 = ……じゃあ、二日にしといて。

# ch1_handler.vn:328 · front.first_sortie · kaie
# source-hash: f6236e82
ch1_first_sortie_33 = 私たちの名前を訊いてきたな。聞いたか？　自分の名前も名乗り返したぞ。

# ch1_handler.vn:329 · front.first_sortie · theo
# source-hash: 6df28421
ch1_first_sortie_34 = ヴラディレーナ。少なくともそこは当たってたろ。いかにも年寄りで、いかにも金持ちって名前だ。

# ch1_handler.vn:330 · front.first_sortie · kaie
# source-hash: 28651caa
ch1_first_sortie_35 = ふむ。年寄りの声には聞こえなかったがな。

# ch1_handler.vn:332 · front.first_sortie · kaie
# source-hash: 1dd2b31f
ch1_first_sortie_36 = シン？　君の見立ては？

# ch1_handler.vn:333 · front.first_sortie · shin
# source-hash: 5669e8da
ch1_first_sortie_37 = 十八時ちょうどに繋いできた。

# ch1_handler.vn:334 · front.first_sortie · narration
# source-hash: 245f1ce6
ch1_first_sortie_38 = 彼は二人の脇を抜けて自分のジャガーノートへ向かい、脚の関節をひとつずつ点検しはじめた。ほかには何も言われなかったかのように。

# ch1_handler.vn:335 · front.first_sortie · kaie
# source-hash: 74995f2d
ch1_first_sortie_39 = それは見立てとは言わないだろう。

# ch1_handler.vn:336 · front.first_sortie · raiden
# source-hash: eb9d04c5
ch1_first_sortie_40 = あいつにとっちゃ、それが見立てなんだよ。

## Scene republic.log

# ch1_handler.vn:342 · scene `republic.log` title
# source-hash: 98873357
scene-republic-log = 記録

# ch1_handler.vn:347 · republic.log · narration
# source-hash: 6c573595
ch1_log_1 = 小さな音を立てて、回線が閉じた。そのあと、部屋はひどく静かだった。静かすぎた。管制室がこれほど静かな場所だとは、知らなかった。

# ch1_handler.vn:348 · republic.log · narration
# source-hash: 1a5911a8
ch1_log_2 = 画面には書式がひとつ。交戦概要。出撃機数。損失機数。名前を書く欄はなかった。

# ch1_handler.vn:350 · republic.log · narration
# source-hash: c1b1f62c
ch1_log_3 = 彼女は打ち込んだ。出撃十一機。損失なし。戦隊長による早期警戒あり。

# ch1_handler.vn:351 · republic.log · narration
# source-hash: b63bf870
ch1_log_4 = 最後の一行を読み返し、そのまま残した。

# ch1_handler.vn:353 · republic.log · narration
# source-hash: 79b84b63
ch1_log_5 = 彼女は打ち込んだ。出撃十一機。損傷一機。ハンドラーの判断により交戦開始遅延。

# ch1_handler.vn:354 · republic.log · narration
# source-hash: 2bc5d9ae
ch1_log_6 = 「遅延」という言葉を、何の意味もなくなるまで見つめた。それも、そのまま残した。

# ch1_handler.vn:357 · republic.log · duval
# source-hash: 9386ee5d
ch1_log_7 = まだいたんですか？　最初の一回がいちばんこたえるんですよ。そのうち退屈になります、請け合いますよ。

# ch1_handler.vn:358 · republic.log · lena
# source-hash: 30c4a3cc
ch1_log_8 = 大尉。あの人たちに、名前を訊いたことはありますか？

# ch1_handler.vn:359 · republic.log · duval
# source-hash: 7a472b3a
ch1_log_9 = 誰のです？

# ch1_handler.vn:360 · republic.log · narration
# source-hash: 2ab25f0f
ch1_log_10 = 彼女は答えなかった。少しして彼は察し、笑い、コートを取りに行った。

# ch1_handler.vn:361 · republic.log · narration
# source-hash: 5da7c0a4
ch1_log_13 = 彼女は画面を消した。暗いガラスに自分の姿が映っていた。軍服、喉元の銀の輪、規則が好む形にまとめ上げた淡い色の髪。

# ch1_handler.vn:362 · republic.log · narration
# source-hash: fb4ce942
ch1_log_14 = 東のどこかで、いまでは声を知っている六人が、ハーネスを外し、あるものを何でも口に入れ、彼女のことなどまるで考えずにいる。そうであってほしかった。自分はそれを願っているのだと、彼女は気づいた。

# ch1_handler.vn:364 · republic.log · lena (sad)
# source-hash: d324ee96
ch1_log_11 = おやすみなさい、スピアヘッド。

# ch1_handler.vn:365 · republic.log · narration
# source-hash: 3b8e6cd6
ch1_log_12 = 切れた回線に向かって、彼女はそう言った。妙なことだった。それでも、言った。

## Scene front.night_one

# ch1_handler.vn:370 · scene `front.night_one` title
# source-hash: dacd2a05
scene-front-night_one = シンが聞くもの

# ch1_handler.vn:374 · front.night_one · narration
# source-hash: 36df06cf
ch1_night_one_1 = ジャガーノートの操縦席は、眺めのついた棺だった。シンはキャノピーを開け、画面を落としたまま自機に座っていた。そこが戦区でいちばん静かな場所で、しかもそこまで彼を探しに来る者は、ひとりしかいなかったからだ。

# ch1_handler.vn:377 · front.night_one · anju
# source-hash: 6f29d5a9
ch1_night_one_2 = お茶を持ってきたの。まずいほうのお茶。おいしいお茶なんて、噂でしか聞かないもの。

# ch1_handler.vn:379 · front.night_one · shin
# source-hash: 549126ed
ch1_night_one_3 = ありがとう。

# ch1_handler.vn:380 · front.night_one · narration
# source-hash: fc2fe0d0
ch1_night_one_4 = 彼女が差し出したカップを、彼は受け取ったが、飲まなかった。手に持っておくための何かだった。

# ch1_handler.vn:381 · front.night_one · anju
# source-hash: ba3debb8
ch1_night_one_5 = 今夜はうるさい？

# ch1_handler.vn:382 · front.night_one · shin
# source-hash: 227ea4ce
ch1_night_one_6 = それほどでも。操車場の連中は消えた。残りは元の場所にいる。

# ch1_handler.vn:383 · front.night_one · anju
# source-hash: 6e1ec87d
ch1_night_one_7 = じゃあ、新しい人は？　ハンドラーの。あの人はうるさい？

# ch1_handler.vn:384 · front.night_one · narration
# source-hash: 23c14a16
ch1_night_one_8 = シンは考えた。何についてもそうするように、まるでその問いに重さがあって、そっと下ろさなければならないものであるかのように。

# ch1_handler.vn:386 · front.night_one · shin
# source-hash: b3fc417d
ch1_night_one_9 = 訊いて、それから答えを聞いていた。二度とも。

# ch1_handler.vn:387 · front.night_one · anju (smile)
# source-hash: 2fdf21fc
ch1_night_one_10 = カイエ、賭けに負けそうね。

# ch1_handler.vn:388 · front.night_one · shin
# source-hash: 99eff9d5
ch1_night_one_11 = カイエなら、喜んで負けるだろう。

# ch1_handler.vn:390 · front.night_one · shin
# source-hash: bfff088a
ch1_night_one_12 = レーダーを頼らなかった。俺に訊いてきた。

# ch1_handler.vn:391 · front.night_one · anju
# source-hash: ecae80ca
ch1_night_one_13 = 珍しいわね。

# ch1_handler.vn:392 · front.night_one · shin
# source-hash: 75bb29a5
ch1_night_one_14 = 一度だけだ。この先はわからない。

# ch1_handler.vn:394 · front.night_one · shin
# source-hash: 5518e59e
ch1_night_one_15 = 名前は訊いてきた。警告は信じなかった。

# ch1_handler.vn:395 · front.night_one · anju
# source-hash: d362a39f
ch1_night_one_16 = 二つに一つ、ね。

# ch1_handler.vn:396 · front.night_one · shin
# source-hash: e1d0f40b
ch1_night_one_17 = たいていの奴よりは、ましな出だしだ。

# ch1_handler.vn:398 · front.night_one · shin
# source-hash: 045b1bf1
ch1_night_one_18 = ほかの連中と同じ声だった。慎重で、自分が正しいと疑わない。

# ch1_handler.vn:399 · front.night_one · anju (sad)
# source-hash: ed2b1bf9
ch1_night_one_19 = でも、謝ってたわ。聞こえたもの。戦闘のあとで。

# ch1_handler.vn:400 · front.night_one · shin
# source-hash: e7f1d54b
ch1_night_one_20 = みんな謝る。一度はな。

# ch1_handler.vn:402 · front.night_one · anju
# source-hash: 8428f3cb
ch1_night_one_21 = 南の戦区にいたころの、私のハンドラーの話、覚えてる？　ここに来る前の。

# ch1_handler.vn:403 · front.night_one · shin
# source-hash: b32fe0d7
ch1_night_one_22 = 聞いたことがない。

# ch1_handler.vn:404 · front.night_one · anju
# source-hash: 76814b1d
ch1_night_one_23 = 毎朝、天気予報を読んでくれたの。首都の天気よ。第一区は晴れ、風は弱いでしょう、って。私たちが知りたがると思ってたのね。

# ch1_handler.vn:405 · front.night_one · anju
# source-hash: 8e7be1f4
ch1_night_one_24 = 最初は、それが嫌でたまらなかった。でもある朝、その人は繋いでこなくて、誰も理由を教えてくれなくて――気づいたら、天気が恋しくなってたの。

# ch1_handler.vn:406 · front.night_one · narration
# source-hash: 4e75ddd1
ch1_night_one_25 = 口をつけられないままのカップを、彼女は受け取った。それを見て、それから彼を見た。

# ch1_handler.vn:407 · front.night_one · anju
# source-hash: 45c738a8
ch1_night_one_26 = ただ、そう思っただけ。誰かの声が何のためにあったのか、わかるまでには時間がかかることもあるのよ。

# ch1_handler.vn:409 · front.night_one · narration
# source-hash: 66a2ee09
ch1_night_one_27 = 彼女が去ったあとも、シンはキャノピーを開けたまま長いこと座っていた。東のどこか、聞こえる範囲のぎりぎり端で、自分の声よりもよく知っている声が、いつもと同じ短い言葉を繰り返していた。

# ch1_handler.vn:410 · front.night_one · narration
# source-hash: 6f0157d6
ch1_night_one_28 = 今夜、彼はそれに耳を傾けなかった。代わりに、自分でもわからない理由で、壁の内側にあるひとつの声のことを考えていた。それがいずれ、何のための声だったとわかるのかを。

## Scene republic.report

# ch2_names.vn:7 · scene `republic.report` title
# source-hash: 82c53ef7
scene-republic-report = 書式

# ch2_names.vn:11 · republic.report · narration
# source-hash: f9f697d3
ch2_report_1 = 概要報告は毎朝十時までに作戦司令部へ送られた。作戦司令部は十一時までにそれを読んだ。正午にはそれは大きな数字の中のひとつの数字になり、夜にはラジオの一文になった。

# ch2_names.vn:14 · republic.report · narration
# source-hash: 01a6bede
ch2_report_2 = レーナはまた書式を開いていた。昨日の交戦、昨夜の哨戒、今朝の静けさ。出撃機数。損傷機数。損失機数。

# ch2_names.vn:16 · republic.report · duval
# source-hash: 50a1ff53
ch2_report_3 = 遠回りしてますね。テンプレートがあるんですよ。前日のをコピーして、日付を変えるだけです。

# ch2_names.vn:17 · republic.report · lena
# source-hash: d5b403dc
ch2_report_4 = ここに備考欄があります。

# ch2_names.vn:18 · republic.report · duval
# source-hash: 30b839f2
ch2_report_5 = コーヒーメーカーにだって備考欄はありますよ。あれも誰も読みませんけどね。

# ch2_names.vn:19 · republic.report · lena
# source-hash: 01ee4dbd
ch2_report_6 = なら、私が何を書いても誰も気にしませんね。

# ch2_names.vn:20 · republic.report · duval (worried)
# source-hash: 1aa6f900
ch2_report_7 = ミリーゼ。ちょっとだけ、同僚として聞いてください。

# ch2_names.vn:21 · republic.report · duval
# source-hash: c05143dd
ch2_report_8 = 上には、感情のあるハンドラーを好む人もいる。写真映えしますからね。好まない人もいる。どっちがどっちかは、手遅れになるまでわからないんですよ。

# ch2_names.vn:23 · republic.report · narration
# source-hash: 91ee2bf4
ch2_report_9 = 出ていきがけに、彼は彼女の肘のそばにコーヒーを一杯置いていった。彼がこれまで彼女にしてくれた中でいちばん親切なことで、彼自身もそれを承知しているのだろうと彼女は思った。

# ch2_names.vn:24 · republic.report · choice
# source-hash: 55624821
ch2_report_remarks = 備考欄は空白のままだ。

# ch2_names.vn:25 · republic.report · option
# source-hash: a03b66e7
ch2_report_o1 = プロセッサーたちを、各機の操縦者として名前で記載する。

# ch2_names.vn:28 · republic.report · narration
# source-hash: c1c7012e
ch2_report_10 = ライデン・シュガ、ヴェアヴォルフ。セオ・リッカ、ラフィング・フォックス。彼女は名簿を順にたどり、誰ひとり飛ばさなかった。

# ch2_names.vn:30 · republic.report · narration
# source-hash: f2dc8da8
ch2_report_11 = ほとんどの名前は、名簿を見るまでもなかった。

# ch2_names.vn:32 · republic.report · narration
# source-hash: e71a3fee
ch2_report_12 = 名前は調べなければわからなかった。それ自体が、ささやかな教訓だった。

# ch2_names.vn:33 · republic.report · narration
# source-hash: 5bc5deea
ch2_report_13 = 最後に、彼女はこう打ち込んだ。上記の各機には搭乗者が存在する。本概要報告にこれを反映されたい。

# ch2_names.vn:34 · republic.report · lena
# source-hash: b1df31fc
ch2_report_14 = ……これで。

# ch2_names.vn:35 · republic.report · narration
# source-hash: c29d4e08
ch2_report_15 = もっと無難なものに書き直してしまう前に、彼女は送信した。

# ch2_names.vn:36 · republic.report · option
# source-hash: 62b22598
ch2_report_o2 = テンプレートを使う。日付を変えて、送信する。

# ch2_names.vn:38 · republic.report · narration
# source-hash: b4b29298
ch2_report_16 = 十一秒かかった。計るつもりもないのに、計っていた。

# ch2_names.vn:39 · republic.report · lena (sad)
# source-hash: eb5ed9dd
ch2_report_17 = 十一秒。

# ch2_names.vn:40 · republic.report · narration
# source-hash: 8e5bf024
ch2_report_18 = そのあと膝の上で手を重ねて座っていたが、たいして何も感じなかった。何かを感じるより、そのほうがずっと悪かった。

# ch2_names.vn:41 · republic.report · option
# source-hash: 708fcc69
ch2_report_o3 = 備考欄は空けておき、名前は自分の手帳に書き留める。

# ch2_names.vn:43 · republic.report · narration
# source-hash: 555f5b32
ch2_report_19 = 作戦司令部のためではない。自分のために。誰に見せろと言われることもない、小さな私的な帳面。

# ch2_names.vn:44 · republic.report · narration
# source-hash: b3ded739
ch2_report_20 = 最初のページに、学校で身につけた丁寧な字で――スピアヘッド戦隊。続いて名前の列。それから、少し考えて、書き足すための余白。

## Scene front.barracks

# ch2_names.vn:48 · scene `front.barracks` title
# source-hash: 749c0cc1
scene-front-barracks = 勤務時間外

# ch2_names.vn:51 · front.barracks · narration
# source-hash: 87b8bd8e
ch2_barracks_1 = 兵舎は、もとは学校だった。談話室の壁にはまだ黒板が残っていた。誰かがそこに一週間の炊事当番を書き、別の誰かが、自分のもの以外の全員の名前の綴りを直していた。

# ch2_names.vn:53 · front.barracks · anju
# source-hash: df09c5ca
ch2_barracks_2 = カイエ、お鍋が吹きこぼれてるわ。

# ch2_names.vn:55 · front.barracks · kaie
# source-hash: 01ee9e59
ch2_barracks_3 = 吹きこぼれてなどいない。自己表現しているのだ。

# ch2_names.vn:56 · front.barracks · anju
# source-hash: 1c10f27c
ch2_barracks_4 = コンロの上に自己表現してるわね。

# ch2_names.vn:57 · front.barracks · kaie (smile)
# source-hash: c2d57805
ch2_barracks_5 = わかった、わかった。芸術家とは理解されないものだな。

# ch2_names.vn:59 · front.barracks · theo
# source-hash: a61700c5
ch2_barracks_6 = 俺は芸術家を理解するよ。俺がそうだし。でもそれは芸術じゃない、スープだ。

# ch2_names.vn:60 · front.barracks · narration
# source-hash: e93f3160
ch2_barracks_60 = クレナは鍋をのぞき込んで匂いを嗅ぎ、あとで本人が否定することになる顔をした。

# ch2_names.vn:61 · front.barracks · kurena
# source-hash: a51232fe
ch2_barracks_61 = 何が入ってるの？

# ch2_names.vn:62 · front.barracks · kaie
# source-hash: d9ebb57a
ch2_barracks_62 = 愛だ。それと缶詰の肉。それとジャガイモ、たぶんな。石でなければ。

# ch2_names.vn:63 · front.barracks · anju
# source-hash: 55d45993
ch2_barracks_63 = ジャガイモだったわ。確かめたもの。

# ch2_names.vn:64 · front.barracks · theo
# source-hash: 49cae34a
ch2_barracks_64 = 確かめたってさ。俺たち、そういう段階なんだよ。ジャガイモかどうか確かめる段階。

# ch2_names.vn:65 · front.barracks · narration
# source-hash: 227bf839
ch2_barracks_7 = ライデンは長テーブルの端で、ばらしたラジオを前にドライバーをくわえていた。クレナはライフルに油を差していた。シンは窓枠に腰かけて本を読んでいた。あるいは、読むふりをしていた。

# ch2_names.vn:67 · front.barracks · narration
# source-hash: 34ff3cb0
ch2_barracks_8 = 九時、全員のうなじの銀の輪が、ひやりと小さく疼いた。

# ch2_names.vn:69 · front.barracks · lena
# source-hash: e18fb599
ch2_barracks_9 = ハンドラー・ワンです。あの……こんばんは、スピアヘッド。

# ch2_names.vn:70 · front.barracks · theo (surprised)
# source-hash: aee0ba7c
ch2_barracks_10 = 九時だぞ。

# ch2_names.vn:71 · front.barracks · lena
# source-hash: 6143e726
ch2_barracks_11 = 何時かはわかっています、ラフィング・フォックス。

# ch2_names.vn:72 · front.barracks · kaie
# source-hash: 9e5783be
ch2_barracks_12 = ハンドラーは九時に繋いだりしないものだ。規則にない。私は規則を読んだのだ。まあ、アンジュに読んでもらったのだが。

# ch2_names.vn:73 · front.barracks · lena
# source-hash: 7f3c8de4
ch2_barracks_13 = 禁止する規則もありません。確認しました。

# ch2_names.vn:74 · front.barracks · shin
# source-hash: d41d5527
ch2_barracks_14 = 何かあったのか、ハンドラー・ワン。

# ch2_names.vn:75 · front.barracks · lena
# source-hash: a9daba58
ch2_barracks_15 = いいえ。何もありません。ただ……皆さんがどうしているかと思って。勤務時間外に。

# ch2_names.vn:76 · front.barracks · narration
# source-hash: 64bb0325
ch2_barracks_16 = 沈黙。クレナの布が、銃身の上で止まった。

# ch2_names.vn:77 · front.barracks · choice
# source-hash: 6dc72fd8
ch2_barracks_talk = 一度も顔を見たことのない六人が、彼女の言い分を待っている。

# ch2_names.vn:78 · front.barracks · option
# source-hash: 4adbdaae
ch2_barracks_o1 = 「夜はどんなふうに過ごしているんですか？　差し支えなければ」

# ch2_names.vn:82 · front.barracks · kaie
# source-hash: 58f0d90d
ch2_barracks_17 = 今夜か？　スープだ。

# ch2_names.vn:83 · front.barracks · anju
# source-hash: 84d3b1f9
ch2_barracks_18 = 慎重にね。

# ch2_names.vn:84 · front.barracks · theo
# source-hash: 70ba332f
ch2_barracks_19 = ライデンはラジオをばらして、部品を余らせて組み直す。クレナは人を殺せるものを磨く。シンは同じ本を読む。

# ch2_names.vn:85 · front.barracks · shin
# source-hash: 3fa5ead0
ch2_barracks_20 = 違う本だ。

# ch2_names.vn:86 · front.barracks · theo
# source-hash: dfe9012a
ch2_barracks_21 = 同じ本だよ。三冊持ってて、順番に回してるだけ。

# ch2_names.vn:87 · front.barracks · narration
# source-hash: 7b2dd8ba
ch2_barracks_22 = レーナは笑った。笑っていいのかどうか決める前に声がこぼれて、彼らがそれを聞いたのが、彼女にも聞こえた。

# ch2_names.vn:88 · front.barracks · option
# source-hash: f9f479de
ch2_barracks_o2 = 「足りないものは何ですか？　教えてください、私が申請します」

# ch2_names.vn:92 · front.barracks · raiden
# source-hash: 4c8b6a9e
ch2_barracks_23 = 予備のアクチュエーター。操縦席の空調フィルター。期限が三年も切れてない抗生物質。

# ch2_names.vn:93 · front.barracks · lena
# source-hash: be91c311
ch2_barracks_24 = 書き留めます。全部。

# ch2_names.vn:94 · front.barracks · theo
# source-hash: 6c6f3da1
ch2_barracks_25 = ペンキ。

# ch2_names.vn:95 · front.barracks · lena
# source-hash: 2be28ffd
ch2_barracks_26 = ペンキ、ですか？

# ch2_names.vn:96 · front.barracks · theo
# source-hash: df486065
ch2_barracks_27 = 機体用に。それと。機体用じゃないのも。ペンキ。

# ch2_names.vn:97 · front.barracks · lena
# source-hash: 0409aaf1
ch2_barracks_28 = ペンキは見つけてみせます、ラフィング・フォックス。

# ch2_names.vn:98 · front.barracks · raiden
# source-hash: 29072707
ch2_barracks_29 = 本当に書いてやがる。ペンの音が聞こえるぜ。

# ch2_names.vn:99 · front.barracks · option
# source-hash: e81a5c7f
ch2_barracks_o3 = 「今夜、お祭りの灯りを飾りつけているんです。お話ししたら喜んでもらえるかと思って」

# ch2_names.vn:102 · front.barracks · lena
# source-hash: aaeef23a
ch2_barracks_30 = リベルテ通りが端から端まで青と白なんです。楽団が階段で練習していて、あれは……

# ch2_names.vn:103 · front.barracks · narration
# source-hash: 61df00f7
ch2_barracks_31 = 静まり返った気配が聞こえて、彼女は口をつぐんだ。

# ch2_names.vn:104 · front.barracks · kurena (angry)
# source-hash: a0977e76
ch2_barracks_32 = 素敵ね。灯りならこっちにもあるわよ。レギオンが発電機を吹っ飛ばすと点くやつがね。

# ch2_names.vn:105 · front.barracks · lena (sad)
# source-hash: 9f68f772
ch2_barracks_33 = ごめんなさい。無神経でした。

# ch2_names.vn:106 · front.barracks · anju
# source-hash: 7455c6dd
ch2_barracks_34 = いいのよ。何を言えばいいか、わからなかったのよね。誰だってそうだもの。

# ch2_names.vn:109 · front.barracks · kurena
# source-hash: b9fbdb01
ch2_barracks_35 = ひとつ訊いていい、ハンドラー・ワン？

# ch2_names.vn:110 · front.barracks · lena
# source-hash: bcaae8d7
ch2_barracks_36 = もちろんです。

# ch2_names.vn:111 · front.barracks · kurena
# source-hash: 9041b20f
ch2_barracks_37 = なんで気にかけるの？　本当のところ。あんたは壁の中にいる。誰にも撃たれないベッドで寝てる。ひと月もすれば勲章と新しい配属をもらって、私たちは夕食の席の土産話になる。なんでふりなんかするの？

# ch2_names.vn:112 · front.barracks · narration
# source-hash: 619a3a61
ch2_barracks_38 = セオが、たしなめるように、彼女の名前らしきものを小さくつぶやいた。クレナは彼を見なかった。

# ch2_names.vn:113 · front.barracks · choice
# source-hash: fef09797
ch2_barracks_why = クレナが待っている。ほかのみんなも。

# ch2_names.vn:114 · front.barracks · option
# source-hash: 3f1e8dbc
ch2_barracks_o4 = 「あなたたちが人間だからです。何年も前に、誰かがそう言うべきだったからです」

# ch2_names.vn:116 · front.barracks · kurena
# source-hash: c5d60d2f
ch2_barracks_39 = そっちじゃ言葉なんて安いんでしょ。何もかも安いって聞くけど。

# ch2_names.vn:117 · front.barracks · lena
# source-hash: 76a43961
ch2_barracks_40 = なら、長いあいだ言い続けるしかありませんね。いつか、それが私にとって高くつくようになるまで。

# ch2_names.vn:118 · front.barracks · narration
# source-hash: 0503e129
ch2_barracks_41 = クレナは答えなかった。クレナにしては、それはほとんど譲歩に近かった。

# ch2_names.vn:119 · front.barracks · option
# source-hash: 4c16ad90
ch2_barracks_o5 = 「それが私の任務だからです。きちんと果たすつもりです」

# ch2_names.vn:121 · front.barracks · kurena
# source-hash: dffd18f2
ch2_barracks_42 = 任務、ね。

# ch2_names.vn:122 · front.barracks · lena
# source-hash: 286d9dc5
ch2_barracks_43 = 私の任務は、出撃のたびにあなたたちを生きて帰すことです。まだ果たせていません。これから始めたいんです。

# ch2_names.vn:123 · front.barracks · shin
# source-hash: d5c7f2ce
ch2_barracks_44 = まともな答えだ。

# ch2_names.vn:124 · front.barracks · kurena (surprised)
# source-hash: 2e574b12
ch2_barracks_45 = シン！

# ch2_names.vn:125 · front.barracks · option
# source-hash: d94d3dcd
ch2_barracks_o6 = 何も言わない。問いはそのままにしておく。それだけの重みがある問いだ。

# ch2_names.vn:128 · front.barracks · narration
# source-hash: 62279f17
ch2_barracks_46 = 沈黙は長く続いた。レーナはそれを埋めなかった。

# ch2_names.vn:129 · front.barracks · kurena
# source-hash: 2515be0a
ch2_barracks_47 = ……それだけ？　何もなし？

# ch2_names.vn:130 · front.barracks · lena
# source-hash: 68178455
ch2_barracks_48 = 十分な答えを、まだ持っていないんです。いい加減な答えを渡すくらいなら、言わずにおきたい。

# ch2_names.vn:131 · front.barracks · narration
# source-hash: ad6956da
ch2_barracks_49 = 窓枠の上で、シンがページをめくった。この一時間で初めてだった。

# ch2_names.vn:134 · front.barracks · kaie
# source-hash: b46bd345
ch2_barracks_50 = 明日も繋いでくれるか？　九時に？　いや、身なりを整えておくべきかどうか知りたいだけなのだ。

# ch2_names.vn:135 · front.barracks · lena (smile)
# source-hash: 08b25de9
ch2_barracks_51 = 明日も繋ぎます。

# ch2_names.vn:137 · front.barracks · theo
# source-hash: 9aa437c8
ch2_barracks_52 = ペンキが届いたら、何か描いてやるよ。機体にじゃなくてさ。まあ、あんたには見えないところに、だけど。当然な。

# ch2_names.vn:138 · front.barracks · lena (smile)
# source-hash: ae4d9d99
ch2_barracks_53 = 見えなくても、信じておきますね。

# ch2_names.vn:140 · front.barracks · anju
# source-hash: dad1982a
ch2_barracks_54 = おやすみなさい、ハンドラー・ワン。繋いでくれてありがとう。

# ch2_names.vn:142 · front.barracks · narration
# source-hash: c1ed52d6
ch2_barracks_55 = 回線が閉じた。しばらく、誰も何も言わなかった。

# ch2_names.vn:144 · front.barracks · raiden
# source-hash: 641f3795
ch2_barracks_56 = ……まあ。

# ch2_names.vn:145 · front.barracks · theo
# source-hash: b085ff5b
ch2_barracks_57 = まあ、何だよ？

# ch2_names.vn:146 · front.barracks · raiden
# source-hash: fbb4229c
ch2_barracks_58 = まあ、本当に繋いできたな、ってことだ。

# ch2_names.vn:147 · front.barracks · narration
# source-hash: 196cfc8d
ch2_barracks_59 = カイエはスープのところへ戻った。スープは皆が目を離していたあいだに、コンロの上へ存分に自己表現を終えていた。

## Scene republic.cafe

# ch2_names.vn:153 · scene `republic.cafe` title
# source-hash: ba8bf630
scene-republic-cafe = リベルテ通り

# ch2_names.vn:157 · republic.cafe · narration
# source-hash: 5d9af393
ch2_cafe_1 = リベルテ通りのカフェは、一週間も早く祭りの旗飾りを出していた。国旗と同じ青と白の三角旗が、日なたで小さなケーキを食べる人々のテーブルの上ではためいている。

# ch2_names.vn:159 · republic.cafe · annette
# source-hash: c7549d61
ch2_cafe_2 = ひどい顔ね。ほら、ペストリーでも食べなさい。

# ch2_names.vn:161 · republic.cafe · lena
# source-hash: a1982d83
ch2_cafe_3 = 普通の顔よ。

# ch2_names.vn:162 · republic.cafe · annette
# source-hash: 2394854f
ch2_cafe_4 = 夜の九時に東部戦線の戦隊と接続してる女の顔よ、それ。なんで知ってるかは聞かないで。あれを作ったのは私。ログが残るの。

# ch2_names.vn:164 · republic.cafe · annette (worried)
# source-hash: a73f02b6
ch2_cafe_5 = 低く、短くって約束したわよね。

# ch2_names.vn:165 · republic.cafe · lena
# source-hash: 90ce4073
ch2_cafe_6 = 低くはしてる。短くないだけ。

# ch2_names.vn:166 · republic.cafe · annette
# source-hash: 4440147f
ch2_cafe_7 = 弁護士みたいな答えね。

# ch2_names.vn:168 · republic.cafe · annette
# source-hash: 83854511
ch2_cafe_8 = 幽霊の声は、もう聞こえた？

# ch2_names.vn:169 · republic.cafe · lena
# source-hash: 9d15563d
ch2_cafe_9 = いいえ。スープに文句を言う男の子の声なら聞いたけど。

# ch2_names.vn:170 · republic.cafe · annette
# source-hash: 06c24589
ch2_cafe_10 = ある意味、そっちのほうがひどいわね。

# ch2_names.vn:172 · republic.cafe · annette
# source-hash: 756dc3c5
ch2_cafe_11 = で？　幽霊は出た？　それとも、まだ規則には載ってないのかしら。

# ch2_names.vn:173 · republic.cafe · lena (sad)
# source-hash: 9306ee4e
ch2_cafe_12 = まだ怒ってるのね。

# ch2_names.vn:174 · republic.cafe · annette
# source-hash: 72a33e29
ch2_cafe_13 = あなたにはいつだって怒ってるわよ。気に入ってる証拠だと思って。

# ch2_names.vn:175 · republic.cafe · narration
# source-hash: b8ef8b06
ch2_cafe_37 = 外では、梯子に乗った男が通りの上に横断幕を渡していた。「防衛がもたらした平和、九年」。それが上下逆さまで、集まった人だかりが面白がってそれを教えてやっていた。

# ch2_names.vn:176 · republic.cafe · annette
# source-hash: a55c9c06
ch2_cafe_38 = 見てよ、あれ。平和の九年。始まったとき、私は十歳だった。人生のほぼ半分を平和の中で過ごして、その全部を、その平和を成り立たせる物を作るために研究室で費やしてきたの。

# ch2_names.vn:177 · republic.cafe · lena
# source-hash: 8ac51037
ch2_cafe_39 = その向こう側に誰がいるのか、考えることはある？

# ch2_names.vn:178 · republic.cafe · annette
# source-hash: 04f153ea
ch2_cafe_40 = 毎日よ、レーナ。一日も欠かさず。だから、ちゃんと作るの。

# ch2_names.vn:179 · republic.cafe · narration
# source-hash: d5526eab
ch2_cafe_14 = アネットはソーサーの上でカップを四分の一回し、さらにもう四分の一回した。計算が合わないときの、彼女の癖だった。

# ch2_names.vn:180 · republic.cafe · annette
# source-hash: 57d1f93d
ch2_cafe_15 = レーナ。人には話さないこと、話してもいい？

# ch2_names.vn:181 · republic.cafe · lena
# source-hash: d7e2cf94
ch2_cafe_16 = もちろん。わかってるでしょう？

# ch2_names.vn:182 · republic.cafe · annette (sad)
# source-hash: 2d2062aa
ch2_cafe_17 = 壁ができる前のこと。エイティシックスが……エイティシックスになる前。同じ通りに友達が住んでたの。家族はコロラータで、お母さんがよくお菓子をくれた。ビスケットの缶で、二人でラジオを作ったこともある。

# ch2_names.vn:183 · republic.cafe · annette
# source-hash: 75711b99
ch2_cafe_18 = コロラータを移送しに人が来たとき、私は十歳だった。私、今まで一度も……私、あることをしたの。そして、あの人たちはいなくなった。

# ch2_names.vn:184 · republic.cafe · narration
# source-hash: 6bb9b17c
ch2_cafe_19 = 彼女はカップを置いた。

# ch2_names.vn:185 · republic.cafe · annette
# source-hash: fb54afa7
ch2_cafe_20 = それだけ。なんで話しちゃったのかしら。ほら、ペストリー食べなさいよ。

# ch2_names.vn:186 · republic.cafe · choice
# source-hash: 792c3424
ch2_cafe_friend = アネットが何かについて、ここまで話したことは一度もない。

# ch2_names.vn:187 · republic.cafe · option
# source-hash: 0ecf4f38
ch2_cafe_o1 = 触れずにおく。代わりに週末のことを聞こう。話す気になれば、彼女のほうから戻ってくる。

# ch2_names.vn:189 · republic.cafe · lena
# source-hash: b19803e5
ch2_cafe_21 = 週末の話を聞かせて。ちゃんとね。退屈なところまで全部。

# ch2_names.vn:190 · republic.cafe · annette (smile)
# source-hash: 43d2bf14
ch2_cafe_22 = 結晶格子を再調整して、洋梨のタルトを焼いたわ。どっちもちょっと失敗。タルトは結局食べたけど。

# ch2_names.vn:191 · republic.cafe · lena
# source-hash: 74b10e60
ch2_cafe_23 = 格子のほうは？

# ch2_names.vn:192 · republic.cafe · annette
# source-hash: 5e6e776f
ch2_cafe_24 = 私だって鬼じゃないわよ。

# ch2_names.vn:193 · republic.cafe · option
# source-hash: 07988ac5
ch2_cafe_o2 = その子の名前を尋ねる。

# ch2_names.vn:195 · republic.cafe · annette (angry)
# source-hash: d4491baf
ch2_cafe_25 = 名前なんて、どうでもいいでしょう。

# ch2_names.vn:196 · republic.cafe · lena
# source-hash: 6ee26691
ch2_cafe_26 = あなたにとっては、どうでもよくないでしょう。

# ch2_names.vn:197 · republic.cafe · annette (sad)
# source-hash: fff553df
ch2_cafe_27 = ……長い名前だった。古い家柄の。今はもう、あそこには残っていないような家。二度と聞かないで、レーナ。お願い。

# ch2_names.vn:199 · republic.cafe · option
# source-hash: 19d585b4
ch2_cafe_o3 = スピアヘッドの隊長の名はノウゼンだと伝える。

# ch2_names.vn:202 · republic.cafe · narration
# source-hash: b612e732
ch2_cafe_28 = アネットのカップが倒れた。コーヒーが小さなテーブルを流れ、砂糖に染み込み、縁からこぼれ落ちた。

# ch2_names.vn:203 · republic.cafe · annette (surprised)
# source-hash: 57c27b8f
ch2_cafe_29 = 今、何て言ったの？

# ch2_names.vn:204 · republic.cafe · lena
# source-hash: 041e5c0c
ch2_cafe_30 = シンエイ・ノウゼン。どうして？　アネット、どうしたの？

# ch2_names.vn:205 · republic.cafe · annette
# source-hash: d9b0c919
ch2_cafe_31 = なんでもない。よくある名前よ。なんでもないの。

# ch2_names.vn:206 · republic.cafe · narration
# source-hash: 8801dec8
ch2_cafe_32 = よくある名前などではまったくなかった。二人ともそれを知っていた。テーブルがとうに乾いたあとも、アネットは長いあいだナプキンで拭き続けていた。

# ch2_names.vn:207 · republic.cafe · annette
# source-hash: 16adccb3
ch2_cafe_33 = 金曜日。夕食に来なさい。タルトをもう一度焼くから。今度はちゃんと成功させる。

# ch2_names.vn:208 · republic.cafe · lena (smile)
# source-hash: fe8d25f4
ch2_cafe_34 = 金曜日ね。

# ch2_names.vn:209 · republic.cafe · annette
# source-hash: 8d924586
ch2_cafe_35 = 「何もなければ」はなしよ。金曜日。

# ch2_names.vn:210 · republic.cafe · lena
# source-hash: 09527b35
ch2_cafe_36 = 金曜日ね、アネット。約束する。

## Scene republic.plaza

# ch2_names.vn:215 · scene `republic.plaza` title
# source-hash: e9d5aa46
scene-republic-plaza = 守護者

# ch2_names.vn:218 · republic.plaza · narration
# source-hash: f4829e82
ch2_plaza_1 = 革命広場では、祭りの飾りつけが進んでいた。梯子に上った作業員たちが街灯に旗を吊るし、議事堂の階段の前では、板を一枚ずつ渡して舞台が組み上がりつつあった。

# ch2_names.vn:219 · republic.plaza · narration
# source-hash: 2b428590
ch2_plaza_2 = 広場の中央、白い石の台座の上に、一機のジャガーノートが立っていた。

# ch2_names.vn:221 · republic.plaza · narration
# source-hash: 75ea2906
ch2_plaza_3 = レーナは何百回もその前を通り過ぎてきた。幼い頃からずっとそこにあるものだ。台座の真鍮板にはこう刻まれている。「共和国の無人の守護者。もはや市民が倒れる必要はない」

# ch2_names.vn:222 · republic.plaza · narration
# source-hash: b27c5639
ch2_plaza_4 = 週末には子どもたちがその脚によじ登る。どこかに、七歳の彼女がアイスクリームを手にその足に腰かけている写真があるはずだった。

# ch2_names.vn:223 · republic.plaza · narration
# source-hash: 416248d7
ch2_plaza_5 = 今日、彼女は初めてそれをきちんと見た。

# ch2_names.vn:224 · republic.plaza · narration
# source-hash: 5bafcf27
ch2_plaza_6 = コクピットのハッチは安全のため溶接されていたが、継ぎ目に隙間があった。爪先立ちで覗き込む。座席。ハーネス。座席のすぐ近く、短い脚でも届くほど近くに据えられたペダル。そして、すり切れて薄くなったクッション。誰かが置き、誰も取り出そうとは思わなかったもの。

# ch2_names.vn:225 · republic.plaza · lena
# source-hash: 5d703268
ch2_plaza_7 = ……無人。

# ch2_names.vn:226 · republic.plaza · narration
# source-hash: 6dfe369d
ch2_plaza_8 = 台座の足もとから、母親と手をつないだ小さな男の子が、幼い子ども特有の真剣さで彼女を見上げていた。

# ch2_names.vn:227 · republic.plaza · narration
# source-hash: 318d66f4
ch2_plaza_9 = 男の子はジャガーノートを指さし、ひとりぼっちで悲しくないのかと母親に尋ねた。母親は笑って、機械は悲しんだりしないのよ、だからこその機械なの、と言い、旗の屋台のほうへ彼の手を引いていった。

# ch2_names.vn:229 · republic.plaza · narration
# source-hash: f6da96a8
ch2_plaza_10 = レーナはもうしばらくそこに立っていた。それから手帳を取り出し、名前の一覧――あるいは名前が並ぶはずの場所――の下に、こう書いた。「広場の一機には、クッションが置いてある」

# ch2_names.vn:230 · republic.plaza · narration
# source-hash: 18265ba7
ch2_plaza_11 = なぜそれが大事なのかはわからなかった。大事だということだけは、わかっていた。

# ch2_names.vn:233 · republic.plaza · narration
# source-hash: e198a7ae
ch2_plaza_12 = その夜、パラレイド越しに、彼女はあやうくセオにその話をしかけた。けれどクッションのことを、そこに座っていたかもしれない誰かのことを考えて、代わりに、もし絵の具が手に入ったら何を描くのかと尋ねた。

# ch2_names.vn:235 · republic.plaza · narration
# source-hash: 0a9a6dbe
ch2_plaza_13 = その夜、十八時ちょうどに彼女は接続し、「ハンドラー・ワン」と名乗った。その言葉が初めて、体に合わない軍服のように感じられた。

## Scene front.patrol

# ch2_names.vn:239 · scene `front.patrol` title
# source-hash: 936b096b
scene-front-patrol = 夜間哨戒

# ch2_names.vn:242 · front.patrol · narration
# source-hash: d7717d9b
ch2_patrol_1 = 東部戦線の夜は、壁の内側のどこの夜よりも暗かった。街灯もない。窓明かりもない。光といえば星と、ときおりゆっくりと赤く瞬く、星ではない何かだけだった。

# ch2_names.vn:246 · front.patrol · raiden
# source-hash: c9597a17
ch2_patrol_2 = 黙り込んだな。いつも以上に。どいつだ？

# ch2_names.vn:247 · front.patrol · shin
# source-hash: f07956d1
ch2_patrol_3 = アーマイゼが二機、西の古い果樹園に。その奥にレーヴェが一機。今夜は来ない。

# ch2_names.vn:248 · front.patrol · raiden
# source-hash: 6212e29c
ch2_patrol_4 = 確かか？

# ch2_names.vn:249 · front.patrol · shin
# source-hash: 10c9a210
ch2_patrol_5 = 別のことを話している。

# ch2_names.vn:250 · front.patrol · narration
# source-hash: 13e6038b
ch2_patrol_6 = レギオンが何を話しているのか、ライデンは聞かなかった。何年も前に一度だけ聞いて、その答えのせいで一週間ろくに眠れなかったのだ。

# ch2_names.vn:251 · front.patrol · narration
# source-hash: 62f2709e
ch2_patrol_37 = 二人は歩き続けた。ジャガーノートの脚が霜を踏み、かすかに刻むような音を立てる。一機につき四本の脚が生むそのリズムは、ライデンなら眠ってしまえそうなもので、実際、眠りかけることもあった。

# ch2_names.vn:252 · front.patrol · raiden
# source-hash: ad6b578c
ch2_patrol_38 = セオの奴、また格納庫を描いてる。今月で三度目だ。

# ch2_names.vn:253 · front.patrol · shin
# source-hash: 3c6f88ed
ch2_patrol_39 = 何も変わっていない。

# ch2_names.vn:254 · front.patrol · raiden
# source-hash: f3db6764
ch2_patrol_40 = それが狙いなんだとよ。何度も描いてりゃ、変わった日に気づけるんだと。

# ch2_names.vn:255 · front.patrol · narration
# source-hash: 005d39d4
ch2_patrol_41 = シンは答えなかった。ライデンも答えを期待してはいなかった。そういう話はシンの中に入り込んでそのまま留まり、ひと月も経ってから、何の話だったかも忘れた頃に、ひと言になって出てくるのだ。

# ch2_names.vn:257 · front.patrol · raiden
# source-hash: e84dd789
ch2_patrol_7 = で。ハンドラーのことだが。

# ch2_names.vn:258 · front.patrol · shin
# source-hash: df441ab5
ch2_patrol_8 = 彼女がどうした。

# ch2_names.vn:260 · front.patrol · raiden
# source-hash: 4d252e19
ch2_patrol_9 = あいつがいるときは、必要以上に長く回線を開いてるだろ。気づいてるぜ。

# ch2_names.vn:261 · front.patrol · shin
# source-hash: 16b9d012
ch2_patrol_10 = 間隔の指示が的確だ。役に立つ。

# ch2_names.vn:262 · front.patrol · raiden (smile)
# source-hash: 936c6a85
ch2_patrol_11 = 役に立つ、ね。そうかよ。

# ch2_names.vn:263 · front.patrol · shin
# source-hash: d33b7dc2
ch2_patrol_12 = ……話す前に聞く。たいていの奴は逆だ。

# ch2_names.vn:265 · front.patrol · raiden
# source-hash: 0c813164
ch2_patrol_13 = まだ続いてる。それだけでも大したもんじゃねえか。

# ch2_names.vn:266 · front.patrol · shin
# source-hash: 977b9cf6
ch2_patrol_14 = まだ二週間だ。

# ch2_names.vn:267 · front.patrol · raiden
# source-hash: 6846096a
ch2_patrol_15 = 前の奴は一週間ももたなかった。

# ch2_names.vn:268 · front.patrol · shin
# source-hash: 045093ce
ch2_patrol_16 = なら、大したものだな。

# ch2_names.vn:270 · front.patrol · raiden
# source-hash: e7052549
ch2_patrol_17 = あいつは頑張ってる。そう言ってやりゃいいだろ。

# ch2_names.vn:271 · front.patrol · shin
# source-hash: 9c3132e6
ch2_patrol_18 = 続けるか、やめるかだ。俺が何を言おうと、どちらになるかは変わらない。

# ch2_names.vn:272 · front.patrol · raiden
# source-hash: ea1f7516
ch2_patrol_19 = 寂しい生き方だな。わかってんのか？

# ch2_names.vn:273 · front.patrol · shin
# source-hash: 2a21f510
ch2_patrol_20 = そういう生き方もある。

# ch2_names.vn:275 · front.patrol · raiden
# source-hash: 1d395ecc
ch2_patrol_21 = カイエがパラレイド越しに、ばあさんの国の言葉を教えてる。下手くそでな。ハンドラーのほうが、って意味だ。カイエは問題ねえ。

# ch2_names.vn:276 · front.patrol · shin
# source-hash: b16115ec
ch2_patrol_22 = 聞こえていた。

# ch2_names.vn:278 · front.patrol · raiden
# source-hash: d3535f3c
ch2_patrol_23 = セオの奴、絵の具は届いたかって三回も聞いてきた。届いたら泣くんじゃねえか。

# ch2_names.vn:279 · front.patrol · shin
# source-hash: ec85f711
ch2_patrol_24 = 届かない。

# ch2_names.vn:280 · front.patrol · raiden
# source-hash: 3d7ff6cd
ch2_patrol_25 = 届くかもしれねえだろ。

# ch2_names.vn:282 · front.patrol · raiden
# source-hash: f0653f13
ch2_patrol_26 = それと、補給の連中の話じゃ、作戦司令部がうちの名簿にメモをつけて突き返してきたらしい。上の誰かが俺たちの名前を読み上げたんだと。会議で、声に出してな。評判は悪かったらしいが。

# ch2_names.vn:283 · front.patrol · shin
# source-hash: 194d2435
ch2_patrol_27 = 彼女か？

# ch2_names.vn:284 · front.patrol · raiden
# source-hash: 4cfc9c07
ch2_patrol_28 = 彼女だ。

# ch2_names.vn:285 · front.patrol · shin
# source-hash: 90f36ed3
ch2_patrol_29 = ……そうか。

# ch2_names.vn:286 · front.patrol · narration
# source-hash: 7f726f7e
ch2_patrol_30 = はるか遠くで、闇の中の何かが動き、そして止まった。

# ch2_names.vn:287 · front.patrol · shin
# source-hash: dbdc34a1
ch2_patrol_31 = そろそろ戻るぞ。

# ch2_names.vn:288 · front.patrol · raiden
# source-hash: 200ae976
ch2_patrol_32 = シン。

# ch2_names.vn:289 · front.patrol · shin
# source-hash: 69f30401
ch2_patrol_33 = 何だ。

# ch2_names.vn:290 · front.patrol · raiden
# source-hash: dc35f16d
ch2_patrol_34 = あいつがもつなら、いずれちゃんと話さなきゃならなくなるぞ。あいつは聞いてくる。ああいうのは、必ず聞いてくるんだ。

# ch2_names.vn:291 · front.patrol · shin
# source-hash: aa35a140
ch2_patrol_35 = 何を。

# ch2_names.vn:292 · front.patrol · raiden
# source-hash: 5568d637
ch2_patrol_36 = 全部だよ。

## Scene republic.archives

# ch3_kirschbluete.vn:7 · scene `republic.archives` title
# source-hash: 7dcfa3ce
scene-republic-archives = 地下階

# ch3_kirschbluete.vn:12 · republic.archives · narration
# source-hash: 81cb7b2f
ch3_archives_1 = 記録保管室は、祭りの三階下にあった。天井越しに、国歌を百回目に練習している楽団の音がかすかに聞こえてくる。

# ch3_kirschbluete.vn:14 · republic.archives · clerk
# source-hash: bce139cb
ch3_archives_2 = 少佐。ここへ来るのは、道に迷った方だけですよ。

# ch3_kirschbluete.vn:15 · republic.archives · lena
# source-hash: b934481b
ch3_archives_3 = 迷ってはいません。第八十六区の部隊記録を探しています。東部戦線第一戦区、スピアヘッド戦隊です。

# ch3_kirschbluete.vn:16 · republic.archives · clerk
# source-hash: 93930fbc
ch3_archives_4 = スピアヘッド、ですか。

# ch3_kirschbluete.vn:17 · republic.archives · narration
# source-hash: 5008058a
ch3_archives_5 = 記録係は老人で、制服の上にカーディガンを羽織り、手の側面にインクをつけていた。彼はその名を、昔住んでいた通りの名前を口にするように言った。

# ch3_kirschbluete.vn:18 · republic.archives · narration
# source-hash: 9e1305a2
ch3_archives_31 = 彼の背後では、照明の届く先よりもさらに奥の闇まで書架が続いていた。戦区と年ごとにラベルの貼られた灰色の箱。手前の年の箱は薄く、奥へ行くほどひどく厚くなり――そして九年前でふっつりと途切れ、別の種類のラベルで再び始まっていた。

# ch3_kirschbluete.vn:19 · republic.archives · clerk
# source-hash: 2d8e4e2d
ch3_archives_6 = あなたが彼らのハンドラーですな。新任の。

# ch3_kirschbluete.vn:20 · republic.archives · lena
# source-hash: c5aeefb9
ch3_archives_7 = はい。

# ch3_kirschbluete.vn:21 · republic.archives · clerk
# source-hash: 152cf84d
ch3_archives_8 = スピアヘッドがどういう所か、ご存じですか、少佐。誰かから聞きましたか。

# ch3_kirschbluete.vn:22 · republic.archives · lena
# source-hash: 2d3362d1
ch3_archives_9 = 東部戦線の戦隊です。

# ch3_kirschbluete.vn:23 · republic.archives · clerk
# source-hash: 3697bd67
ch3_archives_10 = 前線が、何度でも生きて戻ってくる者を送り込む場所です。偶然で片づけるには、長く生きすぎた者たちをね。どの戦区も最も優秀な者をスピアヘッドに送り、スピアヘッドは戦線で最悪の区間を受け持つ。

# ch3_kirschbluete.vn:24 · republic.archives · narration
# source-hash: bbdd7200
ch3_archives_11 = 彼は眼鏡を外してカーディガンで拭いたが、かえって汚れただけだった。

# ch3_kirschbluete.vn:25 · republic.archives · clerk
# source-hash: 0ef9c407
ch3_archives_12 = あそこの隊長は、十一の歳から前線にいます。ファイルに書いてある。何もかもファイルに書いてあるんです。誰も読みはしませんがね。

# ch3_kirschbluete.vn:26 · republic.archives · lena (worried)
# source-hash: 48246be0
ch3_archives_13 = 十一歳……。

# ch3_kirschbluete.vn:27 · republic.archives · narration
# source-hash: ce9ab263
ch3_archives_14 = 上の楽団が自由をうたう一節に差しかかり、その音を長く伸ばした。

# ch3_kirschbluete.vn:28 · republic.archives · choice
# source-hash: d37c2c62
ch3_archives_files = ファイルは記録係の机の脇のワゴンに載っている。もう何年も、誰も受領の署名をしていない。

# ch3_kirschbluete.vn:29 · republic.archives · option
# source-hash: f95f8999
ch3_archives_o1 = 人事ファイルに署名して受け取る。すべてを。

# ch3_kirschbluete.vn:32 · republic.archives · clerk
# source-hash: 60ad68a0
ch3_archives_15 = リストに載りますよ。これに署名した者は、みんなリストに載るんです。

# ch3_kirschbluete.vn:33 · republic.archives · lena
# source-hash: 9dbde22e
ch3_archives_16 = では、載せてください。

# ch3_kirschbluete.vn:34 · republic.archives · narration
# source-hash: 6ed6dfe1
ch3_archives_17 = 彼はワゴンを彼女のほうへ押しやった。床を横切るあいだじゅう、車輪が軋んでいた。

# ch3_kirschbluete.vn:35 · republic.archives · narration
# source-hash: b27ee098
ch3_archives_18 = 楽団の音がやむまで、彼女は読み続けた。生年月日。戦区。多すぎる出撃が記された軍歴。ある余白には、前任のハンドラーの筆跡でこう書き込まれていた。「不平は言わない。止まりもしない」

# ch3_kirschbluete.vn:36 · republic.archives · narration
# source-hash: 301b1756
ch3_archives_19 = 彼女は泣かなかった。紙が古かったから、ページを丁寧にめくった。

# ch3_kirschbluete.vn:37 · republic.archives · option
# source-hash: 65b0ff9b
ch3_archives_o2 = 任期を終えたエイティシックスがどうなるのかを尋ねる。

# ch3_kirschbluete.vn:40 · republic.archives · clerk
# source-hash: 6ff5e462
ch3_archives_20 = 五年です。五年務め上げれば、家族の市民権が戻る。それが法律です。

# ch3_kirschbluete.vn:41 · republic.archives · lena
# source-hash: 41d438de
ch3_archives_21 = それで、これまで何人が……

# ch3_kirschbluete.vn:42 · republic.archives · clerk
# source-hash: 32adbbe0
ch3_archives_22 = 私はここに八年おりますがね、少佐。その書類を処理したことは、ただの一度もありません。

# ch3_kirschbluete.vn:43 · republic.archives · narration
# source-hash: a67715e2
ch3_archives_23 = 彼は、その意味を彼女自身に考えさせた。長くはかからなかった。

# ch3_kirschbluete.vn:44 · republic.archives · lena (sad)
# source-hash: bc3b89f0
ch3_archives_24 = 一度も……。

# ch3_kirschbluete.vn:45 · republic.archives · clerk
# source-hash: b1d31128
ch3_archives_25 = 書式はあるんですよ。ひと束、取ってあります。実に立派に印刷されていましてね。

# ch3_kirschbluete.vn:46 · republic.archives · option
# source-hash: 8f844d68
ch3_archives_o3 = ファイルはそのままにしておく。彼らの人生を彼女に語るかどうかは、彼ら自身が決めることだ。

# ch3_kirschbluete.vn:48 · republic.archives · lena
# source-hash: 4fd056c2
ch3_archives_26 = ありがとうございます。でも、本人たちから聞きたいと思います。

# ch3_kirschbluete.vn:49 · republic.archives · clerk
# source-hash: 366df311
ch3_archives_27 = 本人たちから？　彼らに聞くとおっしゃる？

# ch3_kirschbluete.vn:50 · republic.archives · lena
# source-hash: d0184a5e
ch3_archives_28 = 彼らが話してくれるのなら。

# ch3_kirschbluete.vn:51 · republic.archives · narration
# source-hash: ace3071a
ch3_archives_29 = 記録係は長いあいだ彼女を見つめ、それから初めて微笑んだ。あまり使われてこなかった、小さくゆがんだ笑みだった。

# ch3_kirschbluete.vn:52 · republic.archives · clerk
# source-hash: 855269d9
ch3_archives_30 = 最後にそう言った方は、六日もちました。あなたはもっと長くもつといい。

## Scene front.last_evening

# ch3_kirschbluete.vn:56 · scene `front.last_evening` title
# source-hash: a07d1dbe
scene-front-last_evening = 桜

# ch3_kirschbluete.vn:59 · front.last_evening · narration
# source-hash: 4664abf8
ch3_last_evening_1 = 午後のどこかの時点で、カイエ・タニヤは、全員に散髪が必要だと決めたらしかった。

# ch3_kirschbluete.vn:61 · front.last_evening · kaie
# source-hash: d3325f3f
ch3_last_evening_2 = じっとして。セオ。じっとしていないと「ライデン」にしてしまうぞ。

# ch3_kirschbluete.vn:63 · front.last_evening · theo
# source-hash: d363a1e9
ch3_last_evening_3 = 「ライデン」って何だよ。

# ch3_kirschbluete.vn:64 · front.last_evening · kaie
# source-hash: 7b8dfcab
ch3_last_evening_4 = ライデンの頭のことだ。

# ch3_kirschbluete.vn:65 · front.last_evening · raiden
# source-hash: a7c1552c
ch3_last_evening_5 = 聞こえてるぞ。

# ch3_kirschbluete.vn:66 · front.last_evening · kaie
# source-hash: 1b0eaa1e
ch3_last_evening_6 = それはいい！　なら、わかっているな。

# ch3_kirschbluete.vn:68 · front.last_evening · kurena
# source-hash: 58e5ec8c
ch3_last_evening_7 = 次はシンのをやってよ。

# ch3_kirschbluete.vn:69 · front.last_evening · kaie
# source-hash: 5a3b95d1
ch3_last_evening_8 = シンは私の前に座ってくれないんだ。自分の髪をナイフで切ってしまう。まるで山賊だ。

# ch3_kirschbluete.vn:70 · front.last_evening · kurena (angry)
# source-hash: 84a3d99f
ch3_last_evening_9 = 似合ってるじゃない。

# ch3_kirschbluete.vn:71 · front.last_evening · kaie
# source-hash: 92fe0668
ch3_last_evening_10 = 似合うのは、そういう顔をしているからだ。誰もがそういう顔をしているわけじゃない。セオは違う。

# ch3_kirschbluete.vn:72 · front.last_evening · theo
# source-hash: a9b58c63
ch3_last_evening_11 = 俺は最高の顔してるっての。

# ch3_kirschbluete.vn:73 · front.last_evening · narration
# source-hash: f7503e13
ch3_last_evening_12 = 窓辺のアンジュが、袖に顔をうずめて笑った。

# ch3_kirschbluete.vn:75 · front.last_evening · kaie
# source-hash: fc6a7547
ch3_last_evening_13 = ハンドラーは、生まれてから一度も自分で髪を切ったことがないそうだ。女の人が家まで来て切ってくれるんだって。ひどい話だと思わないか？　あれだけの髪があるのに、一度も台無しにさせてもらえないなんて。

# ch3_kirschbluete.vn:76 · front.last_evening · kurena
# source-hash: 1066bb8a
ch3_last_evening_14 = 髪の話までしてるの？

# ch3_kirschbluete.vn:77 · front.last_evening · kaie
# source-hash: 68362ef0
ch3_last_evening_15 = 何でも話してくれる。壁の中には、話せる相手がいないんだと思う。友達がひとりいるだけで。

# ch3_kirschbluete.vn:79 · front.last_evening · kaie
# source-hash: 325a761e
ch3_last_evening_16 = 昨日、ハンドラーに名前の正しい言い方を聞かれた。タ・ニ・ヤ。そんなことを聞かれたのは、祖母以来だ。

# ch3_kirschbluete.vn:81 · front.last_evening · kaie
# source-hash: 043b64fc
ch3_last_evening_17 = ハンドラーの髪はどんなだろうな。きっと長いぞ。壁の中なら、髪を伸ばす暇もあるだろうから。

# ch3_kirschbluete.vn:83 · front.last_evening · narration
# source-hash: 2ddad2a2
ch3_last_evening_18 = 静けさの中で、はさみがちょきん、ちょきんと鳴った。

# ch3_kirschbluete.vn:84 · front.last_evening · kurena
# source-hash: f2db1128
ch3_last_evening_19 = カイエ。どうするの？　五年が終わったら。

# ch3_kirschbluete.vn:85 · front.last_evening · kaie
# source-hash: c483f73d
ch3_last_evening_20 = ああ、そのことか。桜を見に行くんだ。

# ch3_kirschbluete.vn:86 · front.last_evening · kurena
# source-hash: 60ad7747
ch3_last_evening_21 = 桜なんて、どこにもないじゃない。

# ch3_kirschbluete.vn:87 · front.last_evening · kaie
# source-hash: 10034eaf
ch3_last_evening_22 = 極東にはあるんだ。祖母がそう言っていた。丘がまるごと桜で、春には花びらが雪みたいにたくさん降るんだって。ただし、温かい雪だ。

# ch3_kirschbluete.vn:88 · front.last_evening · kaie
# source-hash: b2101f54
ch3_last_evening_23 = そこへ行って、桜の木の下に座って、自分で作ってないものを食べて、誰にも撃たれないで、飽きるまでそこにいる。つまり、ずっとだ。

# ch3_kirschbluete.vn:89 · front.last_evening · kurena (sad)
# source-hash: 008e2658
ch3_last_evening_24 = 手紙、書いてよね。

# ch3_kirschbluete.vn:90 · front.last_evening · kaie (smile)
# source-hash: f7466d90
ch3_last_evening_25 = 花びらを送るよ。押し花にして、手紙に入れて。共和国の切手を貼られて届いて、検閲官が読んで思うんだ。何だこの妙な桃色のものは、って。

# ch3_kirschbluete.vn:91 · front.last_evening · narration
# source-hash: 17e26b76
ch3_last_evening_26 = 部屋の向こうで、シンが本を置いていた。ほかの誰にも聞こえない何かに耳を澄ませている。その独特の静けさには触れずにおくことを、皆とうに覚えていた。

# ch3_kirschbluete.vn:93 · front.last_evening · raiden
# source-hash: c3799429
ch3_last_evening_27 = シン？

# ch3_kirschbluete.vn:94 · front.last_evening · shin
# source-hash: e3f2bd52
ch3_last_evening_28 = 数が多い。これほどの数を聞くのは久しぶりだ。北、川の向こう。

# ch3_kirschbluete.vn:95 · front.last_evening · raiden
# source-hash: 41a43087
ch3_last_evening_29 = いつだ？

# ch3_kirschbluete.vn:96 · front.last_evening · shin
# source-hash: 6868574c
ch3_last_evening_30 = 明日。早朝だ。

# ch3_kirschbluete.vn:97 · front.last_evening · narration
# source-hash: be373acb
ch3_last_evening_31 = カイエは最後のひと切りを終えると、クレナのうなじに残った髪を吹き払い、はさみを窓台に置いた。きちんと、刃先を向こうへ向けて。祖母に教わったとおりに。

# ch3_kirschbluete.vn:98 · front.last_evening · kaie
# source-hash: 2e097b66
ch3_last_evening_32 = じゃあ、みんなもう寝たほうがいいな。

## Scene republic.river

# ch3_kirschbluete.vn:104 · scene `republic.river` title
# source-hash: 40abf4b3
scene-republic-river = 川の防衛線

# ch3_kirschbluete.vn:109 · republic.river · narration
# source-hash: c4638d62
ch3_river_1 = 午前四時、前夜シンが聞き取ったものが、レーダーに映し出された。第一戦区の北で川を渡る、幅広く緩慢な赤い滲み。見間違いで片づけるには、あまりに大きな形だった。

# ch3_kirschbluete.vn:110 · republic.river · lena
# source-hash: 210f2f07
ch3_river_2 = スピアヘッド、こちらハンドラー・ワン。見えています。全部、見えています。

# ch3_kirschbluete.vn:111 · republic.river · shin
# source-hash: a7ea3835
ch3_river_3 = 二個大隊。後ろにまだいるかもしれない。橋はしばらく持たせられる。長くは無理だ。

# ch3_kirschbluete.vn:112 · republic.river · lena
# source-hash: 0e9e322f
ch3_river_4 = 後方の砲兵陣地に、今から支援砲撃を要請します。

# ch3_kirschbluete.vn:114 · republic.river · hq
# source-hash: b1b98bb8
ch3_river_5 = 本部管制よりハンドラー・ワンへ。東一区画への砲撃支援要請は却下する。今四半期の弾薬割当はすでに消化済みである。

# ch3_kirschbluete.vn:115 · republic.river · lena (angry)
# source-hash: f095a1c3
ch3_river_6 = 消化済み？　まだ四半期の九週目ですよ。管制、二個大隊が川を渡っているんです！

# ch3_kirschbluete.vn:116 · republic.river · hq
# source-hash: b38d4c4d
ch3_river_7 = 却下する、ハンドラー・ワン。現有戦力で対処せよ。

# ch3_kirschbluete.vn:117 · republic.river · choice
# source-hash: 3d06cc27
ch3_river_artillery = 赤い滲みが、橋に達した。

# ch3_kirschbluete.vn:118 · republic.river · option
# source-hash: 68c10cca
ch3_river_o1 = 管制の頭越しに、砲兵中隊長へ直接つなぐ。自らの権限で。

# ch3_kirschbluete.vn:121 · republic.river · lena
# source-hash: b2ac54e5
ch3_river_8 = 第四砲兵中隊、こちら東部戦線ハンドラー・ワン、ミリーゼ少佐です。東一七区画に砲撃をお願いします。今すぐ、私の権限で。書類ならいくらでも署名します。

# ch3_kirschbluete.vn:122 · republic.river · narration
# source-hash: 7fc1a818
ch3_river_9 = 長い沈黙。やがて、若く、緊張した声が返ってきた。

# ch3_kirschbluete.vn:123 · republic.river · lena
# source-hash: 255c70ed
ch3_river_10 = ……ありがとう。本当にありがとう。スピアヘッド、北岸に六発着弾します。頭を下げていてください。

# ch3_kirschbluete.vn:127 · republic.river · shin
# source-hash: 21ff76a7
ch3_river_11 = 助かった。

# ch3_kirschbluete.vn:128 · republic.river · narration
# source-hash: 83362781
ch3_river_12 = シンの口から出たそれは、ほとんど凱旋パレード並みの賛辞だった。

# ch3_kirschbluete.vn:129 · republic.river · option
# source-hash: 24f62223
ch3_river_o2 = 言い争う時間が惜しい。見つけうる限り、最も安全な撤退路を示す。

# ch3_kirschbluete.vn:131 · republic.river · lena
# source-hash: 82bd1f86
ch3_river_13 = スピアヘッド、二機ずつ橋から後退してください。南西三百メートルに排水溝があります。皆さんの地図には載っていません。私の地図には載っています。

# ch3_kirschbluete.vn:132 · republic.river · raiden
# source-hash: 1019187c
ch3_river_14 = 排水溝だとよ。溝を見つけてくれたらしい。

# ch3_kirschbluete.vn:133 · republic.river · shin
# source-hash: 0e401052
ch3_river_15 = いい溝だ。使え。

# ch3_kirschbluete.vn:137 · republic.river · narration
# source-hash: 8bb2c3e0
ch3_river_41 = それから続いたのは、長く騒々しい戦いだった。だがレーナの画面の上では、赤い潮の前を青い印の群れがゆっくりと後ずさっていくだけだった。

# ch3_kirschbluete.vn:138 · republic.river · lena
# source-hash: dd0f2cea
ch3_river_42 = ヴェアヴォルフ、右手に隙間が開きつつあります。二百メートル先。今動けば、スノウ・ウィッチを通せます。

# ch3_kirschbluete.vn:139 · republic.river · raiden
# source-hash: cf0330ba
ch3_river_43 = 動く。アンジュ、ついて来い。

# ch3_kirschbluete.vn:140 · republic.river · anju
# source-hash: 9b2b49ea
ch3_river_44 = ついて行くわ。

# ch3_kirschbluete.vn:141 · republic.river · theo
# source-hash: 5e31bfbd
ch3_river_45 = ハンドラー・ワン、四機に追われてる。しかもやたら熱心なやつらだ。

# ch3_kirschbluete.vn:142 · republic.river · lena
# source-hash: 65a35870
ch3_river_46 = 壊れたサイロで左へ。ゲートで団子になるはずです。ラフィング・フォックス、あそこでは必ず団子になるんです。

# ch3_kirschbluete.vn:144 · republic.river · theo
# source-hash: 94892fa8
ch3_river_47 = ……ゲートで団子になった。愛してるよ。仕事上の意味で。

# ch3_kirschbluete.vn:145 · republic.river · narration
# source-hash: 4532ce4e
ch3_river_16 = 笑う暇はなかった。本当は笑いたかったのだと、あとになって気づいた。

# ch3_kirschbluete.vn:146 · republic.river · kaie
# source-hash: 64608752
ch3_river_17 = こちらキルシュブリューテ。足止めだ。左後脚のどこかがやられて、反応しない。

# ch3_kirschbluete.vn:147 · republic.river · shin
# source-hash: bff5b8c7
ch3_river_18 = カイエ、降りて壁の陰に入れ。

# ch3_kirschbluete.vn:148 · republic.river · kaie
# source-hash: 19b57192
ch3_river_19 = 降りられない、ハッチが……あ。後ろに一機いる。

# ch3_kirschbluete.vn:152 · republic.river · kurena
# source-hash: 57165fca
ch3_river_20 = カイエ！　今行く、今行くから、待ってて！

# ch3_kirschbluete.vn:153 · republic.river · shin
# source-hash: 3e22632f
ch3_river_21 = クレナ、駄目だ。間に敵がいる。

# ch3_kirschbluete.vn:154 · republic.river · kurena (angry)
# source-hash: 2c716f96
ch3_river_22 = 行かせてよ！

# ch3_kirschbluete.vn:155 · republic.river · shin
# source-hash: 3afbae4e
ch3_river_23 = 駄目だ。

# ch3_kirschbluete.vn:156 · republic.river · narration
# source-hash: a22e7612
ch3_river_24 = 青い印のひとつが止まるのを、レーナは見ていた。三つの赤い印が、そこへ迫っていった。

# ch3_kirschbluete.vn:157 · republic.river · kaie
# source-hash: 51f4706c
ch3_river_25 = 大丈夫。クレナ、大丈夫だから。そこにいて。

# ch3_kirschbluete.vn:158 · republic.river · shin
# source-hash: 3df5ec5b
ch3_river_26 = ハンドラー・ワン。同調を切れ。

# ch3_kirschbluete.vn:159 · republic.river · lena (worried)
# source-hash: c06da106
ch3_river_27 = え？

# ch3_kirschbluete.vn:160 · republic.river · shin
# source-hash: 2f0191bf
ch3_river_28 = 同調を切れ。今すぐ。これは聞かなくていい。

# ch3_kirschbluete.vn:161 · republic.river · choice
# source-hash: 79141763
ch3_river_link = 首元のバンドが冷たい。カイエはまだ、とても静かに話し続けている。

# ch3_kirschbluete.vn:162 · republic.river · option
# source-hash: 23995f20
ch3_river_o3 = 切らない。機械だけが聞いている中に、カイエをひとりにはしない。

# ch3_kirschbluete.vn:166 · republic.river · lena
# source-hash: 7ff4a98a
ch3_river_29 = いいえ。私は残ります。カイエ。カイエ、ここにいます。まだここにいますから。

# ch3_kirschbluete.vn:167 · republic.river · kaie
# source-hash: 38afa02e
ch3_river_30 = ハンドラー・ワン？　ああ。おはよう。早起きだな。

# ch3_kirschbluete.vn:168 · republic.river · lena
# source-hash: 60258f72
ch3_river_31 = ここにいます。桜の話を聞かせてください。

# ch3_kirschbluete.vn:169 · republic.river · kaie
# source-hash: 8cabea5d
ch3_river_32 = 桜のこと、知ってるのか？　誰かがしゃべったな。そりゃしゃべるか。桜は……桜はね、雪みたいなんだ。ただ、温かい。

# ch3_kirschbluete.vn:170 · republic.river · kaie
# source-hash: 5f4703c6
ch3_river_33 = クレナ。来るな。シン。ありがとう、今まで……

# ch3_kirschbluete.vn:173 · republic.river · narration
# source-hash: a3c1d9df
ch3_river_34 = やがて回線に残ったのは、風の音と、何か重いものが軋みながら遠ざかる音と、ひと言も発しないクレナだけになった。

# ch3_kirschbluete.vn:174 · republic.river · option
# source-hash: 7986617e
ch3_river_o4 = 言われたとおりにする。同調を切る。

# ch3_kirschbluete.vn:176 · republic.river · lena (sad)
# source-hash: 5d3e22ca
ch3_river_35 = ……同調を切ります。

# ch3_kirschbluete.vn:178 · republic.river · narration
# source-hash: c8b41515
ch3_river_36 = 部屋が無音になった。静かなのではない。無音だった。画面の上で、青い印がひとつ灰色に変わった。その下に、一行の文字が浮かんだ。「機体喪失」。

# ch3_kirschbluete.vn:179 · republic.river · narration
# source-hash: f5299daa
ch3_river_37 = 彼女は座ったまま、それを見つめていた。生まれてこのかた、これほど安全だったことはなく、安全であることをこれほど恥じたこともなかった。

# ch3_kirschbluete.vn:182 · republic.river · lena
# source-hash: 75854447
ch3_river_38 = ハンドラー・ワン、再同調します。スピアヘッド、状況を報告してください。

# ch3_kirschbluete.vn:183 · republic.river · shin
# source-hash: 94f87267
ch3_river_39 = キルシュブリューテがやられた。残りは後退中だ。今度は同調を切らないでくれ。撤退には、そっちの誘導が要る。

# ch3_kirschbluete.vn:187 · republic.river · narration
# source-hash: f219ebf3
ch3_river_40 = レギオンは、ときおりそうするように、彼ら自身の理由で川の手前で止まった。スピアヘッドは七時に帰還した。出撃したジャガーノートは十三機だった。

# ch3_kirschbluete.vn:188 · republic.river · narration
# source-hash: 141b7221
ch3_river_48 = 戻ったのは十二機。画面は小さな灰色の文字でそう告げ、それから、書式の定めに従って、彼女に確認を求めた。

# ch3_kirschbluete.vn:191 · republic.river · narration
# source-hash: acb80423
ch3_river_49 = 戸口にデュヴァルが立っていた。彼なりの理由で早く出てきていたのだろう。壁越しに、あるいは彼女の顔つきから、聞いてしまったのだ。彼は画面を見て、それから彼女を見た。

# ch3_kirschbluete.vn:192 · republic.river · duval
# source-hash: b1b52a9e
ch3_river_50 = 初めてか？

# ch3_kirschbluete.vn:193 · republic.river · lena (sad)
# source-hash: 83286181
ch3_river_51 = カイエという名前でした。

# ch3_kirschbluete.vn:194 · republic.river · narration
# source-hash: a1324bf1
ch3_river_52 = 彼は口を開いた。冗談がやって来るのが、彼女には見えた。何年も新任のハンドラー全員に言ってきた、あの気楽な冗談。それを言わないと彼が決めるのも、見えた。

# ch3_kirschbluete.vn:195 · republic.river · duval
# source-hash: 18b01186
ch3_river_53 = ……コーヒー、飲むか？

# ch3_kirschbluete.vn:196 · republic.river · lena
# source-hash: 036d9a79
ch3_river_54 = いいえ。ありがとうございます。

# ch3_kirschbluete.vn:197 · republic.river · duval
# source-hash: debefea0
ch3_river_55 = どうせ持ってくる。飲まなくていい。

# ch3_kirschbluete.vn:199 · republic.river · narration
# source-hash: 637bcb2a
ch3_river_56 = 彼は持ってきた。彼女は飲まなかった。カップは彼女の肘のそばで冷めていった。あとから思えば、それは彼が彼女にしてくれたことの中で、二番目に親切なことだった。

## Scene front.aluminium

# ch3_kirschbluete.vn:203 · scene `front.aluminium` title
# source-hash: d02616aa
scene-front-aluminium = 格納庫の裏

# ch3_kirschbluete.vn:206 · front.aluminium · narration
# source-hash: c582d3d7
ch3_aluminium_1 = 格納庫の裏には、むき出しの地面があった。そこに、何の順序もなく、金属片が突き立てられていた。

# ch3_kirschbluete.vn:207 · front.aluminium · narration
# source-hash: 659ac5e3
ch3_aluminium_2 = どれもジャガーノートの装甲から切り出した、四角いアルミ片だった。その一枚一枚に、ナイフの切っ先で刻まれた名前がひとつずつ。

# ch3_kirschbluete.vn:209 · front.aluminium · narration
# source-hash: 02a3e730
ch3_aluminium_3 = シンは膝をつき、新しい一枚を地面に押し込んだ。文字はもう刻んであった。いつもどおり、丁寧に。慣れていたのだ。

# ch3_kirschbluete.vn:211 · front.aluminium · narration
# source-hash: 816d26dd
ch3_aluminium_4 = クレナは少し離れて立ち、きつく腕を組んでいた。指の関節が白くなるほどに。

# ch3_kirschbluete.vn:213 · front.aluminium · narration
# source-hash: e3552edc
ch3_aluminium_5 = セオはスケッチブックを小脇に抱えていた。開きはしなかった。

# ch3_kirschbluete.vn:214 · front.aluminium · narration
# source-hash: 74b5d76d
ch3_aluminium_6 = 誰も何も言わなかった。アンジュが、ごく小さな声で何かを口ずさみはじめた。歌詞のない歌だった。何の歌かと訊く者はいなかった。

# ch3_kirschbluete.vn:215 · front.aluminium · raiden
# source-hash: d5bbbd68
ch3_aluminium_30 = あいつなら、何か食えって言うだろうな。

# ch3_kirschbluete.vn:216 · front.aluminium · theo
# source-hash: 2bad56d1
ch3_aluminium_31 = あいつが作ったものを食えって言うよ。俺たちが文句を言えるようにさ。

# ch3_kirschbluete.vn:217 · front.aluminium · raiden
# source-hash: acac9760
ch3_aluminium_32 = 文句、言ってたな。

# ch3_kirschbluete.vn:218 · front.aluminium · theo
# source-hash: ba9ecc09
ch3_aluminium_33 = 言ってた。毎回な。ったく、ひどい味だったよ。

# ch3_kirschbluete.vn:219 · front.aluminium · narration
# source-hash: 5ca87849
ch3_aluminium_34 = 最後のひと言で、セオの声が崩れた。声が戻るまで、彼は空を見上げていた。

# ch3_kirschbluete.vn:222 · front.aluminium · lena
# source-hash: be4299c7
ch3_aluminium_7 = スピアヘッド。レーナです。

# ch3_kirschbluete.vn:223 · front.aluminium · narration
# source-hash: c52a7872
ch3_aluminium_8 = ハンドラー・ワン、ではなく。皆がそれに気づいたのが、彼女にはわかった。

# ch3_kirschbluete.vn:224 · front.aluminium · lena
# source-hash: a5d0d9f9
ch3_aluminium_9 = 私……ごめんなさい。そこにいたかった。そこにいないのは、わかっています。それでも、いたかったんです。

# ch3_kirschbluete.vn:225 · front.aluminium · choice
# source-hash: 130220a3
ch3_aluminium_words = 墓標のそばで、皆が耳を傾けている。

# ch3_kirschbluete.vn:226 · front.aluminium · option
# source-hash: 26df51f9
ch3_aluminium_o1 = 「カイエ・タニヤ。キルシュブリューテ。桜を見たがっていました。前の晩、クレナの髪を切ってあげていました」

# ch3_kirschbluete.vn:230 · front.aluminium · narration
# source-hash: 554c9ac8
ch3_aluminium_10 = クレナが小さな声を漏らし、口元を手で覆った。

# ch3_kirschbluete.vn:231 · front.aluminium · kurena (sad)
# source-hash: 7e5d4678
ch3_aluminium_11 = どうして、それを知ってるの？

# ch3_kirschbluete.vn:233 · front.aluminium · lena
# source-hash: 3658313f
ch3_aluminium_12 = 本人から聞きました。夜九時の同調で。ほとんど何もかも、話してくれたんです。

# ch3_kirschbluete.vn:235 · front.aluminium · lena
# source-hash: cec2c8ed
ch3_aluminium_13 = 彼女が言ったんです。最後に。怖がってはいませんでした、クレナ。あなたのことを考えていたんです。

# ch3_kirschbluete.vn:237 · front.aluminium · lena
# source-hash: af4dc312
ch3_aluminium_14 = シンが教えてくれました。私が訊いたんです。コールサイン以外で、彼女のことをひとつ教えてほしいって。

# ch3_kirschbluete.vn:238 · front.aluminium · kurena
# source-hash: 27216e56
ch3_aluminium_15 = ……うん。切ってくれた。曲がってるの。後ろが曲がってる。

# ch3_kirschbluete.vn:239 · front.aluminium · narration
# source-hash: ee488ebe
ch3_aluminium_16 = セオが一度だけ、湿った声で笑い、それからクレナの肩に腕を回した。

# ch3_kirschbluete.vn:240 · front.aluminium · option
# source-hash: 0e3d8b6c
ch3_aluminium_o2 = 「共和国を代表し、謹んでお悔やみを申し上げます」

# ch3_kirschbluete.vn:243 · front.aluminium · kurena (angry)
# source-hash: 401ac830
ch3_aluminium_17 = 共和国を代表して、ね。

# ch3_kirschbluete.vn:244 · front.aluminium · kurena
# source-hash: d166ae51
ch3_aluminium_18 = 共和国はあの子がいたことすら知らない。共和国にとっては、無人機が一機壊れただけ。ここであの国の代弁なんか、絶対にしないで。

# ch3_kirschbluete.vn:245 · front.aluminium · lena (sad)
# source-hash: f2516664
ch3_aluminium_19 = そのとおりです。本当に、そのとおりです。ごめんなさい。ほかに何を言えばいいのか……

# ch3_kirschbluete.vn:246 · front.aluminium · kurena
# source-hash: 35a2bf03
ch3_aluminium_20 = だったら何も言わないで！

# ch3_kirschbluete.vn:247 · front.aluminium · narration
# source-hash: 36cefa21
ch3_aluminium_21 = クレナは格納庫のほうへ歩き去った。誰も止めなかった。

# ch3_kirschbluete.vn:248 · front.aluminium · option
# source-hash: 7f11db68
ch3_aluminium_o3 = 何も言わない。同調したまま、皆がそこにいるあいだ、共にいる。

# ch3_kirschbluete.vn:251 · front.aluminium · narration
# source-hash: 47c530ba
ch3_aluminium_22 = 彼女は何も言わなかった。アンジュが口ずさんでいた。どこかで、扉が風に煽られて鳴った。

# ch3_kirschbluete.vn:252 · front.aluminium · narration
# source-hash: 58686ba6
ch3_aluminium_23 = 長い時間が経ってから、シンは立ち上がり、膝の土を払った。そして初めて、話しかけられる前に、自分から彼女に話しかけた。

# ch3_kirschbluete.vn:253 · front.aluminium · shin
# source-hash: bf96d590
ch3_aluminium_24 = いてくれて、感謝する。ハンドラー・ワン。

# ch3_kirschbluete.vn:256 · front.aluminium · shin
# source-hash: b4132778
ch3_aluminium_25 = ハンドラー・ワン。

# ch3_kirschbluete.vn:257 · front.aluminium · lena
# source-hash: a9e576a3
ch3_aluminium_26 = はい？

# ch3_kirschbluete.vn:258 · front.aluminium · shin
# source-hash: 1f930f19
ch3_aluminium_27 = カイエなら、通信してきたことを喜んだだろう。早起きだな、とでも言って。

# ch3_kirschbluete.vn:260 · front.aluminium · lena (sad)
# source-hash: ed631208
ch3_aluminium_28 = 本当に、そう言いました。

# ch3_kirschbluete.vn:261 · front.aluminium · shin
# source-hash: 0b5603bf
ch3_aluminium_29 = 知ってる。聞こえていた。

## Scene republic.three_am

# ch3_kirschbluete.vn:266 · scene `republic.three_am` title
# source-hash: ef653b3f
scene-republic-three_am = 午前三時

# ch3_kirschbluete.vn:269 · republic.three_am · narration
# source-hash: 3d185354
ch3_three_am_1 = 午前三時の第一区は美しかった。いつだって美しかった。それこそが、この街の恐ろしいところだった。

# ch3_kirschbluete.vn:271 · republic.three_am · narration
# source-hash: 6ef9f21f
ch3_three_am_2 = レーナは台所の床に座り、戸棚に背を預けていた。軍服のままだった。脱ぐことができなかったのだ。

# ch3_kirschbluete.vn:272 · republic.three_am · narration
# source-hash: dfb81cde
ch3_three_am_3 = ごく小さく絞ったラジオが告げていた。「東部戦線、戦況は安定。損害の報告はありません」

# ch3_kirschbluete.vn:273 · republic.three_am · lena
# source-hash: 45c238e1
ch3_three_am_4 = 損害なし。

# ch3_kirschbluete.vn:274 · republic.three_am · narration
# source-hash: 10ce0b50
ch3_three_am_5 = 彼女はラジオを切った。電話を見た。首元のバンドに触れた。

# ch3_kirschbluete.vn:275 · republic.three_am · choice
# source-hash: c95eb011
ch3_three_am_reach = これをひとりで抱えてはいられない。誰に手を伸ばす？

# ch3_kirschbluete.vn:276 · republic.three_am · option
# source-hash: 6c863a6e
ch3_three_am_o1 = アネットに電話する。

# ch3_kirschbluete.vn:280 · republic.three_am · narration
# source-hash: c3b33d15
ch3_three_am_6 = アネットは二度目の呼び出し音で出た。まるで電話の横に座っていたかのように――実際、座っていたのだとあとでわかった。彼女は記録を読んでいたのだ。

# ch3_kirschbluete.vn:281 · republic.three_am · narration
# source-hash: 1c8a2914
ch3_three_am_7 = 二十分後、アネットはパジャマの上にコートを羽織って戸口に現れた。父親の戸棚から持ち出した何かの瓶を手に、質問はひとつもなしで。

# ch3_kirschbluete.vn:283 · republic.three_am · annette
# source-hash: a09314f9
ch3_three_am_8 = ほら、詰めて。

# ch3_kirschbluete.vn:284 · republic.three_am · narration
# source-hash: 1adcdf28
ch3_three_am_9 = 二人は明るくなるまで、並んで台所の床に座っていた。アネットは「だから言ったでしょ」とは言わなかった。その年、誰かがレーナにしてくれたことの中で、それがいちばん優しいことだった。

# ch3_kirschbluete.vn:286 · republic.three_am · option
# source-hash: ee0dfd4f
ch3_three_am_o2 = スピアヘッドへの同調をつなぐ。

# ch3_kirschbluete.vn:290 · republic.three_am · narration
# source-hash: a48181d4
ch3_three_am_10 = 誰かが応えるとは思っていなかった。

# ch3_kirschbluete.vn:291 · republic.three_am · shin
# source-hash: e894e789
ch3_three_am_11 = ハンドラー・ワン。

# ch3_kirschbluete.vn:292 · republic.three_am · lena (surprised)
# source-hash: 993ec132
ch3_three_am_12 = 起きていたんですか。

# ch3_kirschbluete.vn:293 · republic.three_am · shin
# source-hash: 53a80fd2
ch3_three_am_13 = あまり眠らない。

# ch3_kirschbluete.vn:294 · republic.three_am · lena
# source-hash: 59ad1eaa
ch3_three_am_14 = 今夜は、私もです。ごめんなさい。どうしてつないだのか、自分でもわからなくて。

# ch3_kirschbluete.vn:295 · republic.three_am · shin
# source-hash: 7907305a
ch3_three_am_15 = わからなくていい。

# ch3_kirschbluete.vn:296 · republic.three_am · narration
# source-hash: 6f90f6d8
ch3_three_am_16 = カイエの話はしなかった。話らしい話は、ほとんどしなかった。今夜は戦区の上の星がよく見える、と彼は言った。街灯のせいで星はひとつも見えない、と彼女は言った。割に合わない取引だな、と彼は言った。そうですね、と彼女は答えた。

# ch3_kirschbluete.vn:297 · republic.three_am · narration
# source-hash: 172ad214
ch3_three_am_17 = 五時に、廊下の電話が鳴った。彼女は鳴るにまかせた。朝になれば、ドアの下にアネットの筆跡のメモが差し込まれているだろう。「電話してくれればよかったのに。Ａ」

# ch3_kirschbluete.vn:298 · republic.three_am · option
# source-hash: b08fb42d
ch3_three_am_o3 = ノートを取り出し、明るくなるまで書き続ける。

# ch3_kirschbluete.vn:300 · republic.three_am · narration
# source-hash: dc1696a7
ch3_three_am_18 = カイエ・タニヤ。キルシュブリューテ。桜。窓辺に刃を下にして置かれた鋏。早起き。

# ch3_kirschbluete.vn:301 · republic.three_am · narration
# source-hash: 24180613
ch3_three_am_19 = 知っていることをすべて書いた。一ページ半になった。窓が白むまで、その一ページ半を前に座っていた。それから新しいページに明日の日付を書き、仕事に出かけた。

## Scene front.morning_after

# ch3_kirschbluete.vn:306 · scene `front.morning_after` title
# source-hash: bc4cca31
scene-front-morning_after = 十三の椅子

# ch3_kirschbluete.vn:310 · front.morning_after · narration
# source-hash: 4b2aedb7
ch3_morning_after_1 = 談話室の長いテーブルには、十四脚の椅子があった。学校が残していったのがその数だったからだ。長いあいだ、使われていたのはそのうち十三脚だった。

# ch3_kirschbluete.vn:311 · front.morning_after · narration
# source-hash: 47460e10
ch3_morning_after_2 = 朝食はライデンが作った。誰かが作らねばならなかったし、当番表ではカイエの番で、黒板から彼女の名前を消すことには誰も耐えられなかったからだ。

# ch3_kirschbluete.vn:313 · front.morning_after · raiden
# source-hash: ce27eb7e
ch3_morning_after_3 = 食え。

# ch3_kirschbluete.vn:315 · front.morning_after · theo
# source-hash: 7ee66ba0
ch3_morning_after_4 = 腹減ってない。

# ch3_kirschbluete.vn:316 · front.morning_after · raiden
# source-hash: c4eb79c2
ch3_morning_after_5 = 腹が減ってるかなんて訊いてねえ。食えって言ったんだ。

# ch3_kirschbluete.vn:317 · front.morning_after · narration
# source-hash: c50c0db6
ch3_morning_after_6 = セオは食べた。スプーンを鉛筆のように握って。小さい頃からの癖で、カイエに毎朝欠かさずからかわれていた持ち方だった。

# ch3_kirschbluete.vn:319 · front.morning_after · narration
# source-hash: 04148eac
ch3_morning_after_7 = クレナは最後に入ってきて、いつもの席に座った。空いた椅子の隣だった。彼女は別の席に移らなかった。移れと言う者もいなかった。

# ch3_kirschbluete.vn:321 · front.morning_after · theo
# source-hash: ce38824f
ch3_morning_after_8 = あのハンドラー、残ってたよな。川で。聞こえたか？

# ch3_kirschbluete.vn:322 · front.morning_after · raiden
# source-hash: 50424c6e
ch3_morning_after_9 = 聞こえた。

# ch3_kirschbluete.vn:323 · front.morning_after · theo
# source-hash: d03ba34e
ch3_morning_after_10 = カイエに桜のこと訊いてた。そんなこと訊けばいいって、なんでわかったんだろ。

# ch3_kirschbluete.vn:324 · front.morning_after · kurena
# source-hash: 0696aeac
ch3_morning_after_11 = カイエが誰にでも話してたからでしょ。レギオンにだって話してたかもね。相手がじっとしててくれれば。

# ch3_kirschbluete.vn:325 · front.morning_after · narration
# source-hash: 8d6cb881
ch3_morning_after_12 = ほとんど冗談だった。その朝、誰かが冗談にいちばん近づいたのが、それだった。

# ch3_kirschbluete.vn:327 · front.morning_after · theo
# source-hash: 529bc3f4
ch3_morning_after_13 = あのハンドラー、切ったよな。川で。

# ch3_kirschbluete.vn:328 · front.morning_after · raiden
# source-hash: 8fcc9297
ch3_morning_after_14 = シンがそうしろって言ったんだ。

# ch3_kirschbluete.vn:329 · front.morning_after · theo
# source-hash: 27cbbca9
ch3_morning_after_15 = わかってる。わかってるよ。俺は別に……ただ、あの人はその場にいなかったって言ってるだけだ。

# ch3_kirschbluete.vn:330 · front.morning_after · kurena (angry)
# source-hash: fb2b7069
ch3_morning_after_16 = あいつらは誰ひとり、その場にいたことなんてない。そのためのハンドラーでしょ。

# ch3_kirschbluete.vn:331 · front.morning_after · raiden
# source-hash: 8f48d847
ch3_morning_after_17 = クレナ。

# ch3_kirschbluete.vn:332 · front.morning_after · kurena
# source-hash: 959e6a0e
ch3_morning_after_18 = 何よ。本当のことでしょ。

# ch3_kirschbluete.vn:334 · front.morning_after · theo
# source-hash: ecdc687a
ch3_morning_after_19 = でも、あの人、名前を言ったよ。フルネームで。格納庫の裏で。

# ch3_kirschbluete.vn:335 · front.morning_after · kurena
# source-hash: 8d1830d9
ch3_morning_after_20 = ……うん。言った。

# ch3_kirschbluete.vn:337 · front.morning_after · theo
# source-hash: 82574b53
ch3_morning_after_21 = 「共和国を代表して」

# ch3_kirschbluete.vn:338 · front.morning_after · raiden
# source-hash: ae02ce63
ch3_morning_after_22 = やめとけ、セオ。

# ch3_kirschbluete.vn:340 · front.morning_after · narration
# source-hash: 408e65ad
ch3_morning_after_23 = アンジュがティーポットを持って入ってきて、皆に一杯ずつ注いでいった。習慣で十三杯。そして最後の一杯を前に、立ち尽くした。

# ch3_kirschbluete.vn:342 · front.morning_after · anju
# source-hash: 673fce47
ch3_morning_after_24 = あ……私……

# ch3_kirschbluete.vn:343 · front.morning_after · raiden
# source-hash: a3018eeb
ch3_morning_after_25 = いい。そこに置いとけ。大丈夫だ。

# ch3_kirschbluete.vn:344 · front.morning_after · narration
# source-hash: 5007fdb7
ch3_morning_after_26 = 皆、それをそのままにした。紅茶は冷めていった。誰も手をつけなかった。朝食が終わると、クレナがそのカップを両手でそっと持ち上げ、格納庫の裏の、いちばん新しい金属片のそばの地面に注いだ。それから戻ってきて、カップを洗った。

# ch3_kirschbluete.vn:347 · front.morning_after · shin
# source-hash: baa3ca40
ch3_morning_after_27 = 十時に出る。川は静かだが、奴らはまた来る。

# ch3_kirschbluete.vn:348 · front.morning_after · raiden
# source-hash: 72b757b1
ch3_morning_after_28 = 了解。

# ch3_kirschbluete.vn:349 · front.morning_after · shin
# source-hash: 8f10301c
ch3_morning_after_29 = クレナ。今日は俺と組め。

# ch3_kirschbluete.vn:350 · front.morning_after · kurena (surprised)
# source-hash: 20e84866
ch3_morning_after_30 = ……了解。

# ch3_kirschbluete.vn:351 · front.morning_after · narration
# source-hash: 853c5ae7
ch3_morning_after_31 = 優しさ、とは少し違った。シンは優しさを、そのままの形では示さない。それでもテーブルの全員が、その意味を理解していた。誰よりも、クレナが。

## Scene republic.dinner

# ch4_walls.vn:7 · scene `republic.dinner` title
# source-hash: c3b062c8
scene-republic-dinner = ジェロームおじさま

# ch4_walls.vn:12 · republic.dinner · narration
# source-hash: c8e527d0
ch4_dinner_1 = ジェローム・カールシュタール准将の家は、料理は上等だがワインはいまひとつで、准将はレーナが歩きはじめる前から彼女を知っていた。蝋燭は本物だった。銀器は彼の母親の形見だった。

# ch4_walls.vn:14 · republic.dinner · karlstahl
# source-hash: 4041fcca
ch4_dinner_2 = 食べていないな。料理人が自分のせいだと思って、私を罰する。そうなれば私は君を罰さねばならん。指揮系統というやつだ。

# ch4_walls.vn:16 · republic.dinner · lena
# source-hash: 4b6da833
ch4_dinner_3 = ごめんなさい、おじさま。とてもおいしいです。

# ch4_walls.vn:17 · republic.dinner · karlstahl
# source-hash: e9ac1287
ch4_dinner_4 = まあまあだ。君の父上はいつも、うちの料理人の料理はまあまあだと言っていた。そう言いながら、十一年間、週に二度ここで食べていったがね。

# ch4_walls.vn:18 · republic.dinner · narration
# source-hash: 532c45fc
ch4_dinner_5 = 彼はレーナのグラスには彼女が望むより少し多めに、自分のグラスには自分が望むより少し少なめに、ワインを注いだ。

# ch4_walls.vn:19 · republic.dinner · narration
# source-hash: 612e382e
ch4_dinner_34 = サイドボードには、いつものようにあの写真があった。旧軍の軍服を着た若い将校が二人、肩を組み、レーナが物心つく前に終わってしまった夏の日差しに目を細めている。笑っているのが父。今にも笑い出しそうな顔をしているのがカールシュタールだった。

# ch4_walls.vn:20 · republic.dinner · narration
# source-hash: 9f43f778
ch4_dinner_35 = 現実の彼があんな顔をするのを、彼女は見たことがなかった。その理由を考えたこともなかった。

# ch4_walls.vn:21 · republic.dinner · karlstahl (neutral)
# source-hash: 54e5fb58
ch4_dinner_6 = さて。いろいろと耳に入ってくるのだよ、レーナ。耳に入れるのが、私の仕事の大半でね。

# ch4_walls.vn:23 · republic.dinner · karlstahl
# source-hash: be06c001
ch4_dinner_7 = 君が報告書に名前の一覧を添えて作戦司令部に送っていると聞いた。それに、第八十六区の人事記録の閲覧に署名したとも。壁ができて以来、誰もしなかったことだ。

# ch4_walls.vn:24 · republic.dinner · karlstahl (worried)
# source-hash: 669f2aec
ch4_dinner_8 = これで君は二つのリストに載った。三つ目は私が止められる。四つ目は無理だ。

# ch4_walls.vn:26 · republic.dinner · karlstahl
# source-hash: 4172e69e
ch4_dinner_9 = 君が報告書に名前の一覧を添えて作戦司令部に送っていると聞いた。幕僚会議で読み上げられたよ。笑いが起きた。私は笑わなかった。それもまた、気づかれた。

# ch4_walls.vn:28 · republic.dinner · karlstahl
# source-hash: 41791ff4
ch4_dinner_10 = 君が第八十六区の人事記録の閲覧に署名したと聞いた。壁ができて以来、誰もしなかったことだ。係官は驚きのあまり、三人に話したそうだ。

# ch4_walls.vn:30 · republic.dinner · karlstahl
# source-hash: be957b28
ch4_dinner_11 = 君が夜九時に戦隊と同調しているとも聞いた。しかも、話をしていると。何の話かは、誰も知らないようだが。

# ch4_walls.vn:32 · republic.dinner · karlstahl
# source-hash: fb92b902
ch4_dinner_36 = 君は何もかも規則どおりにこなし、そのあと二時間残って東部戦線の地図を眺めているそうだね。それも人は見ているのだよ。あの建物では、明白なこと以外は何でも人目につく。

# ch4_walls.vn:33 · republic.dinner · karlstahl
# source-hash: 7620f2a8
ch4_dinner_12 = 怒っているのではない。それははっきりさせておきたい。疲れているのだ。もう九年、疲れている。

# ch4_walls.vn:34 · republic.dinner · lena
# source-hash: 2704343e
ch4_dinner_13 = 彼らは人間です、おじさま。おじさまもわかっているはずです。あの建物の誰もが知っています。

# ch4_walls.vn:35 · republic.dinner · karlstahl
# source-hash: 0176df31
ch4_dinner_14 = ああ。

# ch4_walls.vn:36 · republic.dinner · lena
# source-hash: 49868eaf
ch4_dinner_15 = それなら、どうして……

# ch4_walls.vn:37 · republic.dinner · karlstahl
# source-hash: a23aa986
ch4_dinner_16 = ここに座って子羊のローストを食べていられるのか？　造作もない、慣れればな。誰も教えてくれないのはそこだ。楽になるのだよ。

# ch4_walls.vn:38 · republic.dinner · choice
# source-hash: 0b160179
ch4_dinner_response = 蝋燭の炎は、微動だにしない。

# ch4_walls.vn:39 · republic.dinner · option
# source-hash: 84904a7c
ch4_dinner_o1 = 反論する。彼が何を傍らに子羊を食べているのか、はっきり突きつける。

# ch4_walls.vn:43 · republic.dinner · lena (angry)
# source-hash: dc05fa4a
ch4_dinner_17 = 子どもたちが毎日、私たちのためにジャガーノートに乗っています。それを私たちは無人機と記録している。その一人は、十一歳から前線にいるんです。先週、桜を見たがっていた女の子が死にました。おじさまは知っていた。ずっと知っていたんです。

# ch4_walls.vn:44 · republic.dinner · karlstahl (angry)
# source-hash: d1232fd9
ch4_dinner_18 = 当然知っていたとも。世襲法の起草には私も関わった。署名もしたのだ、レーナ。この手でな。

# ch4_walls.vn:45 · republic.dinner · narration
# source-hash: cfd55629
ch4_dinner_19 = 彼はその手を掲げてみせた。彼女が気づいていないとでもいうように。銀器の上で、蝋燭の光がわずかに揺れた。

# ch4_walls.vn:46 · republic.dinner · karlstahl (sad)
# source-hash: 2576211a
ch4_dinner_20 = これで、君に自転車の乗り方を教えたのがどんな男か、わかっただろう。ワインを飲んでしまいなさい。車で送らせる。

# ch4_walls.vn:47 · republic.dinner · narration
# source-hash: f5afe421
ch4_dinner_21 = 彼女はワインを飲み干さなかった。

# ch4_walls.vn:48 · republic.dinner · option
# source-hash: ca62008a
ch4_dinner_o2 = 父のことを訊く。父なら、どうしただろうか。

# ch4_walls.vn:51 · republic.dinner · karlstahl (sad)
# source-hash: c01a3811
ch4_dinner_22 = ヴァーツラフか。あいつなら、君と同じことをしただろう。もっと大声でな。

# ch4_walls.vn:52 · republic.dinner · karlstahl
# source-hash: 942d7845
ch4_dinner_23 = あいつは一度、君を前線に連れていったことがある。知っていたか？　君はまだ小さかった。我々のために戦っている人々を見せたかったのだ。そこへ襲撃があった。君は一時間、行方がわからなくなった。

# ch4_walls.vn:53 · republic.dinner · lena (surprised)
# source-hash: 36fa4738
ch4_dinner_24 = 覚えていません。

# ch4_walls.vn:54 · republic.dinner · karlstahl
# source-hash: 4104e022
ch4_dinner_25 = だろうな。覚えているはずがない。一人の兵士が君を連れ戻してくれた。コロラータの兵士だ。若い男で、今の君のプロセッサーたちとそう変わらない年だった。君の父上は、生涯その男のことを話していた。

# ch4_walls.vn:55 · republic.dinner · karlstahl
# source-hash: f6045d54
ch4_dinner_26 = 君のような考え方をしても、父上は救われなかった。それも知っておいてほしい。

# ch4_walls.vn:56 · republic.dinner · narration
# source-hash: 9f55b9bf
ch4_dinner_27 = レーナは身じろぎもせずに座っていた。記憶の片隅で、何かがページのようにめくれた。けれどその顔は、まだはっきりとは見えなかった。

# ch4_walls.vn:57 · republic.dinner · option
# source-hash: 95ea6f5b
ch4_dinner_o3 = 波風を立てない。彼が与えられるただひとつのものを、静かに頼む。

# ch4_walls.vn:61 · republic.dinner · lena
# source-hash: c6e9cf54
ch4_dinner_28 = それなら、私のために簡単なことをしてください。補給要請に署名を。予備部品、フィルター、期限切れでない抗生物質。

# ch4_walls.vn:63 · republic.dinner · lena
# source-hash: 96f97482
ch4_dinner_29 = それと、ペンキを。普通のペンキです。何色か。

# ch4_walls.vn:64 · republic.dinner · karlstahl (surprised)
# source-hash: 4179a66d
ch4_dinner_30 = ペンキ？

# ch4_walls.vn:65 · republic.dinner · lena
# source-hash: 4cfaba54
ch4_dinner_31 = 訊かないでください。

# ch4_walls.vn:66 · republic.dinner · karlstahl (smile)
# source-hash: d0971da5
ch4_dinner_32 = 君は昔から、私の扱い方をよく心得ている。母上そっくりだ。

# ch4_walls.vn:67 · republic.dinner · karlstahl
# source-hash: 25065a83
ch4_dinner_33 = 朝、私の副官に渡しなさい。通るようにしておく。癖にはしないことだ。

## Scene front.supplies

# ch4_walls.vn:72 · scene `front.supplies` title
# source-hash: f19e394f
scene-front-supplies = 補給物資

# ch4_walls.vn:76 · front.supplies · narration
# source-hash: 2a9923b6
ch4_supplies_1 = 補給物資は夜、運転手のいない自動輸送車で届いた。壁の内側の人間は、誰ひとり壁の東まで車を走らせたりしないからだ。コンテナは、玄関先に置かれた小包のように野原に残されていた。

# ch4_walls.vn:79 · front.supplies · raiden
# source-hash: 362fcb0a
ch4_supplies_2 = フィルターだ。本物のフィルター。しかもこいつは……期限内だぞ。セオ。セオ、ちょっと来て見てみろ、期限が切れてねえ。

# ch4_walls.vn:81 · front.supplies · theo
# source-hash: f2710107
ch4_supplies_3 = 抗生物質で冗談はやめてよ、ライデン。笑えないって。

# ch4_walls.vn:83 · front.supplies · narration
# source-hash: 982d5667
ch4_supplies_4 = 抗生物質の下には、防水布に包まれ、几帳面な事務官の字で「承認済――雑整備用品」とラベルを貼られたものがあった。ペンキの缶が十二缶。

# ch4_walls.vn:84 · front.supplies · theo
# source-hash: 440fb882
ch4_supplies_5 = ……あ。

# ch4_walls.vn:85 · front.supplies · narration
# source-hash: 1e067606
ch4_supplies_6 = セオは缶のそばに膝をつき、しばらく何も言わなかった。青の缶をひとつ開けて、じっと眺めた。

# ch4_walls.vn:86 · front.supplies · theo (smile)
# source-hash: aaf4b30a
ch4_supplies_7 = 本当にやったんだ。やるって言って、ほんとにやったんだ、あの人。

# ch4_walls.vn:87 · front.supplies · raiden
# source-hash: 8e59da3f
ch4_supplies_8 = 泣くのか？

# ch4_walls.vn:88 · front.supplies · theo
# source-hash: 7fa6558a
ch4_supplies_9 = 塗るんだよ。泣くのと同じさ、色が多いだけで。

# ch4_walls.vn:91 · front.supplies · theo (smile)
# source-hash: 0c0e7032
ch4_supplies_10 = フィルターを見つけてくれたんだ。壁の中から。俺たちのために。あの人、そのために何を払ったんだろうね。

# ch4_walls.vn:92 · front.supplies · raiden
# source-hash: fd0e9470
ch4_supplies_11 = フィルター一個よりは高くついたろうな。

# ch4_walls.vn:94 · front.supplies · raiden
# source-hash: fff5c341
ch4_supplies_12 = いつも通りだ。缶詰の肉、まずいほう。弾薬。先月俺たちが掃除して送り返したフィルター。向こうがまた送り返せるようにな。

# ch4_walls.vn:96 · front.supplies · theo
# source-hash: 44cd86d2
ch4_supplies_13 = 自分で書いた手紙を受け取ってるみたいだね。

# ch4_walls.vn:98 · front.supplies · theo
# source-hash: 701f3011
ch4_supplies_14 = じゃあ、ペンキはなしか。

# ch4_walls.vn:99 · front.supplies · raiden
# source-hash: eae2d697
ch4_supplies_15 = なしだ。

# ch4_walls.vn:100 · front.supplies · theo
# source-hash: 8be5048a
ch4_supplies_16 = 頑張ってはくれたんだよ。たぶん。きっと頑張ったんだ。

# ch4_walls.vn:102 · front.supplies · anju
# source-hash: 794005e1
ch4_supplies_17 = 今夜も、連絡は来るかしら？

# ch4_walls.vn:104 · front.supplies · raiden
# source-hash: 3b83f69c
ch4_supplies_18 = レーナなら毎晩かけてくるだろ。知ってるくせに。

# ch4_walls.vn:105 · front.supplies · anju (smile)
# source-hash: 1983d15b
ch4_supplies_19 = 今はレーナって呼ぶのね。そういうところ、好きよ。

# ch4_walls.vn:106 · front.supplies · raiden
# source-hash: a446feb9
ch4_supplies_20 = 今じゃみんなレーナって呼んでる。

# ch4_walls.vn:107 · front.supplies · theo
# source-hash: 66cd1817
ch4_supplies_21 = クレナは呼ばないけどね。

# ch4_walls.vn:108 · front.supplies · raiden
# source-hash: 1ec87266
ch4_supplies_22 = クレナは「あの人」だな。まあ、前よりはずいぶん柔らかい声になったが。

# ch4_walls.vn:110 · front.supplies · raiden
# source-hash: bdcd8c4e
ch4_supplies_23 = ハンドラー・ワンなら、だいたい毎晩かけてくる。

# ch4_walls.vn:111 · front.supplies · anju
# source-hash: e71becd4
ch4_supplies_24 = まだハンドラー・ワンって呼ぶのね。

# ch4_walls.vn:112 · front.supplies · raiden
# source-hash: 5f4a6c25
ch4_supplies_25 = それが名前だろ。少なくとも回線の上じゃな。

# ch4_walls.vn:113 · front.supplies · anju
# source-hash: 7de4b438
ch4_supplies_26 = それは名前じゃないわ、ライデン。仕事よ。

# ch4_walls.vn:115 · front.supplies · raiden
# source-hash: 96973c9a
ch4_supplies_27 = 来るなら来るだろ。

# ch4_walls.vn:116 · front.supplies · anju (sad)
# source-hash: 679d2dd3
ch4_supplies_28 = あの人、すごく頑張ってる。頑張ってるのが、声でわかるもの。

# ch4_walls.vn:117 · front.supplies · raiden
# source-hash: c50204de
ch4_supplies_29 = 頑張るのと、わかるのとは別だろ。

# ch4_walls.vn:118 · front.supplies · anju
# source-hash: d8de928c
ch4_supplies_30 = ええ。でも、わかることの始まりにはなるわ。ときどきはね。

# ch4_walls.vn:120 · front.supplies · theo
# source-hash: 81b36110
ch4_supplies_31 = クレナがさ、通信の最後をあの人のために取っとくようになったの、気づいてた？　今じゃおやすみって言うんだよ。みんなのあとに。

# ch4_walls.vn:121 · front.supplies · anju
# source-hash: 8b8f5f49
ch4_supplies_32 = 格納庫の裏で、あの人が言ってくれたことがあるからよ。

# ch4_walls.vn:123 · front.supplies · theo
# source-hash: 7b834bbd
ch4_supplies_33 = クレナ、あの川からこっち、あの人と一言も口きいてないんだ。でも聞いてはいる。ハンドラーが切るまで、ずっと回線に残ってるんだよ。

# ch4_walls.vn:124 · front.supplies · anju
# source-hash: 18937d48
ch4_supplies_34 = カイエはひとりじゃなかった。クレナもそれはわかってるの。まだ口にできないだけ。

# ch4_walls.vn:127 · front.supplies · raiden
# source-hash: 56159367
ch4_supplies_35 = シン。何かあるか？

# ch4_walls.vn:128 · front.supplies · shin
# source-hash: 9b1d236e
ch4_supplies_36 = 今夜は静かだ。もっと遠くで集まってる。何のためかまでは聞こえない。

# ch4_walls.vn:129 · front.supplies · raiden
# source-hash: 30ef005d
ch4_supplies_37 = あいつには言うのか？

# ch4_walls.vn:130 · front.supplies · shin
# source-hash: 25eddd80
ch4_supplies_38 = 訊かれたらな。

# ch4_walls.vn:131 · front.supplies · raiden
# source-hash: 101a8464
ch4_supplies_39 = 訊くさ、あいつは。

## Scene republic.lab_request

# ch4_walls.vn:137 · scene `republic.lab_request` title
# source-hash: d05a2fd0
scene-republic-lab_request = 同調率

# ch4_walls.vn:142 · republic.lab_request · narration
# source-hash: 033cb66d
ch4_lab_request_23 = アネットの研究室は、研究棟で唯一窓のある部屋だった。窓をくれないなら辞めると彼女が脅したからだ。窓枠には梨のタルトが三つ、それぞれ違う段階の失敗作として並び、彼女の字でラベルが貼られていた。「試作4」「試作5」「やめとけ」。

# ch4_walls.vn:143 · republic.lab_request · annette
# source-hash: 590eb6c7
ch4_lab_request_24 = お茶は作業台の上。ブーンって鳴ってるものには触らないでね。

# ch4_walls.vn:144 · republic.lab_request · lena
# source-hash: 39a4b572
ch4_lab_request_25 = ここにあるもの、全部鳴ってるじゃない。

# ch4_walls.vn:145 · republic.lab_request · annette
# source-hash: 02a81986
ch4_lab_request_26 = じゃあ、何にも触らないで。

# ch4_walls.vn:146 · republic.lab_request · lena
# source-hash: bb11e2f8
ch4_lab_request_1 = ノウゼン大尉との同調率を、上げてほしいの。

# ch4_walls.vn:147 · republic.lab_request · annette (angry)
# source-hash: b505b045
ch4_lab_request_2 = 嫌。

# ch4_walls.vn:148 · republic.lab_request · lena
# source-hash: 4b830a40
ch4_lab_request_3 = アネット。

# ch4_walls.vn:149 · republic.lab_request · annette
# source-hash: 1a2a88c8
ch4_lab_request_4 = 嫌。以上が回答の全文。ものすごく短い回答で、我ながら誇らしいわ。

# ch4_walls.vn:150 · republic.lab_request · lena
# source-hash: 39a56955
ch4_lab_request_5 = 彼には何かが聞こえてるの。毎晩、回線を開いていると、彼は決まった黙り方をして、それからレギオンがどこに来るかを教えてくれる。いつも正確に。彼が何を聞いてるのか、知りたいの。

# ch4_walls.vn:151 · republic.lab_request · annette
# source-hash: fb0ff634
ch4_lab_request_6 = 何が聞こえてるかなら知ってる。眠れなくなる前に何を聞いたか、三人のハンドラーが証言したファイルがあるの。あなたをそのファイルに載せる気はない。あなたのことが好きすぎるもの。誰よりも好きなんだから。

# ch4_walls.vn:152 · republic.lab_request · narration
# source-hash: be18f336
ch4_lab_request_7 = アネットの手は震えていた。彼女はその手を白衣のポケットに突っこんだ。ふたりとも、それを見ずに済むように。

# ch4_walls.vn:154 · republic.lab_request · annette (sad)
# source-hash: 6ce13fbf
ch4_lab_request_8 = それに、ノウゼンの人間の頭に、あなたをこれ以上深く繋ぐつもりもない。あんなふうには。あの一家には、もう十分すぎることをしたから。

# ch4_walls.vn:155 · republic.lab_request · lena (surprised)
# source-hash: 3f2921e1
ch4_lab_request_9 = どういう意味？　したって、何を……

# ch4_walls.vn:156 · republic.lab_request · annette
# source-hash: eb162c39
ch4_lab_request_10 = なんでもない。何も言ってない。

# ch4_walls.vn:157 · republic.lab_request · choice
# source-hash: 50914018
ch4_lab_request = アネットは目を合わせようとしない。

# ch4_walls.vn:158 · republic.lab_request · option
# source-hash: a24524bb
ch4_lab_request_o1 = 押し通す。自分は少佐で、これは自分の戦隊なのだから。

# ch4_walls.vn:161 · republic.lab_request · lena
# source-hash: 5a5269cb
ch4_lab_request_11 = ごめんなさい。これは命令です、ペンローズ中尉。

# ch4_walls.vn:162 · republic.lab_request · narration
# source-hash: be4c7d2b
ch4_lab_request_12 = アネットを階級で呼んだのは、それが初めてだった。アネットは青ざめ、次に赤くなり、それからひどく静かになった。

# ch4_walls.vn:163 · republic.lab_request · annette (angry)
# source-hash: 04c5fba6
ch4_lab_request_13 = 了解しました、少佐。

# ch4_walls.vn:164 · republic.lab_request · narration
# source-hash: b06a2b2b
ch4_lab_request_14 = 彼女はダイヤルを調整した。そのあいだ一言も口をきかず、レーナが部屋を出ていくときも顔を上げなかった。

# ch4_walls.vn:165 · republic.lab_request · option
# source-hash: 49f8986d
ch4_lab_request_o2 = そのときはそばにいて、スイッチに手をかけていてほしいと頼む。

# ch4_walls.vn:168 · republic.lab_request · lena
# source-hash: a5056ea5
ch4_lab_request_15 = だったら、一緒にいて。今夜九時、あなたが数値を見ていて。何かあったら、接続を切って。あなたになら任せられる。

# ch4_walls.vn:169 · republic.lab_request · annette (sad)
# source-hash: c225b0cc
ch4_lab_request_16 = ……ずるい。科学者に向かって、それはものすごくずるい言い方よ。

# ch4_walls.vn:170 · republic.lab_request · annette
# source-hash: ce781a42
ch4_lab_request_17 = 九時ね。コーヒー持っていく。私が止めてって言ったら、止めること。

# ch4_walls.vn:171 · republic.lab_request · lena
# source-hash: 2676f403
ch4_lab_request_18 = あなたが止めてって言ったら、止める。

# ch4_walls.vn:172 · republic.lab_request · option
# source-hash: 8f28ba6e
ch4_lab_request_o3 = 引き下がる。アネットには理由がある。いつか話してくれるだろう。

# ch4_walls.vn:174 · republic.lab_request · lena
# source-hash: 7cd02228
ch4_lab_request_19 = わかった。わかったわ。今のは忘れて。

# ch4_walls.vn:175 · republic.lab_request · annette (surprised)
# source-hash: 38279292
ch4_lab_request_20 = 本当に？

# ch4_walls.vn:176 · republic.lab_request · lena
# source-hash: 0ec86643
ch4_lab_request_21 = 本当に。彼に直接訊いてみる。話したければ、話してくれるでしょう。

# ch4_walls.vn:177 · republic.lab_request · annette (smile)
# source-hash: 06c8adf2
ch4_lab_request_22 = あなたって私の知ってる中で一番の頑固者なのに、たまにその頑固さをこういうふうに使うのよね。ほんと、腹が立つ。

## Scene front.target_practice

# ch4_walls.vn:182 · scene `front.target_practice` title
# source-hash: 1ee61098
scene-front-target_practice = 射撃練習

# ch4_walls.vn:186 · front.target_practice · narration
# source-hash: ee45ade1
ch4_target_practice_1 = クレナは四百メートル先の柵の杭に載せた空き缶を、自分より年上のライフルで撃ち落としていた。ジャガーノートの砲に回す弾の余裕はなかったし、それに、こうしていると少し楽になった。

# ch4_walls.vn:189 · front.target_practice · kurena
# source-hash: 4cfcc4bd
ch4_target_practice_2 = 外した。

# ch4_walls.vn:191 · front.target_practice · shin
# source-hash: 78d8c731
ch4_target_practice_3 = 外してない。風が動かした。

# ch4_walls.vn:192 · front.target_practice · kurena
# source-hash: cb742be4
ch4_target_practice_4 = 風に口出しする権利はないの。

# ch4_walls.vn:194 · front.target_practice · narration
# source-hash: 0e257b45
ch4_target_practice_5 = 缶が杭から跳ね上がり、くるくる回りながら草むらに落ちた。

# ch4_walls.vn:195 · front.target_practice · kurena
# source-hash: 13e881be
ch4_target_practice_6 = ほら。

# ch4_walls.vn:196 · front.target_practice · narration
# source-hash: 5e5ae023
ch4_target_practice_7 = 彼女はボルトを引いた。シンのほうは見なかった。

# ch4_walls.vn:197 · front.target_practice · kurena
# source-hash: f33318b1
ch4_target_practice_8 = あの人と、よく話してるよね。

# ch4_walls.vn:198 · front.target_practice · shin
# source-hash: a8367f30
ch4_target_practice_9 = 誰と？

# ch4_walls.vn:199 · front.target_practice · kurena (angry)
# source-hash: 25ec46cf
ch4_target_practice_10 = とぼけないで。わかってるくせに。

# ch4_walls.vn:200 · front.target_practice · shin
# source-hash: 370658dc
ch4_target_practice_11 = 俺たちのハンドラーだ。

# ch4_walls.vn:201 · front.target_practice · kurena
# source-hash: a7d8a062
ch4_target_practice_12 = 素敵な部屋の素敵な椅子に座って、夜になったら素敵なベッドに帰っていくアルバじゃない。なのにシンは毎晩、窓際で回線を開いて、まるで……まるであの人が私たちの仲間みたいに話してる。

# ch4_walls.vn:202 · front.target_practice · narration
# source-hash: 2c133885
ch4_target_practice_13 = シンはそれについて考えた。缶のことも、風のことも。

# ch4_walls.vn:204 · front.target_practice · shin
# source-hash: 3dd8a7be
ch4_target_practice_14 = 仲間じゃない。本人もそれはわかってる。仲間のふりもしない。

# ch4_walls.vn:205 · front.target_practice · shin
# source-hash: 2ca68504
ch4_target_practice_15 = だから話すんだ。

# ch4_walls.vn:206 · front.target_practice · kurena (sad)
# source-hash: 65a4e36e
ch4_target_practice_16 = ……それがちゃんとした答えなのが、すごく嫌。

# ch4_walls.vn:208 · front.target_practice · shin
# source-hash: da2bd608
ch4_target_practice_17 = 役に立とうとしてる。だから、させてる。

# ch4_walls.vn:209 · front.target_practice · kurena
# source-hash: b38e1662
ch4_target_practice_18 = それだけ？

# ch4_walls.vn:210 · front.target_practice · shin
# source-hash: 51f157ad
ch4_target_practice_19 = 今のところは。

# ch4_walls.vn:212 · front.target_practice · shin
# source-hash: c0076ca2
ch4_target_practice_20 = 出撃の話をしてるだけだ。それ以上のことじゃない。

# ch4_walls.vn:213 · front.target_practice · kurena
# source-hash: 63f33be3
ch4_target_practice_21 = 嘘つき。

# ch4_walls.vn:214 · front.target_practice · shin
# source-hash: d8d8bc88
ch4_target_practice_22 = ……ほとんどは出撃の話だ。

# ch4_walls.vn:215 · front.target_practice · kurena
# source-hash: 121a02d8
ch4_target_practice_23 = じゃあ、あの人がやめたら？　勲章をもらって、新しい配属が決まって、もう連絡してこなくなったら？　そのときはどうするの？

# ch4_walls.vn:216 · front.target_practice · shin
# source-hash: f51753fa
ch4_target_practice_24 = そのときは、それで終わりだ。

# ch4_walls.vn:217 · front.target_practice · kurena
# source-hash: c3d292e0
ch4_target_practice_25 = 平気なんだ。

# ch4_walls.vn:218 · front.target_practice · shin
# source-hash: 867483d1
ch4_target_practice_26 = そうは言ってない。

# ch4_walls.vn:219 · front.target_practice · narration
# source-hash: a376c624
ch4_target_practice_27 = クレナはライフルを下ろした。一瞬、彼女は実際の歳よりずっと幼く見えた――その実際の歳からして、まだ幼いのだが。

# ch4_walls.vn:221 · front.target_practice · kurena
# source-hash: 5144e97a
ch4_target_practice_28 = あの人、いてくれた。カイエのために。わかってる。ただ、それをどうしたらいいのかわからないの。

# ch4_walls.vn:222 · front.target_practice · shin
# source-hash: 27648087
ch4_target_practice_29 = どうもしなくていい。

# ch4_walls.vn:223 · front.target_practice · kurena
# source-hash: 8a5e5510
ch4_target_practice_30 = わかってる。わかってるよ。それでも、重いの。

# ch4_walls.vn:225 · front.target_practice · kurena
# source-hash: 09b31c8f
ch4_target_practice_31 = みんな、いつかはやめるの。言いたいのはそれだけ。ほかには何も言ってないから。

# ch4_walls.vn:226 · front.target_practice · shin
# source-hash: 26ddd10c
ch4_target_practice_32 = 五百のやつを狙ってみろ。

# ch4_walls.vn:227 · front.target_practice · narration
# source-hash: 02711526
ch4_target_practice_33 = 彼女は五百メートル先の缶を狙った。風が缶を揺らした。それでも当てた。

## Scene republic.voices

# ch4_walls.vn:232 · scene `republic.voices` title
# source-hash: 2807c331
scene-republic-voices = 彼に聞こえるもの

# ch4_walls.vn:237 · republic.voices · lena
# source-hash: 5662e23e
ch4_voices_1 = シン。起きていますか？

# ch4_walls.vn:238 · republic.voices · shin
# source-hash: d7f660ed
ch4_voices_2 = ああ。

# ch4_walls.vn:239 · republic.voices · narration
# source-hash: 3c2d7758
ch4_voices_3 = ここ数週間のうちに、いつの間にかそれが彼の呼び名になっていた。どちらが決めたわけでもない。初めてそう呼んだのがいつだったか、彼女は覚えていなかった。彼は覚えているような気がした。

# ch4_walls.vn:245 · republic.voices · narration
# source-hash: 224cf560
ch4_voices_4 = 最初は大きな音ではなかった。それはあらゆるものの下にあった。浜辺の音の下に、海があるように。

# ch4_walls.vn:246 · republic.voices · narration
# source-hash: b2dab134
ch4_voices_5 = 声だった。何百。もしかしたら何千。遠くで、いっせいに喋っている。どれも彼女に向けたものではない。水を求める誰か。ひとつの名前を――子供の名前を、何度も繰り返す誰か。寒い、寒い、と、報告すべき事実ででもあるかのように、ひどく辛抱強く言い続ける誰か。

# ch4_walls.vn:248 · republic.voices · lena
# source-hash: 4f007925
ch4_voices_6 = なに……なんなんですか、これは……

# ch4_walls.vn:249 · republic.voices · shin
# source-hash: e0789f08
ch4_voices_7 = レギオンだ。

# ch4_walls.vn:250 · republic.voices · narration
# source-hash: 99d11321
ch4_voices_8 = 彼の声はいつもと同じだった。それが何より彼女を怯えさせた。

# ch4_walls.vn:251 · republic.voices · shin
# source-hash: f1e3bbb1
ch4_voices_9 = 同調率を上げたのか。上げるべきじゃなかった。

# ch4_walls.vn:252 · republic.voices · lena
# source-hash: 3d16764c
ch4_voices_10 = これが聞こえているんですか？　ずっと？　毎日？

# ch4_walls.vn:253 · republic.voices · shin
# source-hash: c471dc29
ch4_voices_11 = 小さい頃から。昼間は少し静かになる。

# ch4_walls.vn:255 · republic.voices · narration
# source-hash: 1f9d7a5e
ch4_voices_12 = 二つ下の階の研究室では、アネットの計器の数値が跳ね上がっていたはずだった。だが、誰も来なかった。

# ch4_walls.vn:258 · republic.voices · narration
# source-hash: 293a45d0
ch4_voices_13 = やがて、すべてがいっせいに静まり返った。扉が開き、そこにアネットがいた。主電源のスイッチに手をかけ、青ざめて、怒りに燃えて、コーヒーのカップを二つ持って。

# ch4_walls.vn:261 · republic.voices · lena
# source-hash: d55bd3cb
ch4_voices_14 = シン。何が聞こえているんですか？　あんなふうに黙りこむとき。あれは何なんですか？

# ch4_walls.vn:262 · republic.voices · shin
# source-hash: 91c70f34
ch4_voices_15 = 本当に知りたいのか。

# ch4_walls.vn:263 · republic.voices · lena
# source-hash: 16baed33
ch4_voices_16 = 知りたいです。

# ch4_walls.vn:264 · republic.voices · shin
# source-hash: b8569990
ch4_voices_17 = レギオンは死者を取りこむ。間に合ううちに見つけた死者を。残った脳の中身を、自分たちのネットワークに写し取るんだ。それは考えているわけじゃない。繰り返している。最後に考えていたことを、何度も。

# ch4_walls.vn:265 · republic.voices · shin
# source-hash: 1786418e
ch4_voices_18 = 俺にはそれが聞こえる。全部。だから奴らの居場所がわかる。

# ch4_walls.vn:266 · republic.voices · narration
# source-hash: 6c2ab1db
ch4_voices_19 = 彼女は長いあいだ何も言えなかった。彼は、彼女が黙っているのをそのままにしておいた。

# ch4_walls.vn:267 · republic.voices · lena
# source-hash: 822c236d
ch4_voices_43 = 全部？　いつからですか？

# ch4_walls.vn:268 · republic.voices · shin
# source-hash: 83a285d9
ch4_voices_44 = 小さい頃から。昼間は静かになる。それとも、俺のほうがうるさくなるのか。どっちなのかはわからない。

# ch4_walls.vn:269 · republic.voices · lena
# source-hash: 62331ccb
ch4_voices_45 = それで、誰も……

# ch4_walls.vn:270 · republic.voices · shin
# source-hash: 0dec8c84
ch4_voices_46 = 壁の中で訊いてきた奴はいない。やめろと言うんじゃなく、それが何なのかを訊いたのは、あなたが初めてだ。

# ch4_walls.vn:271 · republic.voices · lena (sad)
# source-hash: 7dec5b42
ch4_voices_20 = どうやって、それを抱えて生きていけるんですか？

# ch4_walls.vn:272 · republic.voices · shin
# source-hash: c45dfa4d
ch4_voices_21 = どうやって、とは考えなくなる。

# ch4_walls.vn:274 · republic.voices · shin
# source-hash: 44e15c6c
ch4_voices_22 = 兄が、向こうにいる。

# ch4_walls.vn:275 · republic.voices · narration
# source-hash: 9acfef66
ch4_voices_23 = 彼はそれを、いつものように言った。淡々と、位置を報告するように。

# ch4_walls.vn:276 · republic.voices · choice
# source-hash: ebdb36ee
ch4_voices_brother = 何かが、そっと彼女の手に預けられた。

# ch4_walls.vn:277 · republic.voices · option
# source-hash: d8c9ec61
ch4_voices_o1 = 「お兄さんのこと、聞かせてください。話してもいいと思えたら」

# ch4_walls.vn:280 · republic.voices · shin
# source-hash: c470937f
ch4_voices_24 = 名前はショーレイ。俺よりずっと年上だった。先に戦場へ行って、あとから俺も来た。兄は帰ってこなかった。それから、ある意味では帰ってきた。

# ch4_walls.vn:281 · republic.voices · shin
# source-hash: 1b88339b
ch4_voices_25 = 呼んでるんだ。毎晩、東の同じ場所から。俺は兄を見つける。そうすれば、兄も呼ぶのをやめられる。

# ch4_walls.vn:282 · republic.voices · lena
# source-hash: 41f6afef
ch4_voices_26 = 連れて帰るんですね。

# ch4_walls.vn:283 · republic.voices · shin
# source-hash: bde2570c
ch4_voices_27 = 終わらせてやるんだ、レーナ。

# ch4_walls.vn:284 · republic.voices · narration
# source-hash: 73996f95
ch4_voices_28 = 彼が彼女の名前を口にしたのは、それが初めてだった。大事にしまっておいたものを取り出すように、静かに。

# ch4_walls.vn:285 · republic.voices · lena
# source-hash: 4e7bbf23
ch4_voices_37 = シン。それは、いつか止むんですか？　その呼び声は。

# ch4_walls.vn:286 · republic.voices · shin
# source-hash: 89f0613f
ch4_voices_38 = 見つければ止む。兄のほうはな。

# ch4_walls.vn:287 · republic.voices · lena
# source-hash: 698e1696
ch4_voices_39 = あなたのほうは？

# ch4_walls.vn:288 · republic.voices · shin
# source-hash: 810c2641
ch4_voices_40 = そこまでは考えていない。

# ch4_walls.vn:289 · republic.voices · narration
# source-hash: 8e49fc4c
ch4_voices_41 = 彼女は彼の言葉を信じた。それが何よりつらかった。彼はある一日までのすべてを周到に考えていて、その先のことは何ひとつ考えていなかった。

# ch4_walls.vn:290 · republic.voices · lena
# source-hash: 2783e175
ch4_voices_42 = なら、私が考えます。その後のことを。誰かが考えないと。

# ch4_walls.vn:291 · republic.voices · option
# source-hash: a128c34e
ch4_voices_o2 = 「今夜はもう、これ以上話さなくていいですよ」

# ch4_walls.vn:293 · republic.voices · shin
# source-hash: f0a6c094
ch4_voices_29 = ……ありがとう。

# ch4_walls.vn:294 · republic.voices · narration
# source-hash: 8a471653
ch4_voices_30 = それから一時間、ふたりは回線をつないだまま、とりとめのない話をした。祭りの花火が戦区から見えるかどうか。アンジュが何を作っているのか。セオがなぜ格納庫の扉に狐の絵を描いたのか。

# ch4_walls.vn:296 · republic.voices · lena
# source-hash: 6b2051dd
ch4_voices_31 = 狐？

# ch4_walls.vn:297 · republic.voices · shin
# source-hash: b795c0c8
ch4_voices_32 = 笑ってる狐だ。少佐の帽子をかぶってる。あなたじゃないとセオは言ってる。少しだけ、あなただ。

# ch4_walls.vn:298 · republic.voices · option
# source-hash: c29e5858
ch4_voices_o3 = 「シン、それって……あなたは前線じゃなくて、病院にいるべきです」

# ch4_walls.vn:300 · republic.voices · shin
# source-hash: 64150c4c
ch4_voices_33 = 俺たちのための病院はない。

# ch4_walls.vn:301 · republic.voices · lena (sad)
# source-hash: 58f0e53f
ch4_voices_34 = そういう意味じゃ……私はただ……

# ch4_walls.vn:302 · republic.voices · shin
# source-hash: af8b9d73
ch4_voices_35 = 言いたいことはわかってる。もう遅い、ハンドラー・ワン。

# ch4_walls.vn:304 · republic.voices · narration
# source-hash: c391798c
ch4_voices_36 = 彼がその呼び方をしたのは、数週間ぶりだった。回線が切れたあとも、彼女は長いあいだ、その言葉を抱えたまま座っていた。

## Scene front.long_night

# ch5_festival.vn:8 · scene `front.long_night` title
# source-hash: f334186d
scene-front-long_night = 給水塔

# ch5_festival.vn:12 · front.long_night · narration
# source-hash: 37c01fc4
ch5_long_night_1 = 第一戦区の外れにある古い給水塔は、はしごの段が三本欠けていて、上の足場からは何もかもが見渡せた。晴れた夜には、西の地平線がほのかに白んで見えた。共和国の街々が明かりを灯し続けている場所だ。

# ch5_festival.vn:14 · front.long_night · theo
# source-hash: f44f8a0a
ch5_long_night_2 = 祭りは明日だよ。ここから花火が見えるんだ。ぎりぎりね。目を細めて、信じればさ。

# ch5_festival.vn:16 · front.long_night · anju
# source-hash: 50b847e8
ch5_long_night_3 = カイエはよく、ここから見るとタンポポみたいだって言ってたわ。うんと小さくて、うんと遠くのタンポポ。

# ch5_festival.vn:17 · front.long_night · theo
# source-hash: 3b8f24a1
ch5_long_night_4 = カイエは何でも花に見えたんだよ。レーヴェが牡丹に見えるって言ったこともあったし。

# ch5_festival.vn:18 · front.long_night · anju
# source-hash: 71b3a066
ch5_long_night_5 = ちょっと似てたわよ。開き方が。

# ch5_festival.vn:19 · front.long_night · narration
# source-hash: f3c9bbac
ch5_long_night_6 = みんなで笑った。カイエを避けてではなく、カイエのことで笑ったのは、ずいぶん久しぶりだった。踏み出した氷が、割れずに持ちこたえたような気がした。

# ch5_festival.vn:21 · front.long_night · lena
# source-hash: f708d388
ch5_long_night_7 = こんばんは、スピアヘッド。

# ch5_festival.vn:23 · front.long_night · theo
# source-hash: 89dd0c2c
ch5_long_night_8 = レーナ！　今、塔の上なんだ。レーナんとこの祭りを偵察中。

# ch5_festival.vn:24 · front.long_night · lena (smile)
# source-hash: a01f1c00
ch5_long_night_9 = どうですか？

# ch5_festival.vn:25 · front.long_night · theo
# source-hash: d3ce656c
ch5_long_night_10 = 暗い。遠い。始まるのは明日。

# ch5_festival.vn:27 · front.long_night · theo
# source-hash: debe3204
ch5_long_night_11 = こんばんは、ハンドラー・ワン。今、給水塔の上で、俺たちの祭りの計画を立ててるとこ。

# ch5_festival.vn:29 · front.long_night · theo
# source-hash: 47ce6d8c
ch5_long_night_12 = ハンドラー・ワン。こんばんは。

# ch5_festival.vn:30 · front.long_night · anju
# source-hash: 1623261b
ch5_long_night_13 = レーナ。お祭りがどんなものか、教えてくれる？　本当のところを。

# ch5_festival.vn:31 · front.long_night · narration
# source-hash: b3757d64
ch5_long_night_14 = レーナは思い出していた。前に祭りの話を――あるいはそれに似た話を――しようとしたときのことを。そのときの沈黙が、どんなふうに響いたかを。

# ch5_festival.vn:32 · front.long_night · anju
# source-hash: 6120cfcb
ch5_long_night_15 = 今度は私から訊いてるの。それは違うことでしょう？

# ch5_festival.vn:33 · front.long_night · choice
# source-hash: 5fc26cae
ch5_long_night_festival = アンジュが訊いている。

# ch5_festival.vn:34 · front.long_night · option
# source-hash: b4cea46e
ch5_long_night_o1 = 正直に話す。明かりのことも、誰も死んでいないと謳う横断幕のことも。

# ch5_festival.vn:36 · front.long_night · lena
# source-hash: 7e9335ee
ch5_long_night_16 = リベルテ通りの並木には、一本残らず明かりが灯ります。みんな子供を連れてきて、楽団が演奏して。素敵なんです。素敵だと伝えたいんです。本当に素敵だから。

# ch5_festival.vn:37 · front.long_night · lena
# source-hash: 2ba66996
ch5_long_night_17 = それから、広場の舞台の上には横断幕があります。こう書いてあるんです。「防衛による平和の九年。戦死者ゼロ」

# ch5_festival.vn:38 · front.long_night · narration
# source-hash: 50b8c1ed
ch5_long_night_18 = 一瞬、誰も何も言わなかった。それからセオが、鼻から長く息を吐いた。

# ch5_festival.vn:39 · front.long_night · theo
# source-hash: 8ed5eed4
ch5_long_night_19 = まあ。少なくとも、いい横断幕ではあるね。

# ch5_festival.vn:40 · front.long_night · anju
# source-hash: ffc97290
ch5_long_night_20 = 横断幕のこと、話してくれてありがとう。言わなくてもよかったのに。

# ch5_festival.vn:41 · front.long_night · option
# source-hash: 65d214b7
ch5_long_night_o2 = 美しいところだけを話す。今夜くらいは、それを彼らに。

# ch5_festival.vn:43 · front.long_night · lena
# source-hash: 4ecd15cc
ch5_long_night_21 = リベルテ通りの木々は、青と白の小さな明かりでいっぱいになります。紙の三角袋に入ったカラメル菓子を売る人がいて、子供たちは手持ち花火を持って駆け回って、親たちは火の粉なんて怖くないふりをするんです。

# ch5_festival.vn:44 · front.long_night · lena
# source-hash: bc4028b5
ch5_long_night_22 = 花火は川から上がります。ぱっと開くと、街じゅうが一瞬しんとなって、それからみんないっせいに同じ声を上げるんです。わあ、って。そんなふうに。

# ch5_festival.vn:45 · front.long_night · theo
# source-hash: 2d73fb68
ch5_long_night_23 = わあ。

# ch5_festival.vn:46 · front.long_night · anju (smile)
# source-hash: 807cc09d
ch5_long_night_24 = わあ。

# ch5_festival.vn:47 · front.long_night · narration
# source-hash: 501e73a4
ch5_long_night_25 = 塔の下のほうで、ライデンによく似た声の誰かが、しぶしぶ「わあ」と言った。

# ch5_festival.vn:48 · front.long_night · option
# source-hash: 18b7242e
ch5_long_night_o3 = 「それより、みんながどうするのか聞きたいです。みんなのお祭りのことを教えてください」

# ch5_festival.vn:50 · front.long_night · theo
# source-hash: 06aed54d
ch5_long_night_26 = 俺たちの？　俺たちのはこれだよ。塔に登る。西を見る。砂糖があれば、アンジュが砂糖入りの何かを作る。

# ch5_festival.vn:52 · front.long_night · anju
# source-hash: 73964773
ch5_long_night_27 = 砂糖ならあるわ。どこかのハンドラーさんがフィルターを送ってくれて、その箱に、がたつかないように角砂糖が詰めてあったの。

# ch5_festival.vn:53 · front.long_night · shin
# source-hash: e032dc7c
ch5_long_night_28 = 俺だ。箱に砂糖を入れたのは。詰め直したときに。

# ch5_festival.vn:55 · front.long_night · anju
# source-hash: 934192bb
ch5_long_night_37 = 砂糖ならあるわ。ライデンが無線機と交換してきたの。どの無線機かは訊かないであげて。

# ch5_festival.vn:56 · front.long_night · shin
# source-hash: 89a4fda9
ch5_long_night_38 = 俺のだ。使ってなかった。

# ch5_festival.vn:57 · front.long_night · theo (surprised)
# source-hash: 3104207d
ch5_long_night_29 = シンが冗談言った。

# ch5_festival.vn:58 · front.long_night · shin
# source-hash: 12a70235
ch5_long_night_30 = 言ってない。

# ch5_festival.vn:59 · front.long_night · theo
# source-hash: c8408914
ch5_long_night_31 = 言った！　レーナ、こいつ今、冗談言ったよ。あの手帳に書いといて。

# ch5_festival.vn:64 · front.long_night · shin
# source-hash: ccc0897d
ch5_long_night_32 = レーナ。また動き出した、東で。こっちへじゃない。離れて、もっと奥へ。集結している。

# ch5_festival.vn:66 · front.long_night · shin
# source-hash: caa50eef
ch5_long_night_36 = ハンドラー・ワン。また動き出した、東で。こっちへじゃない。離れて、もっと奥へ。集結している。

# ch5_festival.vn:67 · front.long_night · lena
# source-hash: 6d536d03
ch5_long_night_33 = 何のために？

# ch5_festival.vn:68 · front.long_night · shin
# source-hash: c29622b8
ch5_long_night_34 = わからない。何か大きなものだ。しばらく時間はかかるだろう。

# ch5_festival.vn:69 · front.long_night · narration
# source-hash: 5adcd89e
ch5_long_night_35 = 彼はそれを、いつものように言った。それが彼にどれほどの代償を強いているのか、彼女はもう聞き取れるようになっていた。

## Scene republic.order

# ch5_festival.vn:74 · scene `republic.order` title
# source-hash: 0b838cf9
scene-republic-order = 特別偵察

# ch5_festival.vn:77 · republic.order · narration
# source-hash: 218985e5
ch5_order_1 = 祭りの朝、本部は半分が空だった。将校の多くは休暇を取っていた。取らなかった者は、そのままパレードへ向かえるよう、礼装で出勤していた。

# ch5_festival.vn:82 · republic.order · narration
# source-hash: 2ccfb94a
ch5_order_2 = 机の上に封筒があった。切手はない。中には、手の縁をインクで汚した者の筆跡で書かれたメモが一枚と、命令書のカーボン複写が一枚。

# ch5_festival.vn:84 · republic.order · narration
# source-hash: 568d1dab
ch5_order_3 = メモにはこうあった。「あのファイルの受け取りに署名なさったのですから、これもお持ちになるべきです。申し訳ありません。記録係」

# ch5_festival.vn:86 · republic.order · narration
# source-hash: 628a09b8
ch5_order_39 = メモにはこうあった。「彼らの任期の終わりに何が起きるのか、とお尋ねでしたね。これがその答えです。申し訳ありません。記録係」

# ch5_festival.vn:90 · republic.order · duval
# source-hash: bf5bd840
ch5_order_4 = ミリーゼ。話がある。ここではまずい。

# ch5_festival.vn:91 · republic.order · narration
# source-hash: a00c4c38
ch5_order_5 = 誰も使わない階段の踊り場で、彼は折りたたんだ紙を一枚差し出し、彼女がそれを読むあいだ、決して彼女のほうを見ようとしなかった。

# ch5_festival.vn:92 · republic.order · duval
# source-hash: a73e15e5
ch5_order_6 = どうせ君はいずれ見つけただろう。何でも読むからな。一人きりで見つけさせたくなかったんだ。

# ch5_festival.vn:96 · republic.order · duval
# source-hash: f4020425
ch5_order_7 = いい日和だな。君のところの連中、春の配置転換リストに載っていたぞ。運のいいことだ。きれいさっぱり、だな。

# ch5_festival.vn:97 · republic.order · lena
# source-hash: 1ec78e7d
ch5_order_8 = 配置転換？

# ch5_festival.vn:98 · republic.order · duval
# source-hash: 7a3289aa
ch5_order_9 = 特別偵察だよ。まあ……わかるだろう。そういう決まりなのさ。せっかくの祭りだ、台無しにするな。

# ch5_festival.vn:100 · republic.order · narration
# source-hash: eaf84dcf
ch5_order_10 = 彼女にはわからなかった。訊きもしなかった。祭りの日で、彼女は疲れていて、その言葉はラジオの音のように耳を素通りしていった。のちに彼女はこの瞬間を正確に思い出し、そして憎むことになる。

# ch5_festival.vn:102 · republic.order · narration
# source-hash: 2b7978c7
ch5_order_11 = 命令：特別偵察。東部戦線第一戦区、スピアヘッド戦隊。現任期の満了をもって、残存する全プロセッサーはレギオン支配域へ東進し、報告せよ。

# ch5_festival.vn:103 · republic.order · narration
# source-hash: 721605de
ch5_order_12 = 期間：無期限。帰還：予定なし。補給：なし。

# ch5_festival.vn:104 · republic.order · narration
# source-hash: 3d39e991
ch5_order_38 = その裏には、同種の過去の命令の一覧がホチキスで留められていた。戦隊名、戦区、日付。それが二ページにわたって続いていた。そのひとつひとつの横に、同じ灰色の活字で、同じ一語――「完了」。

# ch5_festival.vn:105 · republic.order · narration
# source-hash: c3bf25c2
ch5_order_13 = 彼女は二度読んだ。二度目で、脚注の意味がわかった。

# ch5_festival.vn:107 · republic.order · lena
# source-hash: c1178d6b
ch5_order_14 = 予定、なし。

# ch5_festival.vn:108 · republic.order · narration
# source-hash: a3e41801
ch5_order_15 = 最下部には、ハンドラーの確認欄があった。誰かが彼女に代わって、すでにイニシャルを書き込んでいた。

# ch5_festival.vn:109 · republic.order · narration
# source-hash: aa87c982
ch5_order_16 = 窓の外の広場で、楽団が演奏を始めた。建物のどこかで電話が鳴り続けていたが、誰も出なかった。祝日だったからだ。

# ch5_festival.vn:111 · republic.order · narration
# source-hash: da6e9cb5
ch5_order_17 = 今度は、彼女自身の電話だった。彼女は受話器を取った。

# ch5_festival.vn:112 · republic.order · annette
# source-hash: 4b917f01
ch5_order_18 = レーナ。今夜よ。八時、タルト。うちのバルコニーからは花火が最高に見えるし、晴れるって約束も取りつけてあるの。あなたも約束したわよね。「急用ができた」なんて言ったら承知しないから。

# ch5_festival.vn:113 · republic.order · narration
# source-hash: 78ca4318
ch5_order_19 = 街の向こう、さらに東へ二百キロ。彼女が一度も顔を見たことのない六人が、横木の三本欠けた給水塔に登り、同じ花火を眺めるのだろう――とても小さく、とても遠い花火を。

# ch5_festival.vn:114 · republic.order · choice
# source-hash: 2a4faef6
ch5_order_night = 祭りの夜。

# ch5_festival.vn:115 · republic.order · option
# source-hash: d27d7c5e
ch5_order_o1 = 約束を守る。アネットの家で夕食。その前に、スピアヘッドにおやすみを言っておく。

# ch5_festival.vn:119 · republic.order · lena
# source-hash: d8f0209f
ch5_order_20 = 八時ね。行くわ、アネット。

# ch5_festival.vn:120 · republic.order · annette (smile)
# source-hash: 92c78ba5
ch5_order_21 = よろしい。一つ目が悲劇に終わったときのために、タルトは二つ焼いとくわ。

# ch5_festival.vn:121 · republic.order · option
# source-hash: 84be0582
ch5_order_o2 = 管制室に残って回線を開いたまま、彼らと一緒に花火を見る。

# ch5_festival.vn:125 · republic.order · lena
# source-hash: d33be00f
ch5_order_22 = アネット、本当にごめん。行けないの。今夜は無理。みんな、あの塔から見るって言ってて、私も……

# ch5_festival.vn:126 · republic.order · annette (sad)
# source-hash: 6ae6cecb
ch5_order_23 = ……あなたの戦隊ね。

# ch5_festival.vn:127 · republic.order · lena
# source-hash: be5c1614
ch5_order_24 = ごめんなさい。

# ch5_festival.vn:128 · republic.order · annette
# source-hash: e6752797
ch5_order_25 = 謝らないで。そばにいてあげなさい。どうせ、そうするつもりなんでしょ。

# ch5_festival.vn:129 · republic.order · narration
# source-hash: 3344e70f
ch5_order_26 = かちり、と回線が切れた。アネットに電話を切られたのは、それが初めてだった。

# ch5_festival.vn:130 · republic.order · option
# source-hash: 4697a6a8
ch5_order_o3 = 回線をバルコニーに持ち込めないか、アネットに頼んでみる。

# ch5_festival.vn:134 · republic.order · lena
# source-hash: 3eb50ee6
ch5_order_27 = アネット。みんなも連れていっていい？　回線で。あなたのバルコニーに。みんなも前線から見るの、だから私……

# ch5_festival.vn:135 · republic.order · narration
# source-hash: ca5e80db
ch5_order_28 = 長い沈黙。その向こうで、祭りの喧騒が鳴っていた。

# ch5_festival.vn:136 · republic.order · annette
# source-hash: 5d37ac04
ch5_order_29 = つまり私に、試作段階の神経リンク越しに第八十六区の皆さんをお招きして、うちのバルコニーでディナーパーティーを開けと。

# ch5_festival.vn:137 · republic.order · lena
# source-hash: 438952ec
ch5_order_30 = うん。

# ch5_festival.vn:138 · republic.order · annette
# source-hash: 06ed9018
ch5_order_31 = ……タルト、もっと要るわね。

# ch5_festival.vn:143 · republic.order · narration
# source-hash: 12c34823
ch5_order_32 = 正午、例年どおり、パレードがリベルテ通りをやって来た。レーナは本部の石段からそれを見ていた。誰もがそうしていたし、見ていなければ目についたからだ。

# ch5_festival.vn:144 · republic.order · narration
# source-hash: 9c509a96
ch5_order_33 = 楽隊。勲章を下げて手を振る、旧軍の退役兵たち。青と白の服を着た小学生たち。それから一台の平台トラック。荷台には塗り直したばかりのジャガーノートが、ぴかぴかに光り、紙の花で飾られて載っていた。

# ch5_festival.vn:145 · republic.order · narration
# source-hash: 36676352
ch5_order_34 = トラックの側面に張られた横断幕には、こうあった。「ありがとう、守護者たち」

# ch5_festival.vn:146 · republic.order · narration
# source-hash: 762c1f92
ch5_order_35 = 群衆はそれに喝采を送った。賢い犬を褒めそやすような喝采だった。誰かが花を投げ、それは脚の関節に引っかかって、トラックが通り過ぎるあいだも、ずっとそこに留まっていた。

# ch5_festival.vn:148 · republic.order · narration
# source-hash: c80ee948
ch5_order_36 = レーナは歓声を上げなかった。教わったとおりに背筋をまっすぐ伸ばして敬礼し、トラックが角を曲がって見えなくなるまで、その敬礼を崩さなかった。周りの何人かが妙な目で彼女を見たが、彼女は見られるままにしておいた。

# ch5_festival.vn:150 · republic.order · narration
# source-hash: 0b72c90f
ch5_order_37 = 命令書は胸ポケットに入っていた。ただの紙にしては、重すぎる気がした。

## Scene front.fireworks

# ch5_festival.vn:154 · scene `front.fireworks` title
# source-hash: a1953eaa
scene-front-fireworks = タンポポ

# ch5_festival.vn:157 · front.fireworks · narration
# source-hash: fcbd3769
ch5_fireworks_1 = 夕暮れ、彼らは全員で塔に登った。先頭がシン、次にライデン、毛布を抱えたセオ、焦がし砂糖の缶を持ったアンジュ。そして最後がクレナだった。行かないと言った手前だ。

# ch5_festival.vn:160 · front.fireworks · kurena
# source-hash: 88b6ac1f
ch5_fireworks_2 = 他にやることがないから来ただけ。

# ch5_festival.vn:161 · front.fireworks · raiden
# source-hash: c2d0907e
ch5_fireworks_3 = わかってるって。

# ch5_festival.vn:162 · front.fireworks · kurena
# source-hash: 6f6ea7fd
ch5_fireworks_4 = 本気で言ってるの。

# ch5_festival.vn:163 · front.fireworks · raiden
# source-hash: d7ceb956
ch5_fireworks_5 = だから、わかってるって。

# ch5_festival.vn:166 · front.fireworks · lena
# source-hash: 462369bd
ch5_fireworks_6 = スピアヘッド各位、こちらハンドラー・ワン。第一区のとあるバルコニーから報告します。タルトがあります。皆さんも、心だけはご招待です。

# ch5_festival.vn:167 · front.fireworks · annette
# source-hash: 84ebd14a
ch5_fireworks_7 = こんばんは。アネットよ。あなたたちの首のそれを作ったのは私。その節はごめんなさいね。

# ch5_festival.vn:168 · front.fireworks · theo
# source-hash: e094aa57
ch5_fireworks_8 = 友達を連れてきてる！

# ch5_festival.vn:169 · front.fireworks · annette
# source-hash: 564b33dd
ch5_fireworks_9 = 私のディナーにあなたたちを連れてきたのは、この子のほうよ。驚きたいのはこっち。

# ch5_festival.vn:171 · front.fireworks · lena
# source-hash: 4b4a4b8c
ch5_fireworks_10 = 今夜はあまり長くいられません。友人の家にいるので。ただ、言いたくて……花火、楽しんでください。私も同じ花火を見ています。

# ch5_festival.vn:172 · front.fireworks · raiden
# source-hash: 2931e471
ch5_fireworks_11 = 飯を食ってこいよ、ハンドラー・ワン。こっちはこっちでやる。

# ch5_festival.vn:174 · front.fireworks · lena
# source-hash: 5d6e28a8
ch5_fireworks_12 = 私はここです。第三管制室。まったくお祭りらしくありません。地図と、座り心地の悪い椅子があるだけです。

# ch5_festival.vn:175 · front.fireworks · theo
# source-hash: dfa45680
ch5_fireworks_13 = うちと変わんないじゃん。

# ch5_festival.vn:179 · front.fireworks · narration
# source-hash: 2b482ca4
ch5_fireworks_14 = はるか西で、小さな光がひとつ咲き、またひとつ咲いた。緑。金。白。青。遠すぎて音はなく、ずいぶん経ってから、コルクを抜くようなかすかな音が届いた。

# ch5_festival.vn:181 · front.fireworks · theo
# source-hash: c1ca1633
ch5_fireworks_15 = タンポポだ。

# ch5_festival.vn:182 · front.fireworks · anju
# source-hash: 92c848ec
ch5_fireworks_16 = タンポポね。

# ch5_festival.vn:183 · front.fireworks · narration
# source-hash: 224edb47
ch5_fireworks_17 = クレナは「タンポポ」とは言わなかった。膝に顎をのせて、ただ見ていた。

# ch5_festival.vn:184 · front.fireworks · anju
# source-hash: 73b60201
ch5_fireworks_35 = レーナ。見てる？

# ch5_festival.vn:185 · front.fireworks · lena
# source-hash: b1ef8461
ch5_fireworks_36 = 見ています。

# ch5_festival.vn:186 · front.fireworks · anju
# source-hash: c6d2306f
ch5_fireworks_37 = どれを見てるの？

# ch5_festival.vn:187 · front.fireworks · lena
# source-hash: 55809262
ch5_fireworks_38 = いま上がっていく、金色のです。ほら、そこ。開きます――ほら。

# ch5_festival.vn:188 · front.fireworks · narration
# source-hash: 606b250f
ch5_fireworks_39 = 二百キロを隔て、ほんの一瞬の差で、彼らは同じ金色のタンポポが開き、消えてゆくのを見た。

# ch5_festival.vn:189 · front.fireworks · anju
# source-hash: a7b8a2f1
ch5_fireworks_40 = 見えた。

# ch5_festival.vn:190 · front.fireworks · lena
# source-hash: a628a4e3
ch5_fireworks_41 = 知っています。あなたが見たのが、聞こえましたから。

# ch5_festival.vn:194 · front.fireworks · theo
# source-hash: 12acd3c0
ch5_fireworks_18 = これ、描くよ。格納庫の扉の内側に、丸ごと全部。狐の隣にさ。そうすりゃ毎朝そこにある。

# ch5_festival.vn:195 · front.fireworks · lena
# source-hash: dbc96bfe
ch5_fireworks_19 = 様子を書いて送ってください。詳しく。

# ch5_festival.vn:196 · front.fireworks · theo
# source-hash: 9d1e93b6
ch5_fireworks_20 = もっといいことしてやるよ。色をひとつずつ全部教えてやる。飽きるまでな。

# ch5_festival.vn:198 · front.fireworks · kurena
# source-hash: f3273467
ch5_fireworks_21 = レーナ。

# ch5_festival.vn:199 · front.fireworks · lena
# source-hash: 84c43de3
ch5_fireworks_22 = クレナ？

# ch5_festival.vn:200 · front.fireworks · kurena
# source-hash: 2af8a5e3
ch5_fireworks_23 = あの子、こういうの好きだっただろうなって。それだけ。

# ch5_festival.vn:201 · front.fireworks · lena
# source-hash: b2b608bb
ch5_fireworks_24 = ええ。きっと、桜の木だって言ったでしょうね。

# ch5_festival.vn:202 · front.fireworks · narration
# source-hash: 4cc0fe37
ch5_fireworks_25 = クレナは笑った。短く、少しかすれた、本物の笑いだった。

# ch5_festival.vn:204 · front.fireworks · kurena (sad)
# source-hash: 055c968b
ch5_fireworks_26 = ハンドラー・ワン。あの川で。最後までいてくれた。

# ch5_festival.vn:205 · front.fireworks · lena
# source-hash: cbee2f1a
ch5_fireworks_27 = はい。

# ch5_festival.vn:206 · front.fireworks · kurena
# source-hash: ba8d74ff
ch5_fireworks_28 = ……ありがとう。言ってなかったから。今、言う。

# ch5_festival.vn:208 · front.fireworks · narration
# source-hash: b9a6077a
ch5_fireworks_29 = その晩、クレナは一度も回線に向かって口をきかなかった。最後に彼女は塔の上の仲間ひとりひとりにおやすみを言い、それから少し間を置いて、何もない宙にも言った。

# ch5_festival.vn:212 · front.fireworks · raiden
# source-hash: 0c10c50e
ch5_fireworks_30 = 士気報告だ。あんたがいつも訊くからな。

# ch5_festival.vn:214 · front.fireworks · raiden (smile)
# source-hash: 32c2ae74
ch5_fireworks_31 = 良好だ。本当にいい。セオはまた絵を描いてるし、アンジュは料理してる。クレナはさっき何かで笑ってたが、本人は否定してる。

# ch5_festival.vn:216 · front.fireworks · raiden
# source-hash: 50e6ff92
ch5_fireworks_32 = まあ、持ちこたえてる。砂糖があるしな。それが効いてる。

# ch5_festival.vn:218 · front.fireworks · raiden (sad)
# source-hash: 2b5b0a27
ch5_fireworks_33 = 低い。わかってるだろ、低いってのは。気にすんな。あんたが来る前から低かったんだ。

# ch5_festival.vn:223 · front.fireworks · narration
# source-hash: 7933dac1
ch5_fireworks_34 = 最後の花火が消えると、共和国の空はいつもの淡い明るさに戻り、前線の空は、ふたたび果てしなく大きく暗い空に戻った。共和国の誰にも見えない星で、いっぱいの空に。

## Scene republic.last_call

# ch5_festival.vn:226 · scene `republic.last_call` title
# source-hash: 660e3e08
scene-republic-last_call = 花火のあとで

# ch5_festival.vn:229 · republic.last_call · narration
# source-hash: 326bef23
ch5_last_call_1 = そのあとの、アネットの部屋。開け放たれたバルコニーの扉。手すりに積み重ねられた皿。部屋の中では、アネットが靴を履いたまま、フォークを手にソファで眠っていた。

# ch5_festival.vn:232 · republic.last_call · narration
# source-hash: 34e9cc3b
ch5_last_call_2 = そのあとの、第三管制室。建物には誰もいない。どこか下の階で、清掃員のラジオが、パレード中継の終わりを誰に聞かせるでもなく流していた。

# ch5_festival.vn:235 · republic.last_call · lena
# source-hash: 36f05fd8
ch5_last_call_3 = シン。まだいますか？

# ch5_festival.vn:236 · republic.last_call · shin
# source-hash: 06341290
ch5_last_call_4 = ああ。

# ch5_festival.vn:237 · republic.last_call · lena
# source-hash: 3a543676
ch5_last_call_5 = みんな、眠りました？

# ch5_festival.vn:238 · republic.last_call · shin
# source-hash: 3c5d6fef
ch5_last_call_6 = セオは塔の上で寝てる。ライデンは毛布を取りに行って、そのまま隣で寝た。俺はそばに座ってる。

# ch5_festival.vn:239 · republic.last_call · narration
# source-hash: a37a278d
ch5_last_call_7 = 彼女は思わず微笑み、彼にはその微笑みが聞こえた。彼にはそれができるのだと、彼女はもう知っていた。

# ch5_festival.vn:241 · republic.last_call · shin
# source-hash: f5acfe0f
ch5_last_call_8 = レーナ。今夜はありがとう。カイエなら……みんな、いい夜だった。俺もだ。それを言っておきたかった。

# ch5_festival.vn:243 · republic.last_call · shin
# source-hash: e7ecbd9b
ch5_last_call_9 = いい夜だった。ここにしては。

# ch5_festival.vn:245 · republic.last_call · shin
# source-hash: 390a69ed
ch5_last_call_10 = そろそろ寝たほうがいい、ハンドラー・ワン。

# ch5_festival.vn:246 · republic.last_call · lena
# source-hash: 79c6fde5
ch5_last_call_27 = そうします。もう少ししたら。

# ch5_festival.vn:247 · republic.last_call · narration
# source-hash: d3fd6ca0
ch5_last_call_28 = 彼は回線を切らなかった。彼女はそれに気づいた。気づいたことは、口にしなかった。

# ch5_festival.vn:248 · republic.last_call · lena
# source-hash: a5f1e272
ch5_last_call_29 = シン。今、何が見えますか？　塔の上から。

# ch5_festival.vn:249 · republic.last_call · shin
# source-hash: c149cfe8
ch5_last_call_30 = 星。たくさん。セオの足。ライデンのいびき。花火が上がっていたあたりの空。

# ch5_festival.vn:250 · republic.last_call · lena
# source-hash: 360ff97a
ch5_last_call_31 = ここからは、星がひとつも見えません。明かりが多すぎて。

# ch5_festival.vn:251 · republic.last_call · shin
# source-hash: 704ee189
ch5_last_call_32 = なら、俺が数えておく。また別の夜に。今夜は多すぎる。

# ch5_festival.vn:252 · republic.last_call · choice
# source-hash: c1bf5348
ch5_last_call_last = 夜は更け、回線は静かだ。

# ch5_festival.vn:253 · republic.last_call · option
# source-hash: 73e04b90
ch5_last_call_o1 = 「全部終わったら、会いたいです。皆さんに。回線越しじゃなく、ちゃんと」

# ch5_festival.vn:256 · republic.last_call · shin
# source-hash: 08114006
ch5_last_call_11 = ……ここには普通、終わりなんてない。

# ch5_festival.vn:257 · republic.last_call · lena
# source-hash: 961c8fc5
ch5_last_call_12 = なら、私が見つけます。歩いてでも、壁の向こうまで会いに行きます。

# ch5_festival.vn:258 · republic.last_call · shin
# source-hash: 870be2b6
ch5_last_call_13 = 長い道のりだな。

# ch5_festival.vn:259 · republic.last_call · lena
# source-hash: 50499830
ch5_last_call_14 = 私、すごく頑固なんです。アネットに訊いてみてください。

# ch5_festival.vn:261 · republic.last_call · shin
# source-hash: 048ab9e0
ch5_last_call_15 = 知ってる。

# ch5_festival.vn:262 · republic.last_call · narration
# source-hash: ff7caa99
ch5_last_call_16 = 短い沈黙。

# ch5_festival.vn:263 · republic.last_call · shin
# source-hash: 8ea95162
ch5_last_call_17 = わかった。なら、待ってる。

# ch5_festival.vn:264 · republic.last_call · option
# source-hash: 47a74085
ch5_last_call_o2 = 命令のことを彼に話す。彼には知る権利がある。

# ch5_festival.vn:267 · republic.last_call · lena
# source-hash: 1fea472b
ch5_last_call_18 = シン。命令書を見つけました。特別偵察。任期のあと、あなたたち全員が東へ、何の……

# ch5_festival.vn:268 · republic.last_call · shin
# source-hash: 8e507070
ch5_last_call_19 = 帰還予定もなく。

# ch5_festival.vn:269 · republic.last_call · lena (surprised)
# source-hash: e6f726f9
ch5_last_call_20 = 知って……いたんですか。

# ch5_festival.vn:270 · republic.last_call · shin
# source-hash: bd2a0ef2
ch5_last_call_21 = ここの部隊なら、どこも知ってる。最後はそうなるんだ。そっちは知らないと思ってたし、俺たちの口から伝えたくはなかった。

# ch5_festival.vn:271 · republic.last_call · lena (angry)
# source-hash: d3014ec2
ch5_last_call_22 = 私は戦います。カールシュタールにも、参謀本部にも、必要なら新聞社にだって持ち込みます。

# ch5_festival.vn:272 · republic.last_call · shin
# source-hash: 44ea7da0
ch5_last_call_23 = やってみればいい。

# ch5_festival.vn:273 · republic.last_call · shin
# source-hash: 85519be8
ch5_last_call_24 = レーナ。何が起きても。話してくれたことには意味がある。壁の内側の人間が、俺たちに何かを話してくれたことは一度もなかった。

# ch5_festival.vn:274 · republic.last_call · option
# source-hash: 6f5ba225
ch5_last_call_o3 = 「おやすみなさい、アンダーテイカー。ハンドラー・ワン、通信終わり」

# ch5_festival.vn:276 · republic.last_call · shin
# source-hash: 1e6dd983
ch5_last_call_25 = おやすみ、ハンドラー・ワン。

# ch5_festival.vn:277 · republic.last_call · narration
# source-hash: 5cd54013
ch5_last_call_26 = 正しい言葉だった。ハンドラーが口にすべき言葉だった。それなのに、言い終えたあと部屋が冷えたように感じたのはなぜなのか、彼女にはわからなかった。

# ch5_festival.vn:278 · republic.last_call · narration
# source-hash: 1f27509c
ch5_last_call_33 = 翌朝、ライデンはシンに、花火のあとハンドラーが何か言っていたかと訊くだろう。シンは「いや」と答えるだろう。それは嘘ではない。だが、本当でもない。

## Scene front.coda

# ch5_festival.vn:284 · scene `front.coda` title
# source-hash: 4624c9c3
scene-front-coda = 〈つづく〉

# ch5_festival.vn:288 · front.coda · narration
# source-hash: a61ddce5
ch5_coda_1 = 朝の格納庫は、いつものようにオイルと冷めたコーヒーの匂いがした。

# ch5_festival.vn:290 · front.coda · narration
# source-hash: 8f28b92f
ch5_coda_2 = 格納庫の扉には、セオの描いた小さな金色の花火があった。少佐の帽子をかぶった笑う狐の隣に。

# ch5_festival.vn:292 · front.coda · narration
# source-hash: 853f9aa1
ch5_coda_3 = 誰かが格納庫の扉に、チョークで小さな花火を描いていた。昼になる頃には、湿気でほとんど消えかけていた。

# ch5_festival.vn:294 · front.coda · narration
# source-hash: 56866e98
ch5_coda_4 = 東の彼方、川のはるか向こうで、レギオンは辛抱強く集結を続けていた。まだ誰ひとり名指すことのできない、何かのために。

# ch5_festival.vn:298 · front.coda · narration
# source-hash: 18ba0166
ch5_coda_5 = シンは自分のジャガーノートの脚を、関節ひとつずつ点検した。その夜の九時、首の装置がいつもの小さく冷たい疼きを伝えてきたとき、彼は珍しく、すでにそれを待っていた。

# ch5_festival.vn:299 · front.coda · narration
# source-hash: 22c43719
ch5_coda_19 = ライデンはそれに気づいたが何も言わず、セオに教えに行った。セオのほうは、あれこれと大いに言った。

# ch5_festival.vn:300 · front.coda · lena
# source-hash: 1368c1c5
ch5_coda_6 = こんばんは、スピアヘッド。

# ch5_festival.vn:301 · front.coda · shin
# source-hash: a53e3715
ch5_coda_7 = こんばんは、レーナ。

# ch5_festival.vn:302 · front.coda · narration
# source-hash: eceb1160
ch5_coda_8 = 壁の内側では、窓辺で洋梨のタルトが冷まされていた。そして台所のテーブルのノートには、名前の一覧の下に、新しい一行が書きかけのまま残されていた。

# ch5_festival.vn:309 · front.coda · narration
# source-hash: ce7992d7
ch5_coda_9 = 戦隊の皆は今や、回線の上でもそれ以外でも彼女を名前で呼んだ。壁の内側では、そう呼ぶ者が減った。デュヴァルは別のテーブルで昼食をとるようになった。アネットの電話は、誰もいない研究室で鳴り続けていた。

# ch5_festival.vn:310 · front.coda · lena
# source-hash: d35c6dae
ch5_coda_10 = こんばんは、スピアヘッド。

# ch5_festival.vn:311 · front.coda · shin
# source-hash: c941e82f
ch5_coda_11 = レーナ。疲れた声をしてる。

# ch5_festival.vn:312 · front.coda · lena
# source-hash: 0d0b55ae
ch5_coda_12 = 大丈夫です。私は、いるべき場所にいますから。

# ch5_festival.vn:313 · front.coda · narration
# source-hash: 6c947754
ch5_coda_13 = それは本当だった。同時に、ひどく孤独でもあった。彼にはそれも聞こえていて、そして珍しく、彼はそれを聞き流さなかった。

# ch5_festival.vn:314 · front.coda · narration
# source-hash: 1c35d655
ch5_coda_20 = 彼の背後の格納庫では、セオがクレナに、レーナが地下の、記録室の隣の狭い部屋に移されたらしいと話していた。クレナは、それは自分たちのせいだと言った。ライデンは、共和国のせいだ、それとこれとは話が違うと言い、レーナだってそう言うはずだと付け加えた。

# ch5_festival.vn:315 · front.coda · shin
# source-hash: 998495d0
ch5_coda_14 = なら、しばらくいればいい。

# ch5_festival.vn:322 · front.coda · narration
# source-hash: dbc095a5
ch5_coda_15 = 九時に回線が開いた。この数週間、毎晩そうだったように。そして六人が、新任の教師に答えるような礼儀正しさで応答した。

# ch5_festival.vn:323 · front.coda · lena
# source-hash: e97c05e6
ch5_coda_16 = こんばんは、スピアヘッド。報告をお願いします。

# ch5_festival.vn:324 · front.coda · shin
# source-hash: e24a3a25
ch5_coda_17 = 第一戦区、全機異常なし。報告事項はありません、ハンドラー・ワン。

# ch5_festival.vn:325 · front.coda · narration
# source-hash: 037b4daa
ch5_coda_18 = 報告すべきことは、いつだってあったのだ。彼女にもそれがわかりはじめていた。自分がまだ、どれほど多くのことを聞く資格を得ていないのかも。

# ch5_festival.vn:326 · front.coda · narration
# source-hash: 3089c851
ch5_coda_21 = 彼女はノートの名前の下に日付を書いた。それから少し考えて、その横に書き添えた。「明日は、もっとちゃんと訊くこと」
