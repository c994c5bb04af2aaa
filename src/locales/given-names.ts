/**
 * Given names that tell a person ("Morgan Lee", "Kaspars Kazāks") from a capitalised phrase ("Toll Free Number").
 *
 * About 3,700 common adult given names from the English-speaking countries, France and Quebec, the German-,
 * Spanish-, Portuguese-, Italian- and Dutch-speaking countries, the Nordic and Baltic states, Poland, Czechia,
 * Slovakia, Hungary, Romania, Greece, Turkey, Russia and Ukraine (Latin script), and common Arabic, Indian,
 * Chinese (pinyin), Japanese and Korean names. Compound names are listed part by part (jean, marc; hans, peter).
 *
 * Left out on purpose, because a false positive costs more than a miss: names that are also common capitalised
 * words in a language we read (will, grant, hope, line, edit, job, can, said, real, marine, german, liga),
 * months and weekdays (april, may, june, august, jun, mai, abril, domingo), titles (don, king, sultan), places
 * (paris, sydney, madison, georgia, virginia, hong), brands (mercedes, chanel, zara, penny) and short
 * syllables that read as words or abbreviations (li, na, min, lan, ai, an, al, ed, ho).
 */

// Letters that NFD does not decompose into a base letter plus a combining mark.
const FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
}

function fold(token: string): string {
  return token
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþıħ]/g, (c) => FOLDS[c] ?? c)
}

