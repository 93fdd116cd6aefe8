### Spearhead のインターフェース文字列（日本語、ja-JP）。
### 原文は locales/en-US/ui.ftl です。各メッセージの上にある `# source-hash:` は、どの原文から
### 訳したかを示します。消さずに残してください（`spearhead locale status` が使います）。

## タイトル画面

# source-hash: 5c97f14e
title-new-game = はじめから
# source-hash: d882786b
title-continue = つづきから
# source-hash: f835cc69
title-load = ロード
# source-hash: 69b41ca3
title-settings = 設定
# source-hash: 5a1e84df
title-gallery = ギャラリー
# source-hash: c9bffc53
title-quit = 終了
# $version: エンジンのバージョン（例：0.1.0）
# source-hash: fedddbc1
title-version = バージョン { $version }

## クイックメニュー（テキストボックスの下）

# source-hash: 8d47f7ac
quick-back = 戻る
# source-hash: eef018b0
quick-history = 履歴
# source-hash: b8d924d0
quick-skip = スキップ
# source-hash: b8c84f7c
quick-auto = オート
# source-hash: beafd7e0
quick-save = セーブ
# source-hash: b2f83c06
quick-load = ロード
# source-hash: 6e4b56df
quick-quick-save = Qセーブ
# source-hash: f55d4a61
quick-quick-load = Qロード
# source-hash: 87d602d8
quick-settings = 設定
# source-hash: 24301d5a
quick-hide = 非表示
# source-hash: 776af31c
quick-menu = メニュー

## ゲームメニュー（Esc キーまたは右クリック）

# source-hash: 319ca619
menu-title = メニュー
# source-hash: 96db8846
menu-resume = 物語に戻る
# source-hash: 47d1c9d8
menu-save = セーブする
# source-hash: 27cbd42e
menu-load = ロードする
# source-hash: 3fbac2d6
menu-history = 履歴
# source-hash: 014d919e
menu-settings = 設定
# source-hash: 01988e8f
menu-title-screen = タイトルへ
# source-hash: b48b42fe
menu-quit = ゲームを終了

## セーブとロード

# source-hash: b122bf09
save-heading = セーブ
# source-hash: c606e63b
load-heading = ロード
# $page: ページ番号（1 から）
# source-hash: 2437ebc7
save-page = { $page } ページ
# source-hash: fe33c004
save-page-auto = オート
# source-hash: 2a4b44f8
save-page-quick = クイック
# source-hash: e4eb3b7f
save-empty-slot = 空きスロット
# source-hash: d1087c3c
save-damaged = 破損
# 破損したスロットをロードできない理由（日時の下に表示）
# source-hash: b59881d8
save-damaged-unreadable = ファイルを読み込めません。
# source-hash: 1216a3fc
save-damaged-too-large = ファイルが大きすぎます。
# source-hash: 73d3f9fe
save-damaged-corrupt = セーブデータとして読めません。
# source-hash: 069be955
save-damaged-newer = 新しいバージョンのセーブです。
# source-hash: 381862a5
save-damaged-older = 古いバージョンのセーブです。
# source-hash: 197cf5de
save-damaged-other-story = 別の物語のセーブです。
# source-hash: 4d62ef8a
save-damaged-story-changed = 物語が変更されました。
# $page: ページ番号（1 から）、$pages: ページ数
# source-hash: 08069fe4
save-page-of = ページ { $page } / { $pages }
# $slot: スロット番号
# source-hash: 9e4a0a08
save-slot = スロット { $slot }
# $date: セーブした日時（ロケールに合わせて整形済み）
# source-hash: 1fcf531b
save-slot-date = { $date }
# $chapter: 章のタイトル、$scene: 場面のタイトル
# source-hash: e3561734
save-slot-place = { $chapter }・{ $scene }
# $count: セーブの数
# source-hash: 794a454a
save-count = { $count ->
    [0] セーブデータはまだありません
   *[other] セーブデータ { $count } 件
}
# source-hash: 4557aaf5
save-done = セーブしました。
# source-hash: 1de78d2b
save-quick-done = クイックセーブしました。
# source-hash: cae077b6
save-failed = セーブできませんでした。
# source-hash: 6146eca1
load-failed = このセーブデータはロードできませんでした。
# $version: セーブしたときの物語のバージョン
# source-hash: a150f38d
load-old-version = このセーブデータは以前のバージョンの物語（{ $version }）で作られました。一部の文章が変わっている可能性があります。
# source-hash: f52fcdc7
load-no-quick-save = クイックセーブはまだありません。

## 履歴（バックログ）

# source-hash: 170ddfe7
history-heading = 履歴
# source-hash: 55224800
history-empty = まだ何も語られていません。
# source-hash: e8c776f9
history-narration = 地の文
# source-hash: 11b98152
history-jump = ここまで戻る
# source-hash: 131e6c89
history-close = 閉じる

## 選択肢

# source-hash: 085c8f96
choice-unavailable = 選択できません
# $condition: 選べない理由（例：「シンとの絆が 3 以上」）
# source-hash: b527c411
choice-requires = 条件：{ $condition }

## 設定

# source-hash: 0fbadf91
settings-heading = 設定
# source-hash: 5f335284
settings-display = 画面
# source-hash: c8c956c9
settings-window-mode = 表示モード
# source-hash: c76a917c
settings-fullscreen = フルスクリーン
# source-hash: 405c717c
settings-windowed = ウィンドウ
# source-hash: 57e1f694
settings-text = テキスト
# source-hash: 4f04a82f
settings-text-speed = 文字の表示速度
# source-hash: 81a9d5fe
settings-text-speed-instant = 瞬間表示
# $speed: 1 秒あたりの文字数（整数）
# source-hash: 383e6693
settings-text-speed-value = 毎秒 { $speed } 文字
# source-hash: 43d63e9b
settings-auto-delay = オートの待ち時間
# $seconds: 秒数（例：1.5）
# source-hash: cc4dbc99
settings-seconds = { $seconds } 秒
# source-hash: 29969efb
settings-auto-speed = オートモードの速度
# source-hash: f110f060
settings-text-box-opacity = テキストボックスの不透明度
# source-hash: 70f7bfcb
settings-font-size = 文字の大きさ
# source-hash: 73bb4ba4
settings-skip = スキップ
# source-hash: 35509416
settings-skip-unread = 未読の文章もスキップする
# source-hash: f31cd68d
settings-skip-all = すべての文章
# source-hash: e4a44712
settings-skip-read = 既読の文章のみ
# source-hash: 20b267ff
settings-skip-after-choices = 選択肢のあともスキップを続ける
# source-hash: 752b04fc
settings-sound = サウンド
# source-hash: edb10dfd
settings-master-volume = 全体の音量
# source-hash: 92a23e13
settings-music-volume = BGM の音量
# source-hash: e6346efd
settings-sound-volume = 効果音の音量
# source-hash: b2c17629
settings-voice-volume = ボイスの音量
# source-hash: af7007dc
settings-mute = ミュート
# source-hash: 39b43682
settings-language = 言語
# source-hash: e197a6ab
settings-language-note = 言語はすぐに切り替わり、物語はそのまま続きます。
# source-hash: 28f70504
settings-accessibility = アクセシビリティ
# source-hash: 10b1da70
settings-reduce-motion = 画面の揺れとフラッシュを抑える
# source-hash: 536e31d8
settings-dyslexic-font = 読みやすいフォント
# source-hash: b875ffc4
settings-on = オン
# source-hash: 1c0896a4
settings-off = オフ
# source-hash: 4e3067ff
settings-mute-all = すべてミュート
# source-hash: b3281ed0
settings-transitions = 画面の切り替え効果
# 設定画面でアクセシビリティのページを開く行と、そのキー
# source-hash: 2f9d32d8
settings-accessibility-open = 表示（Shift+A）
# source-hash: 30174a2d
settings-line-spacing = 行間
# source-hash: 29987286
settings-high-contrast = ハイコントラストのテキストボックス
# source-hash: 101ef7d2
settings-self-voicing = 読み上げ
# 読み上げに使う音声サービスがシステムにないとき、オン・オフの代わりに出る
# source-hash: 070f22bb
settings-self-voicing-unavailable = 使えません：音声サービスがありません
# source-hash: 10ef811c
settings-defaults = 初期設定に戻す
# source-hash: 8c7f8900
settings-back = 戻る
# 設定画面の下に出るキー操作の案内
# source-hash: 822cb444
settings-hint = ↑↓ 選択　←→ 変更　Esc 戻る
# $percent: 0 から 100 までの整数
# source-hash: 5ae528f3
settings-percent = { $percent }%