/** Common given names, lower-cased and without diacritics (NFD, combining marks removed), for name detection. */
// Front-coded, sorted: each entry is a digit (letters shared with the entry before) and the rest of
// the name ("0anna1e2ke" is anna, ane, anke). A third of the plain list's size, even gzipped.
const PACKED =
  '0aaliyah2rne3on3ti1bbas3y2dallah3el5ali6ziz5hak5ilah5kader7rim5rahman4rrahmane3ul5aziz5karim5la7h5ma' +
  'lik5rahim8man2e3er3l2hishek2igail2raham1chim1dam3n2el4a4e2il3ti4ya2olfo2rian6a6o4en1faf2onso1gata4he' +
  '2nes5e4ta3ieszka2ris2ustin7a1hlam2mad3ed4t1icha2da4n3en2gars2ja2katerini2la3bhe3sa2na4rs3e3hoa3o2sha' +
  '4warya3ling2tor2var5s1jay2it1kanksha3sh2e2i3ko3ra2os2ram1laa3in3n4a3sdair4tair2ba4ne3ert6o3in2do4na2' +
  'ed3jandra8o3ksander8r9a5ei6y5i3na3s4sandra9o5ia6o3x4ander7r8a8e8u4ei5y4ia5s2fie3onso3red6o2girdas2i3' +
  'a3ce4ia4ja3na4e3son4son4tair3ya2la4n3en3ison2ma2ok3nso4zo2per2un2var5o3in2yssa2zbeta1maia3lia3n4da5i' +
  'ne3r2ber2eer3lia5e2ina3r4a3t4abh2paro2r3ita2y1na3bel3is3nd4ya3s4tasia8ia8os8ya3toly2da3er5s6on3ras4e' +
  '5a6s5ea5i6a5j5s5w5y4ii5s5us5y4zej3y2e3ta4te2gel5a5es5ika7i6na6que5o6s3us2ika4et3l3ta2ja4li4na2ke3it5' +
  'a3ur2n3a4belle4lena5isa4maria3e4ke4leen5i6en7s4marie4tte3ick4e4ka2ouk2s3elmo3is2tal4nas3ero3hony3je3' +
  'oine4n5ella5i6a6etta6n6o7s3ti2u3j3pam3radha1oife1parna2ostolos2urva1raceli3ntxa2chana4ie2i3ane5na3el' +
  '3ld2ja4n3en3un2kadiusz2mando3el5le3in2nab4u5d3e3i3old4ut2on2pad2tem3hur3i3o3ur5o5s3yom2un4as2vid5s4n' +
  'd3o2zu1sbjorn2e2ger2ha3ish3leigh5y3ok2ier2li2sunta2ta3rid2uman3ncion1thanasios3ina2le2sushi2tila5io2' +
  'ul1ude3rey4ius3un2gusto2relie7n3imas3ora2sra3tin1va1xel4le1ya2esha2han2kut2la3in2man2nur2oub2se4gul4' +
  'l3un2ten2ub3mi1ziz0baiba2laji4zs3int2ptiste2ran3bara4el4ora4ro3is3naby3ry3t4lomiej4osz2s3har4ir3il3t' +
  'ian2vo1eat4a4e4rice6z2cca3ky2gona2la3en3inda2n3ce3edetta5ict8e6kt3gt4u3ita5o3jamin3ny3oit3t4e4o2reni' +
  'ce3it3na5dett5rd7o4d4hard3t2th4an6y3tina4y2verley6y1havana4na1ianca2eke2lal3l4ie4y2rgit6ta3na3ute1ja' +
  'rne5i2orn1lake3nca4dine1o2b3bie4y2dil2gdan3umila4slaw8a2humil4slav2nnie2ris3ys2tond2zena1rad4ley3m3n' +
  'don4islav3yan2eanna3cht3gje3nda6n4t3t4t2ian5a5na3dget3gitte3tt5a6ny2onwyn3ok5e2uce3na4o2yan3n4dis1ur' +
  'ak2sra1yung0caio3tlin5yn2leb3lum3vin2melia4ron3ila5la6e5o2ndace4ice2oimhe2pucine2rin5a3l4a4o5s3mela5' +
  'n4ine3ol5a5e5ien6na7e5yn3rie3sten3ys2sey3per3sandra2talin7a4rina3erina3harina4erine4y3rin5ona1ecil5e' +
  '5ia6e2dric2lia4na5e2m2rys2sar5e1had3n4g4tal3o3rles5ie5otta8e2elsea3ryl2iara3en3h3ng3tra2loe2ris5ta6e' +
  'l8le7r6ian9e7e7n8a8e6oph9e9er7s6y3ysoula2uck3l3n1ian3ra5n2ndy3tia3zia1laes3ire3ra4e5nce3ude5ia6ne6o6' +
  'u4s2emence6s6t2ifford4ton3nt3ve2odagh3tilde1ody2le4tte3in3leen3m2nceicao5pcion5tta3nie4or3or3stance7' +
  'tin4uelo2ralie3ey3ina5e5na6e3mac3nelia7s7us3rado3y2smin3tas2urtney1raig2istian8a8e8o6na2ystal1saba2i' +
  'lla1urtis1ynthia2ril5le1zeslaw0daan2ce2fydd2g3mar3nija3ur2ina4is5us3suke4y3va2le3ia2mian4en2n3a3iel6' +
  'a6e6le4que3ka3ny3uta5e2phne2rio4us6z3nell3ragh4el6l5n4yl3yl2ve3i4d5e4s2wid3n1ean2b3ashish3bie3ora6h3' +
  'ra2clan2epa5k4ika2irdre2lphine2mi2nis5e4z3nis2rek3mot3rick3ya2smond3pina4oina2tlef5v2zso1hruv1iana4e' +
  '4ne3rmuid2ck2dier2ego3ter3uwke2lek2mitra6i7os7s2na3esh2ogo2pankar2rk2vya1mitri6y5y2ytro1oina2lores2m' +
  'enico3inic6k7a6que2nal5d4tas5ella3ghyun3na5cha2ra3is3ota5hea7e6y3te4he2ug4las1ragos2ew2ies1uane3rte2' +
  'mitru2ncan2rga2san3tin1wayne1ylan0eamon5n1bba2erhard2ony2ru1ckhard1dda3ie2gar5s2ita4h2mund2oardo2son' +
  '2uarda6o2vinas2ward3in2yta1efje2ro2va1fthymia1gidijus3l4s2le2on1ija3i2la3een3idh2mantas3ear2nar3o2ri' +
  'k5ur4ni2vind1katerina2kehard1laine2eanor3na4i3onora2friede2i3a4s3en3f3jah3n4a4e3sa5bet8a8h4e4ka3za5b' +
  'eth2ke2la3en3ie4ot6t3y2mar2na2odie3f3ise2s3a3e2zbieta1manuela7e7le2er4son3se2i3el3l4ia6no5e5o4y3ne2m' +
  'a4nouil5uel8le2re1ncarnacion2da3re2e2iko2ric5a5o4que2zo1oin1rcan2dem2en2han2ic4a4h3k4a4s3n2kan3ki2la' +
  '3end3ing2na3est6as6o3ie3o2sin2vin2win2zsebet1spen4ranza2ra2teban4la5le3her2zter1than2suko2tore1uan2g' +
  'ene5ie6o6usz2lalia2n1va3ldas3n4gelia7os2e3lien4yn6e3rett4t5on2genii6y5y2ie3ja1wa3n2elina3n1zequiel0f' +
  'abian6a4en6ne4o5la3rice6io5zio2di4me2had3d2isal2ng3ny2rah3es3id4s2tih4ma3ma2usto2waz3zi2ysal1eargal2' +
  'derica7o2i2licity4pe4x2mke2ng2rdinand3enc3gal4us3nanda7o3ran1fion1idel2en2kret2lip5e5po4z2nbar3ja3n3' +
  'tan2ona4nuala3rella2ras1lavia5o2emming3ur2orence7ia6tina4ian5ca5n5s3yd1olke2rrest2teini3ini1ranca5es' +
  '7ca8o5ine6s7ca8o5k5o6is8e4k5ie4tisek4z5iska3ser3uke2ed4die4eric8k7que4rik3ja3ya2ida3eda5erike5rich3t' +
  's4z2ode0gabi3or3riel7a7e7la8e2elle3tan6o2ia3l2lina2mze2nesh2reth3rett4y3y2tis2urav3tam4e4hier4ier2vi' +
  'n2yatri1earoid2diminas2ert5ruida3ta2ir2ma3ma2nevieve3naro3ovaite4wefa2offrey3rg5e6s5iana6na6os2raint' +
  '4ld6o4rd6o3d4a3gely3hard3rit3t4rud2sa2thin2za1haith2eorghe7ita2islain1iacomo3mpaolo5iero3ncarlo4fran' +
  'co4luca6igi4marco4na5i6s4paolo5iero2edre5ius2js2lbert7o3es3les4ian2na3ette4vra3o3taras6e4s2orgia6o5o' +
  's3vanna7i2rish2sela3le2ta3te2ulia5o3seppe7ina2zem1leb3n4n2oria1okhan2ncalo3zalo2pal2ran3don3ka2sta2t' +
  'tfrid1raca4e4iela3eme3ham3inne3zia5ella4yna2eet3g4oire5r6io6y3ta4e4he2iet3gori6y2zegorz1uadalupe2dmu' +
  'ndur3run2ido3lherme4laume5em6rmo2l3sum2na4rs3hild3illa3nar3ta4er4her4is3vor2s3tav6o2ven1wen4dal1yorg' +
  'y2tis2u3la0habib2cer2di2iley2jnalka2kan3on2l3ey3il4na3ldor4geir4vard3vor3yna2mad3ed3id4sh3pus3za2na4' +
  'a4n3i4fe3k3na5h4e5ke5lore5s4u3s4jorg4peter4ruedi2o2rald6ur3i4sh3old3ri5et5son4y3sha3tmut3uka4n4to3ve' +
  'y2san3san2tice2uke2vva2yley2zel1eath5er2ctor2dda3wig2e2ge2idi4run3ke4ki3ner4rich4z3tor2le4n5a5e3ga4e' +
  '4i3i4o3le3mut6h2mant6h2ndrik7a3k3ning3ri5etta8e5k5que4y5k2rbert3man6n3nan3ve1icham2deki4o2lde5gard4u' +
  'r3kka3levi2roko4shi4yuki2sham1jalmar1olger3ly2on2race5io3ia3st2ssein2uda2ward1rafnhildur2yhoriy1siao' +
  '3n1ua2bert2da2gh3o3ues5tte2i2lya2mberto2nter2sain3eyin3sain4ein2w1wan1ye2o2uk3n4woo0iain2n1brahim1ch' +
  'iro1da3r1eva1ga2nacio4s2or1hor1ker1laria2diko2ias3e2ker3ka2lia2mari5s2ona2se2ya2ze1mad3ni4ts2ke2ogen' +
  '2ran3e2tiaz1na3ki3ra2dira3ra5nil4e5k3ulis2es4e2ga3e4borg4mar4r3ibjorg3o3rid3una5n3var4ild2igo2macula' +
  'da2na2tars1oan4a4na5is2n3a3ut1rati2en4a4e2fan2ina4i3s2ma3eli3gard2yna1saac3bel6a6la7e3iah2ha2la2mail' +
  '3o2sa2tvan1tziar1ulia5n4ia1van4a3r4s2eta2o1wan2ona1zabela0jaak3n4a3p2cek3k4ie4y3ob5a5us4po3queline6s' +
  '2da3e3wiga2e3hyun2gdish3oda2i3me3r4o2ke3ob3ub2mal3el4s3ie4l2n3a3e4t3i4ce4na5e4s3ka3ne5ke5s4ik5s3os5c' +
  'h3usz2red3i3le3mila4o3oslav8a7w3rad4od2smin6e3on3per2ume2ved3ier2y3ant1ean4ne5ine2f3f4ery4rey2lle2n3' +
  'n4a4ifer4y3o3s2ong2remiah6e5y3oen4me3ry3zy2sper3s4e4ica5e3us2tte1i2a3n4guo4hua2e2ho4on2ll4ian2m3ena3' +
  'my2n3drich3g2ri3o2tka2woo1o2achim3kim3n4a4ie4n5a5e3o3quim6n2celyn3hen2dy2e3l4le3rg3y2han5n6a6e7s3n4n' +
  'y2landa5ta2n3a4h4s4than2o3n4as3st2rdan4i3g4e5n3is3n2s3e4e4f5a5in7a7e4p5h6ine4tte3h4ua3iane3tein2uni2' +
  'y3ce2zef3sef1uan4a2dit5h3y2ha4ni3o2kka2les3ia5n6a6na7e6o4e5n5tte4o4us2naid3g3ho3ko2ozas2raj4te3g4en4' +
  'is5ta3i4s2ssi3tin6as6e4yna2tta1yoti2rki0kaan3rina2bir2cper2dir3ri2i3do3ja3ri3sa3tlyn4o2j3a4l2levi3le' +
  '4iopi3pana2mal5a3il5a5la2ne2oru2pil2ra4n3e4em4l4n3i4m4n5a5e3l4a4is3ol5in7a7e6s5y3thik2sia3pars4er2ta' +
  'lin4rina5zyna3e4lyn4rina5yna3harina4erine4leen4rin5yn4y3i4e3ja3lin3rien5n6a6e2upo2vita3ya2y3la4ee2zi' +
  'mieras8z3uhiro4ki5o4o1ees2ijo3ko3sha4uke3th2lli5e4y3sey2mal2n3an3dall4ra3ichi3ji3neth4y3ta2rem3ri5e4' +
  'y3sti6n2stutis2vin1hadija3led4id5l1iara2eran2m3berley7y3mo2nga2ra4n3ill3k3si4ten5ie5y3ti1jell3rsti3t' +
  'il1laas3ra3udia4s1nut1oen2ji2ldo2mal2nrad3stantin9na9nos2stas4iantyn1ris4h5na4janis4tel6n5i6an6ina6n' +
  '7a7e5jan5offer5y6na4ztian7na3ti2ystian5yna2zysztof1uba3ra2lli2mar2nal2rt1wang2ok1yle3ie2oko2riaki6os' +
  '3ylo2u3ng0lachlan2dislav2etitia2ia3la3ma3ne2jos2kisha3shmi2litha2mia3ya2nce2ra3isa5sa3ry3s3ysa2sse3z' +
  'lo2ta4sha3oya2ura4e5n6ce6t7iu4i2wrence2xmi2yla1ea3h3ndro4ne2e3la3n4a2if3gh3la3re2n3a3e3ka3nart2o3n4a' +
  'rd7o4hard4id6as5e4or3pold2sley4ie3ter3zek2ticia4zia2v3ent3i2wis2yla1iam3ng2bor3use2dia2eke3n3selotte' +
  '2gita2is2liana6e3ja3lian4y3y2n3a4s3da4say5ey3n4ea3o3us2onel2s3a3e4lotte2ubov3dmyla2v3io4u2z1lion2oyd' +
  '2uis1ode2es2gan2ic2la2ne2rcan3edana4na5z6o4ta3i3na3raine2thar3ta4e2u3is5a5e3rdes1uan2bica3omir4s2c3a' +
  '4s3ia5n6a6o4e5n6ne4le3rezia3y4na2dger3ivine3mila3o4vic7a6t3wig2igi3s4a4e3z4a2ka4s5z3e2minita2ther2uk' +
  '1ydia2le2n3da3n4e2ubov3dmila5yla0maarja4ten5je2ciej3kenzie2dalina3eleine3huri3is3s2el3ve2falda2gali3' +
  'da5lena6ini4olna3gie3ne4us2hesh3ima3moud4ud5t2ija3read3te2ja3ed3id2koto3sim4ym2lcolm3ene3gorzata3ik4' +
  'n3lory3te2ndy3fred3ish3oj4lis4n3tas3uel6a2rc4el6a6l7a7e7o6o4ia5n5o4o5s4us3ek4n3garet8a8e8he6ita4heri' +
  'ta4it4ot4ret4uerite5s3i4a5m5n6a6na7e6o4bel4e5ke5la4ia4ka5o4lyn7e4n5a5o4o5n4s5a5ol5sa4t4us6z4ya3ja4o5' +
  'lein5rie3k4eta4ku4o4us3leen5ne4ies7e5s4oes3shall3ta4e4ha4ijn5n6a6e6s4yna3vin3wan3y4am4na4se2sahiro4k' +
  'i5o4shi4to4yuki3simo2tei4j4o4us6z3heus4ias5eu5lde5s3ias4lda6e3s3t4eo4hew5ias6eu4i5a3us2ud3reen4i5ce6' +
  'io5tz5zio4o2x3im5e5ilian2ya3umi2zen1eabh2chthild2elis3na3ra2g3an3han3umi2hdi3med5t2i2lanie3ek3inda4s' +
  'sa3vin2rce3edith4te3iem4ke4txell3ja3t3ve4i3yem2tin3te1hairi1ia2caela4h3hael7a5il5l6is4eal5l6a6e6ine6' +
  'le4iko3k4ael4ey2eke3p2guel2haela4i4ly3kel2ka4el3e4l3hail3i3kel4o3los3olaj2lagros4n3ena3lie3os2ndauga' +
  's4y3g3jun3na2randa3cea3eille4n3iam3jam3ko3oslav8a7w8a2saki3ha2tch5ell1ogens2hamad5ed5mad6ed4n2ira3se' +
  's2lly2na3ica4ka4que3tse6rrat2rag3gan6e3ris3ten2stafa2ustafa1uhammad6ed2ireann2kesh2na2rali4t3do3iel4' +
  'lo2sa3tafa1ykhailo3ola2lene2riam2ung0nabil2deem4ge4r4zhda3ia4ia4ne4ya3ja2hia2jat2ncy3na2oki3mi2sreen' +
  '3ser2talia6e6ya5ya4sha3e3halie5n6iel2veed5n3in2zia1eal2d2ha2il2l3e3son2rea3inga2stor2us2ville1ia3ll3' +
  'mh2ccolo3holas3k4las3o4la6e6s5e6ta7ta5o2dhi2els3nke3ves2gel2hat2ina2khil3i4ta3ki3las3o4la6i6os6us6y5' +
  'eta7t4s2ls2na3g3o2sha2tin1oa3h2buko4o2elia3mi5e2lan2or2ra3bert3iko3man6d4unds2ur1uno2r3ay3can3ia0oan' +
  'a1ceane2tavian6o1dd2ette2ile1isin1jars1kan2sana1la3f4ur3v4i2e3g3h3ksandr5ii6y3na2ga2ha2iver4ia5er3wi' +
  'a2li4e2of1mar2er1na2drej2ur1phelie1rhan2iol2jan2la4gh2solya1sama4u2car2kar5i5s2man2valdo2waldo1tavio' +
  '2t3avio3o1uti1ve2idiu1wain2en1ystein2vind1zan2lem0paavo2blo2draig2ige3vi2l3l4avi4e2m3ela2nagiota8is3' +
  'kaj3u2ola4o2raskevi3veen2scal6e3i3quale2trice6ia7o6k5k5zia4ycja5k2u3l4a4ette4i5na6e5us4o4s2vel3la4o2' +
  'wel1earl2der3ro2eter2ggy2kka2nelope3g3tti2r3cy3rine4y3tti2te4r5is3r4a5s4i4onella4u5s3ter3ur1hil4ip6p' +
  '7a7e4lip2oebe2yllis1ia2ero4re4s3t4er6jan4ro2lar3le2m2nar3elopi3g2otr2ppa2ret3jo3kka5o3oska1ooja2ppy2' +
  'ul1rabhu3deep3kash3mod3sad3veen4in2eben3m2iit3scila7la3ya5nka2zemek5yslaw1uja0qian4g2ng1uentin2inn0r' +
  'abia2chael4el2dek3ha3oslav7w3u2fael6a4l3faele7la2ghu3nar4heidur5ild8ur2hul2ija3mo5ndas7s4undo3ner3vi' +
  's4o2j3agopal4n3eev4ndra4sh3iv2kesh2lf3ph3uca2machandran4n4zan3esh3i4ro3on5a3unas2ndall4i4y3i4a2phael' +
  '2quel2sa3hid3ma4us3tislav2ul3no2vi2y3mond2zvan1ebecca4kah2cep2em3t2ggie3ina6ld4s2idar3jo3ko3n4aldo4e' +
  'r4hard4is2jean2ka3ha2mco3i4gijus3o3y2n3an4ta5e5o3e4e3ske3zo2to1hian5non2odri3nda2ys1icardas6o3cardo3' +
  'hard4ie3k4y2et2hards2ina3tta2kke2ley2mantas2shi3to2ta3va2zwan1ob3ert6a7s6o6s3in3yn2cco3io2d3erick3ne' +
  'y3rigo2el2gelio4r5io2han3it2isin2land6as6s3f2main4n5o2n3ald6o4n3nie2ry2sa4na4rio3e4marie7y4r3ie3mari' +
  'e3s4ella2xana5e2y2zalia1uairi2ben3ina3y2di4ger3olf3y2edi2i2ne2pert2ss4ell2ta3ger3h2ud2xandra1yan2o3t' +
  'a2szard0sabine3rina2chiko5n2dia2eed2kari3ura2lah3eh3ih4m3ly3ma5n3ome3vador5tore2m3antha3eer3i4na4r3u' +
  'el4li2ndeep5r4or4ra5ine5o4y3g4eeta4woo3ita3jay4eev3na4e3teri4iago4osh2oirse2ra4h3i4ta3mite2scha3ha3k' +
  'ia2thish3ish3oshi3u2ul4ius3rabh2vita1cott1eamus3n2bastian8o7en2da2ema2golene2ija2lim4n2nthil2ojun3k3' +
  'n3yeon2ppo2rap3ban3dar3en5a3ge5i5y4io5u5y3hii5y3ife3kan2th2ung2vda3erin7e3gi1habana3hid3n4a4e4ice4ka' +
  'r4na5on3ron3shi3un3wn5a2eila3lby4don4ley5y3ri4ry4yl2igeru3lpa3nichi4ji3rley3v4a2oaib3bha3na3ta2reya3' +
  'uti2uji3n2weta2yam1ian2bel3ylle2ddharth3ney3sel2egfried2gne3rid6ur4un3urd6ur2im2las3je3ke3vana4ia5o2' +
  'men3o4n5a5e2nan3dre3ead3ikka2obhan2ri3je3kka3pa2ssel2ta2u2w1joerd1kaidrite1lawomir1neha1ofia4e2hail2' +
  'lange3edad4ne3veig4ita2ndre3gul3ia3ja3ke3ya2o3k2phia5e2rcha3en3in5a2ta3irios6s1pencer2iros2yridon4os' +
  '1rinivas8an1tacey4y3n4islav8w9a4ley3vros6ula2een3fan6ia7e6o7s4fen3inar3lios4la3n3pan4han7e7ie5en3ve5' +
  'n3wart2ian3g3jn3na4e2u3art3re2yliani7os1ubhash2dhir2e2kru2leyman2man3it2ng4hoon3il4ta3niva2raj3esh2s' +
  'an5a5na6e3hma3umu2zanne1vein3n4d4ja3rre3tlana2itlana1wati1ybille2lvain4ia5e3wester4ia1zabolcs2ilvia2' +
  'ymon0taavi2das5hi3eusz3hg2e2hir2ina2kahiro4o4shi4yuki3eshi3umi4ya2mara4s3eka4r3ika3my2nel5i3ia4sha3j' +
  'a3ner3vi3ya2o2pio2ra3ek3ik4q3ja3mo3o3un2sha3os3sos2tiana6e3suya3u3yana2utvydas2ylor1eagan2d2emu2gan2' +
  'rence4sa4za5ia3hi3i3je3o3rance4ell5nce4i4y2ss4a2tiana3suya3yana2un1hanasis2ea3o4dora7e7os3resa6e2iag' +
  'o3baud6lt6t3erry3js3lo2odoris3mas3r4a4dur4sten1iago3n2bor2ffany2ina3t3u2llmann3man3o2m3ea3o4thy2na3e' +
  'ke2ziana6o1obias3y2dd2lga2m3a4s5z3maso4i4y3oko3s2ne3i4s3je3u3y4a2omas2pi2rben4jorn3il5l3sten2shiaki5' +
  'hiro5o2ve1racey4i4y3vis2ent3vor3y2iin3ne3stan2oels3nd3y2ude3us2ygve1sung1uba2gba2ncay2omas4o2rid2ula' +
  '1yler2rone0uday1eli1ffe1go2ur1ldis2f2i2la3e2rich4ka5e1ma3r2berto2ut1nai2ni1rho2mas2s3ula3zula1sha1ta' +
  '2e1we0vaclav2dim3ym2ida5s2ldas4is3entin8a8e8o6yna4rie6i6o6y5y3ters4teri2ndana3essa3gelis2run2sile6io' +
  's5iki6os6s3so1eerle2gard2ikko4o2li3ta2nkat2ra3onica6ka6que2sa1ibeke2cente3ki5e4y3tor6ia2da4r3mantas3' +
  'ya2era3sturs2ja4y2kas3ram3tor6ia2lde3iam4us3le4u3ma3nis2nay3ce5nt6zo3icius3od2ola4et2ra3gil5nie7jus2' +
  'shal2t3alii6y5y3o4r3toria7o2vek5a3ian6e4enne1ladimir3sta1ojtech2lkan4er3odymyr1ytautas0wade2gner2i2l' +
  'demar3eed3id3lace3ter4her4raud7t2nda2rren2seem3im2yne1ei2n3che3delin4y3zel2rner3onika2s3ley1hitney1i' +
  'eslaw2ktor6ia2lfred5ied3helmina3lem6ijn4iam5e3ma2m2nfried2told1ojciech3tek2lfgang4ram2o3k2uter0xaver' +
  '3ier1ia3na3odong4feng4hong5ua6i4jing5un4li6n7g4mei5ing4ping4qing4wei4yan5u6n2mena2n1ochitl1ue0yahya2' +
  'n3g3n4ick5s2semin3h3in4r3meen4in6e3ser1ekaterina2lena3iz2on4g2vgeniy6y3hen1i2annis2ng1lva1oan2ko2lan' +
  'da2ng2on2shihiro5ko2usef4sef1rjo1u2i2ji2ki3o2lia4ia4ya2mi2n2ri4i4y3y2suf4ke2to1ves3tte2on4ne0zach4ar' +
  'y3k2id3ga3nab2k3i2ne2ynab1bigniew1denek4ka2zislaw1ehra2inab2liha2non2ynep1hen2ong1iad2gmars2nta2ta2y' +
  'ad1oe3y2fia2i2ltan2ya1solt2uzsanna1uzana1ydrunas'

function unpack(packed: string): Set<string> {
  const out = new Set<string>()
  let prev = ''
  for (const m of packed.matchAll(/(\d)([a-z]+)/g)) {
    prev = prev.slice(0, Number(m[1])) + m[2]
    out.add(prev)
  }
  return out
}

let names: Set<string> | undefined

/** Common given names, lower-cased and folded (no diacritics), unpacked on first use. */
export function givenNames(): ReadonlySet<string> {
  names ??= unpack(PACKED)
  return names
}

/**
 * Whether `token` (any case, with or without diacritics) is a known given name.
 *
 * @param token - One word; split hyphenated names ("Jean-Marc") and check each part.
 * @returns true when the folded token is one of {@link givenNames}.
 * @example
 * isGivenName('Søren') // true
 * isGivenName('JOSÉ') // true
 * isGivenName('Press') // false
 */
export function isGivenName(token: string): boolean {
  return givenNames().has(fold(token))
}