## 言語名（それぞれの言語で表記）

# source-hash: e9fa0f63
language-en-US = English
# source-hash: db83ab2f
language-ja-JP = 日本語

# source-hash: 770a4bf8
# source: Français
language-fr-FR = Français

# source-hash: 0e320fee
language-pseudo = 疑似ロケール

## 確認

# source-hash: 62b5b389
confirm-yes = はい
# source-hash: d6af7821
confirm-no = いいえ
# source-hash: be7bc69f
confirm-ok = OK
# source-hash: f56d01bf
confirm-cancel = キャンセル
# source-hash: 4d3e7475
confirm-quit = ゲームを終了しますか？最後にセーブしてからの進行状況は失われます。
# source-hash: fffff0f7
confirm-title-screen = タイトル画面に戻りますか？最後にセーブしてからの進行状況は失われます。
# $slot: スロット番号
# source-hash: aef49501
confirm-overwrite = スロット { $slot } のセーブデータを上書きしますか？
# $slot: スロット番号
# source-hash: 2bdefa81
confirm-delete = スロット { $slot } のセーブデータを削除しますか？
# オートセーブとクイックセーブ（スロット番号なし）を削除するとき
# source-hash: 0553d4b9
confirm-delete-save = このセーブデータを削除しますか？
# source-hash: 2d2817ef
confirm-load = このセーブデータをロードしますか？最後にセーブしてからの進行状況は失われます。
# source-hash: f18c79a9
confirm-defaults = すべての設定を初期状態に戻しますか？

## エンディングと物語の終わり

# source-hash: 9a04352e
ending-reached = 終
# $title: エンディングのタイトル
# source-hash: 3c648f31
ending-title = エンディング：{ $title }
# $seen: 見たエンディングの数、$total: エンディングの総数
# source-hash: e9c5eca2
ending-progress = 到達したエンディング：{ $seen } / { $total }
# source-hash: 2c13bf13
ending-locked = ???
# source-hash: 80888fbc
ending-return = タイトル画面に戻る
# source-hash: 00334057
endings-heading = エンディング
# source-hash: 423593c3
ending-not-reached = ― 未到達 ―
# ギャラリーの二ページ目：物語のイラスト（CG）
# source-hash: 09f3a4f2
gallery-cgs-heading = イラスト
# $seen: 見たイラストの数、$total: イラストの総数
# source-hash: 88432faa
gallery-cgs-progress = 見たイラスト：{ $seen } / { $total }
# source-hash: d10e2f3c
gallery-cg-locked = ― まだ見ていない ―

# The gallery's third page: the story's music, to play again
# source-hash: 333f554c
music-room-heading = ミュージックルーム

# $heard: tracks heard; $total: tracks in the story
# source-hash: 9ab59726
music-room-progress = 聴いた曲：{ $heard } / { $total }

# source-hash: cc865b9d
music-locked = ― まだ聴いていない ―

# Beside the track the music room is playing
# source-hash: f03ab71c
music-playing = 再生中

## お知らせとエラー

# source-hash: ff4dfee7
notice-skip-on = スキップ中
# source-hash: ca3cdd07
notice-auto-on = オートモード
# source-hash: d734e0e8
notice-rollback-limit = これ以上は戻れません。
# source-hash: ca1c0a19
error-story = 物語を読み込めませんでした。詳しくは `spearhead check` を実行してください。
# $message: 問題の内容（エンジンからの英語の文）
# source-hash: 60631252
error-story-stopped = 物語が止まりました：{ $message }
# $path: 見つからないファイル
# source-hash: 5380dcd8
error-missing-asset = ファイルが見つかりません：{ $path }
# $locale: 言語コード
# source-hash: eab427e7
error-missing-language = { $locale } の翻訳がインストールされていないため、英語で表示します。

## Live reload (spearhead play while a writer edits the story)

# source-hash: f46a5cb2
# source: The edited story has errors
reload-errors-heading = 書き直したストーリーにエラーがあります

# source-hash: 4916a8d8
# source: Fix them and save: the story goes on from where it was.
reload-errors-hint = 直して保存すると、この場面から続きます。

