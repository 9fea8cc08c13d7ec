"""Plan themes of the Culture team of the Dongju–Yunhai joint committee."""

from secretariat.demo_text import PlanTheme, Text3

THEMES: list[PlanTheme] = [
    PlanTheme(
        title=Text3(
            en="Exchange of traditional performing arts troupes",
            ko="전통 공연예술단 교류 공연",
            zh="传统表演艺术团互访演出",
        ),
        description=Text3(
            en="The municipal traditional music and dance troupes of Dongju and Yunhai perform in each other's city every year, giving three public performances and a workshop for local students to introduce each city's traditional arts.",
            ko="동주와 운해의 시립 전통 음악·무용단이 매년 상대 도시를 방문하여 세 차례 공연과 지역 학생 대상 워크숍을 개최하고, 각 도시의 전통예술을 소개한다.",
            zh="东州与云海市属传统音乐舞蹈团每年互访对方城市，举办三场公开演出并为当地学生开设工作坊，展示两市传统艺术。",
        ),
        lead_agency_a="동주시립국악단",
        lead_agency_b="云海市歌舞剧院",
    ),
    PlanTheme(
        title=Text3(
            en='Joint photo exhibition "Dongju and Yunhai Through the Lens"',
            ko='공동 사진전 "렌즈로 본 동주와 운해"',
            zh="“镜头中的东州与云海”联合摄影展",
        ),
        description=Text3(
            en="Photographers from both cities document daily life, architecture and landscapes in the partner city; the selected works are shown for one month in each city's central gallery and published in a bilingual catalogue.",
            ko="양 도시 사진작가들이 상대 도시의 일상, 건축, 풍경을 기록하고, 선정 작품을 각 도시 중심 갤러리에서 1개월간 전시하며 이중언어 도록으로 발간한다.",
            zh="两市摄影师赴对方城市记录日常生活、建筑和自然风光，入选作品在两市中心美术馆各展出一个月，并结集出版双语画册。",
        ),
        lead_agency_a="동주시립미술관",
        lead_agency_b="云海美术馆",
    ),
    PlanTheme(
        title=Text3(
            en="Reciprocal culture weeks in Dongju and Yunhai",
            ko="동주·운해 문화주간 상호 개최",
            zh="东州与云海互办文化周",
        ),
        description=Text3(
            en="Every two years each city holds a culture week in the other, featuring concerts, exhibitions, film screenings and food stalls in a central square, to bring the partner city's culture closer to ordinary residents.",
            ko="양 도시는 격년으로 상대 도시에서 문화주간을 개최하여 도심 광장에서 공연, 전시, 영화 상영, 음식 부스를 운영하고, 시민들이 상대 도시의 문화를 가까이 접할 수 있도록 한다.",
            zh="两市每两年在对方城市举办一次文化周，在市中心广场开展音乐会、展览、电影放映和美食展位等活动，让普通市民近距离感受对方城市文化。",
        ),
        lead_agency_a="동주시 문화정책과",
        lead_agency_b="云海市文化和旅游局",
    ),
    PlanTheme(
        title=Text3(
            en="Loan of artefacts between city museums for joint exhibitions",
            ko="시립박물관 간 유물 대여 및 공동 전시",
            zh="市属博物馆文物互借与联合展览",
        ),
        description=Text3(
            en="The city museums of Dongju and Yunhai lend each other selected artefacts for a joint exhibition every three years, with curators co-writing the catalogue and sharing conservation and insurance arrangements.",
            ko="동주와 운해의 시립박물관은 3년마다 엄선한 유물을 상호 대여하여 공동 전시를 개최하고, 학예사들이 도록을 공동 집필하며 보존 처리와 보험 절차를 함께 마련한다.",
            zh="东州与云海市属博物馆每三年互借精选文物举办联合展览，由双方策展人共同撰写图录，并共同做好文物保护和保险安排。",
        ),
        lead_agency_a="동주시립박물관",
        lead_agency_b="云海博物馆",
    ),
    PlanTheme(
        title=Text3(
            en="Yunhai film showcase at the Dongju International Film Festival",
            ko="동주국제영화제 운해 영화 특별전",
            zh="东州国际电影节云海电影展映单元",
        ),
        description=Text3(
            en="A special section of the Dongju International Film Festival presents five recent films from Yunhai each year, with directors invited for audience talks, while the Yunhai film week returns the invitation with Korean films.",
            ko="동주국제영화제는 매년 특별 섹션을 마련하여 운해의 최신 영화 5편을 상영하고 감독과의 관객 대화를 진행하며, 운해 영화주간에서는 답례로 한국 영화를 상영한다.",
            zh="东州国际电影节每年设立特别单元，展映五部云海新近影片并邀请导演与观众交流，云海电影周则相应展映韩国影片。",
        ),
        lead_agency_a="동주국제영화제 조직위원회",
        lead_agency_b="云海市电影局",
    ),
    PlanTheme(
        title=Text3(
            en="Sister library partnership and exchange of books",
            ko="자매 도서관 협약 및 도서 교류",
            zh="友好图书馆合作与图书交换",
        ),
        description=Text3(
            en="The central libraries of both cities exchange about one thousand books a year, open a partner-city reading corner and run joint online reading events for residents learning Korean or Chinese.",
            ko="양 도시 중앙도서관은 매년 도서 1,000여 권을 교환하고 상대 도시 도서 코너를 운영하며, 한국어 또는 중국어를 배우는 시민을 위한 온라인 독서 행사를 공동으로 개최한다.",
            zh="两市中心图书馆每年互换图书约一千册，开设对方城市图书专区，并为学习韩语或汉语的市民联合举办线上阅读活动。",
        ),
        lead_agency_a="동주시립중앙도서관",
        lead_agency_b="云海图书馆",
    ),
    PlanTheme(
        title=Text3(
            en="Artist-in-residence exchange for visual artists",
            ko="시각예술가 레지던시 교류",
            zh="视觉艺术家驻留交流项目",
        ),
        description=Text3(
            en="Each year three visual artists from each city spend three months at a residency studio in the partner city, ending with an open studio and a group exhibition of the works created there.",
            ko="매년 각 도시의 시각예술가 3명이 상대 도시 레지던시 스튜디오에서 3개월간 창작 활동을 하고, 오픈 스튜디오와 현지 창작 작품 단체전으로 마무리한다.",
            zh="两市每年各选派三名视觉艺术家赴对方城市驻留创作三个月，期满举办开放工作室活动和驻留作品联展。",
        ),
        lead_agency_a="동주문화재단",
        lead_agency_b="云海市文学艺术界联合会",
    ),
    PlanTheme(
        title=Text3(
            en="Joint concert of the two city symphony orchestras",
            ko="양 도시 교향악단 합동 연주회",
            zh="两市交响乐团联合音乐会",
        ),
        description=Text3(
            en="The Dongju City Symphony Orchestra and the Yunhai Symphony Orchestra give a joint concert every two years, alternating venues and commissioning a new work from a composer of the host city.",
            ko="동주시립교향악단과 운해교향악단은 격년으로 개최지를 번갈아 합동 연주회를 열고, 개최 도시 작곡가에게 신작을 위촉하여 초연한다.",
            zh="东州市立交响乐团与云海交响乐团每两年在两市轮流举办联合音乐会，并委约主办城市作曲家创作新作品进行首演。",
        ),
        lead_agency_a="동주시립교향악단",
        lead_agency_b="云海交响乐团",
    ),
    PlanTheme(
        title=Text3(
            en="Cooperation on the conservation of historic urban quarters",
            ko="역사 도심 보존 협력",
            zh="历史城区保护合作",
        ),
        description=Text3(
            en="Heritage officials and conservation architects from both cities hold an annual workshop and joint site surveys on the protection of historic quarters, producing shared guidelines for restoring traditional houses.",
            ko="양 도시 문화유산 담당 공무원과 보존 건축가들이 매년 워크숍과 현장 공동조사를 실시하여 역사지구 보호 방안을 논의하고, 전통가옥 보수를 위한 공동 지침을 마련한다.",
            zh="两市文物保护部门工作人员和保护建筑师每年举办研讨会并开展联合实地调研，探讨历史街区保护方法，共同制定传统民居修缮指引。",
        ),
        lead_agency_a="동주시 문화유산과",
        lead_agency_b="云海市文物局",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange of intangible cultural heritage masters and craftspeople",
            ko="무형유산 보유자 및 장인 교류",
            zh="非物质文化遗产传承人与工匠交流",
        ),
        description=Text3(
            en="Holders of intangible heritage skills such as pottery, lacquerware and paper-making visit the partner city each year to give demonstrations and master classes, fostering dialogue between the two craft traditions.",
            ko="도자기, 옻칠, 전통 종이 제작 등 무형유산 보유자들이 매년 상대 도시를 방문하여 시연과 전수 강좌를 진행하고, 양 도시 공예 전통 간 교류를 증진한다.",
            zh="陶瓷、漆器、造纸等非物质文化遗产传承人每年赴对方城市开展技艺展示和大师课，促进两市手工艺传统的交流互鉴。",
        ),
        lead_agency_a="동주시 무형유산전수관",
        lead_agency_b="云海市非物质文化遗产保护中心",
    ),
    PlanTheme(
        title=Text3(
            en="Translation and publication of contemporary literature from both cities",
            ko="양 도시 현대문학 번역 출간",
            zh="两市当代文学作品互译出版",
        ),
        description=Text3(
            en="The two cities jointly select four novels or poetry collections by local authors every year for translation and publication in the partner language, and hold book launches with the authors in both cities.",
            ko="양 도시는 매년 지역 작가의 소설 또는 시집 4편을 공동 선정하여 상대 언어로 번역·출간하고, 양 도시에서 작가와 함께하는 출간 기념 행사를 개최한다.",
            zh="两市每年共同遴选四部本地作家的小说或诗集，翻译成对方语言出版，并邀请作家在两市举办新书发布活动。",
        ),
        lead_agency_a="동주문학관",
        lead_agency_b="云海市作家协会",
    ),
    PlanTheme(
        title=Text3(
            en="Friendship sports games for amateur clubs",
            ko="생활체육 동호인 친선 경기대회",
            zh="业余体育俱乐部友谊赛",
        ),
        description=Text3(
            en="Amateur clubs in football, table tennis, badminton and basketball take part in friendship games held every two years in alternate cities, bringing together around three hundred athletes from both sides.",
            ko="축구, 탁구, 배드민턴, 농구 생활체육 동호회가 격년으로 양 도시를 번갈아 개최하는 친선 경기대회에 참가하며, 양측에서 선수 300여 명이 함께한다.",
            zh="足球、乒乓球、羽毛球和篮球业余俱乐部参加每两年在两市轮流举办的友谊赛，双方共约三百名运动员参赛。",
        ),
        lead_agency_a="동주시체육회",
        lead_agency_b="云海市体育局",
    ),
    PlanTheme(
        title=Text3(
            en="Mutual invitation of runners to the city marathons",
            ko="도시 마라톤 대회 상호 초청",
            zh="城市马拉松赛互邀参赛",
        ),
        description=Text3(
            en="Each city invites fifty runners from the partner city to its annual marathon, covering entry fees and accommodation, and promotes both races jointly to attract international participants.",
            ko="각 도시는 매년 개최하는 마라톤 대회에 상대 도시 주자 50명을 초청하여 참가비와 숙박을 지원하고, 두 대회를 공동 홍보하여 해외 참가자 유치를 도모한다.",
            zh="两市各邀请对方城市五十名跑者参加本市年度马拉松赛，承担报名费和住宿费用，并联合推广两项赛事以吸引国际参赛者。",
        ),
        lead_agency_a="동주시 체육진흥과",
        lead_agency_b="云海市体育总会",
    ),
    PlanTheme(
        title=Text3(
            en="Youth street culture festival of dance and music",
            ko="청소년 거리문화 축제",
            zh="青少年街头文化节",
        ),
        description=Text3(
            en="Young dancers, bands and graffiti artists from both cities meet at a two-day street culture festival each summer, held alternately in Dongju and Yunhai, with joint performances prepared through online rehearsals.",
            ko="양 도시 청소년 댄서, 밴드, 그래피티 작가들이 매년 여름 동주와 운해에서 번갈아 열리는 이틀간의 거리문화 축제에 모여, 온라인 연습을 거쳐 준비한 합동 공연을 선보인다.",
            zh="两市青少年舞者、乐队和涂鸦艺术家每年夏季相聚于在东州和云海轮流举办的为期两天的街头文化节，呈现通过线上排练准备的联合演出。",
        ),
        lead_agency_a="동주시청소년재단",
        lead_agency_b="共青团云海市委",
    ),
    PlanTheme(
        title=Text3(
            en="Food culture festival presenting the cuisines of both cities",
            ko="양 도시 음식문화 축제",
            zh="两市美食文化节",
        ),
        description=Text3(
            en="Chefs and restaurant associations of both cities run a three-day food culture festival each autumn, with cooking demonstrations, tasting booths and lectures on the history of local dishes.",
            ko="양 도시 요리사와 외식업 단체가 매년 가을 사흘간 음식문화 축제를 운영하여 요리 시연, 시식 부스, 향토 음식의 역사에 관한 강연을 진행한다.",
            zh="两市厨师和餐饮行业协会每年秋季联合举办为期三天的美食文化节，开展烹饪展示、美食品尝和地方菜肴历史讲座等活动。",
        ),
        lead_agency_a="동주시 관광정책과",
        lead_agency_b="云海市烹饪协会",
    ),
    PlanTheme(
        title=Text3(
            en="Co-production of a stage drama on the cities' shared history",
            ko="양 도시 공동 역사를 다룬 연극 공동제작",
            zh="以两市共同历史为题材的话剧联合制作",
        ),
        description=Text3(
            en="Theatre companies from Dongju and Yunhai co-produce a bilingual play on historical exchanges between the two port cities, premiering in one city and touring the other within the same season.",
            ko="동주와 운해의 극단이 두 항구도시 간 역사적 교류를 다룬 이중언어 연극을 공동 제작하여, 한 도시에서 초연한 뒤 같은 시즌 내 상대 도시에서 순회 공연한다.",
            zh="东州与云海剧团联合制作反映两座港口城市历史交往的双语话剧，在一市首演后于同一演出季赴另一市巡演。",
        ),
        lead_agency_a="동주시립극단",
        lead_agency_b="云海话剧院",
    ),
    PlanTheme(
        title=Text3(
            en="Joint heritage tourism trail linking historic sites",
            ko="역사 유적 연계 공동 문화관광 코스",
            zh="串联历史遗迹的联合文化旅游线路",
        ),
        description=Text3(
            en="The two cities design a themed trail connecting temples, old trading ports and museums associated with their historical ties, with bilingual guides, signage and a mobile app launched within two years.",
            ko="양 도시는 역사적 교류와 관련된 사찰, 옛 무역항, 박물관을 잇는 테마 코스를 개발하고, 2년 내 이중언어 해설, 안내표지, 모바일 앱을 선보인다.",
            zh="两市设计主题线路，串联与两地历史渊源相关的寺庙、古商港和博物馆，并在两年内推出双语讲解、导览标识和手机应用程序。",
        ),
        lead_agency_a="동주관광공사",
        lead_agency_b="云海市文化和旅游局",
    ),
    PlanTheme(
        title=Text3(
            en="Digital archive of cultural exchanges between the two cities",
            ko="양 도시 문화교류 디지털 아카이브 구축",
            zh="两市文化交流数字档案库建设",
        ),
        description=Text3(
            en="The city archives of both sides digitise photographs, programmes and recordings of past exchanges and publish them on a shared bilingual website, to be updated after every joint event.",
            ko="양측 시립 기록원이 과거 교류 행사의 사진, 프로그램, 녹음·녹화 자료를 디지털화하여 공동 이중언어 웹사이트에 공개하고, 공동 행사가 열릴 때마다 갱신한다.",
            zh="双方城市档案馆对以往交流活动的照片、节目单和音像资料进行数字化，并在共享的双语网站上公开，每次联合活动后及时更新。",
        ),
        lead_agency_a="동주시 기록원",
        lead_agency_b="云海市档案馆",
    ),
    PlanTheme(
        title=Text3(
            en="Calligraphy and ink painting exhibition by artists of both cities",
            ko="양 도시 작가 서예·수묵화 전시회",
            zh="两市艺术家书法水墨画展",
        ),
        description=Text3(
            en="Calligraphers' and ink painters' associations of both cities hold a joint exhibition every year, alternating venues, accompanied by a live calligraphy event in which artists write on a common theme.",
            ko="양 도시 서예가 및 수묵화가 협회가 매년 개최지를 번갈아 공동 전시회를 열고, 작가들이 공동 주제로 작품을 쓰는 현장 휘호 행사를 함께 진행한다.",
            zh="两市书法家协会和水墨画家协会每年在两市轮流举办联展，同时举办现场笔会，由艺术家围绕共同主题现场创作。",
        ),
        lead_agency_a="동주예술문화단체총연합회",
        lead_agency_b="云海市书法家协会",
    ),
    PlanTheme(
        title=Text3(
            en="Children's drawing contest and touring exhibition",
            ko="어린이 그림 공모전 및 순회 전시",
            zh="少儿绘画大赛及巡回展览",
        ),
        description=Text3(
            en="Primary school pupils in both cities submit drawings on the theme of the partner city, and sixty winning works are exhibited in libraries and community centres of both cities over the following year.",
            ko="양 도시 초등학생들이 상대 도시를 주제로 그림을 응모하고, 입상작 60점을 이듬해 양 도시 도서관과 주민센터에서 순회 전시한다.",
            zh="两市小学生以对方城市为主题投稿绘画作品，六十幅获奖作品于次年在两市图书馆和社区活动中心巡回展出。",
        ),
        lead_agency_a="동주시 문화예술과",
        lead_agency_b="云海市少年宫",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange of lantern displays at each city's lantern festival",
            ko="양 도시 등불축제 전통등 교환 전시",
            zh="两市灯会彩灯作品互展",
        ),
        description=Text3(
            en="Dongju's lotus lantern festival and Yunhai's Lantern Festival fair each host a pavilion of lanterns made by artisans of the partner city, introducing the two lantern traditions to hundreds of thousands of visitors.",
            ko="동주 연등축제와 운해 원소절 등불축제에 상대 도시 장인이 제작한 등 작품 전시관을 각각 설치하여, 수십만 관람객에게 양 도시의 등 문화를 소개한다.",
            zh="东州燃灯节和云海元宵灯会分别设立由对方城市工匠制作的彩灯展区，向数十万游客展示两市灯彩文化传统。",
        ),
        lead_agency_a="동주축제재단",
        lead_agency_b="云海市灯会组委会办公室",
    ),
    PlanTheme(
        title=Text3(
            en="Documentary co-production by the city broadcasters",
            ko="시 방송사 간 다큐멘터리 공동제작",
            zh="两市广播电视台联合制作纪录片",
        ),
        description=Text3(
            en="Dongju Broadcasting and Yunhai Radio and Television co-produce a two-part documentary on life in the partner city every two years, broadcast in both cities and released online with subtitles.",
            ko="동주방송과 운해라디오텔레비전방송국은 격년으로 상대 도시의 생활상을 담은 2부작 다큐멘터리를 공동 제작하여 양 도시에서 방송하고, 자막을 붙여 온라인으로 공개한다.",
            zh="东州广播公司与云海广播电视台每两年联合制作一部反映对方城市生活的两集纪录片，在两市播出并配字幕在网上发布。",
        ),
        lead_agency_a="동주방송",
        lead_agency_b="云海广播电视台",
    ),
    PlanTheme(
        title=Text3(
            en="Training exchange for cultural administrators and curators",
            ko="문화행정가 및 큐레이터 연수 교류",
            zh="文化管理人员和策展人培训交流",
        ),
        description=Text3(
            en="Ten cultural administrators and curators from each city attend a two-week training programme in the partner city each year, covering festival management, audience development and museum education.",
            ko="매년 각 도시의 문화행정가와 큐레이터 10명이 상대 도시에서 2주간 연수 프로그램에 참가하여 축제 운영, 관객 개발, 박물관 교육 등을 배운다.",
            zh="两市每年各选派十名文化管理人员和策展人赴对方城市参加为期两周的培训，内容涵盖节庆活动管理、观众拓展和博物馆教育。",
        ),
        lead_agency_a="동주시 문화정책과",
        lead_agency_b="云海市文化和旅游局",
    ),
    PlanTheme(
        title=Text3(
            en="Pop music concert celebrating the anniversary of sister-city ties",
            ko="자매도시 결연 기념 대중음악 콘서트",
            zh="友好城市结好纪念流行音乐会",
        ),
        description=Text3(
            en="Every five years, on the anniversary of the sister-city agreement, popular singers from both cities perform together at an open-air concert streamed live in both countries to reach younger audiences.",
            ko="5년마다 자매도시 결연 기념일에 양 도시 인기 가수들이 야외 합동 콘서트를 열고, 양국에 실시간 중계하여 젊은 세대와의 소통을 넓힌다.",
            zh="每五年在友好城市结好纪念日之际，两市知名歌手同台举办露天演唱会，并在两国同步网络直播，吸引更多年轻观众。",
        ),
        lead_agency_a="동주문화재단",
        lead_agency_b="云海演艺集团",
    ),
    PlanTheme(
        title=Text3(
            en="Joint mural and public art project in both cities",
            ko="양 도시 공동 벽화 및 공공미술 프로젝트",
            zh="两市联合壁画与公共艺术项目",
        ),
        description=Text3(
            en="Teams of muralists from both cities paint one large public mural in each city every year, working with residents of the chosen neighbourhood on designs that reflect the friendship between the cities.",
            ko="양 도시 벽화 작가팀이 매년 각 도시에 대형 공공벽화 1점씩을 제작하며, 선정된 동네 주민과 함께 양 도시의 우정을 담은 도안을 구상한다.",
            zh="两市壁画艺术家团队每年在各市创作一幅大型公共壁画，与所选社区居民共同构思体现两市友谊的图案。",
        ),
        lead_agency_a="동주시 도시디자인과",
        lead_agency_b="云海市城市管理局",
    ),
    PlanTheme(
        title=Text3(
            en="Establishment of cultural exchange centres in both cities",
            ko="양 도시 문화교류센터 설립",
            zh="在两市互设文化交流中心",
        ),
        description=Text3(
            en="Each city opens a permanent cultural centre in the other, offering exhibitions, language classes and performance space, to serve as a year-round base for exchanges and a meeting place for residents.",
            ko="각 도시는 상대 도시에 상설 문화교류센터를 설립하여 전시, 어학 강좌, 공연 공간을 제공하고, 연중 교류 거점이자 시민 소통 공간으로 운영한다.",
            zh="两市在对方城市设立常设文化交流中心，提供展览、语言课程和演出场地，作为常年开展交流活动的基地和市民交流场所。",
        ),
        lead_agency_a="동주시 국제협력과",
        lead_agency_b="云海市人民政府外事办公室",
    ),
    PlanTheme(
        title=Text3(
            en="Joint cultural cooperation fund for independent artists",
            ko="독립예술가 지원 공동 문화협력기금",
            zh="支持独立艺术家的联合文化合作基金",
        ),
        description=Text3(
            en="The two cities establish a jointly financed fund that supports about fifteen cross-border projects by independent artists and small companies each year, selected by a mixed jury of experts from both sides.",
            ko="양 도시는 공동 출연 기금을 조성하여 매년 독립예술가와 소규모 예술단체의 양 도시 협업 과제 15건 내외를 지원하며, 양측 전문가로 구성된 공동 심사위원회가 지원 대상을 선정한다.",
            zh="两市共同出资设立基金，每年资助约十五个由独立艺术家和小型艺术团体开展的跨城合作项目，由双方专家组成的联合评审委员会评选。",
        ),
        lead_agency_a="동주문화재단",
        lead_agency_b="云海市文化和旅游局",
    ),
    PlanTheme(
        title=Text3(
            en="Citizen cultural exchange tours for residents",
            ko="시민 문화교류 탐방단 운영",
            zh="市民文化交流访问团",
        ),
        description=Text3(
            en="Each year each city selects one hundred residents by open application to join a five-day cultural tour of the partner city, including homestays, visits to heritage sites and meetings with local community groups.",
            ko="각 도시는 매년 공개 모집으로 시민 100명을 선발하여 상대 도시를 5일간 탐방하게 하며, 홈스테이, 유적지 방문, 지역 공동체 단체와의 만남 등을 진행한다.",
            zh="两市每年通过公开招募各选拔一百名市民，赴对方城市开展为期五天的文化访问，安排家庭寄宿、参观文化遗址以及与当地社区团体交流等活动。",
        ),
        lead_agency_a="동주국제교류재단",
        lead_agency_b="云海市人民对外友好协会",
    ),
    PlanTheme(
        title=Text3(
            en="Friendship Go tournament between players of both cities",
            ko="양 도시 바둑 친선 대회",
            zh="两市围棋友谊赛",
        ),
        description=Text3(
            en="Professional and amateur Go players from Dongju and Yunhai compete in an annual friendship tournament, alternating venues, with a youth division and simultaneous games in which professionals play local children.",
            ko="동주와 운해의 프로 및 아마추어 바둑 기사들이 매년 개최지를 번갈아 친선 대회를 열고, 청소년부 경기와 프로 기사가 지역 어린이들과 대국하는 다면기 행사를 함께 진행한다.",
            zh="东州与云海职业和业余棋手每年在两市轮流举行围棋友谊赛，设立青少年组，并举办职业棋手与当地儿童对弈的车轮战活动。",
        ),
        lead_agency_a="동주시바둑협회",
        lead_agency_b="云海棋院",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange visits of taekwondo and wushu demonstration teams",
            ko="태권도·무술 시범단 교류 방문",
            zh="跆拳道与武术表演团交流互访",
        ),
        description=Text3(
            en="Taekwondo demonstration teams from Dongju and wushu troupes from Yunhai visit each other's city every year, giving public demonstrations and joint training sessions for young practitioners.",
            ko="동주 태권도 시범단과 운해 무술 공연단이 매년 상대 도시를 방문하여 공개 시범 공연을 선보이고, 청소년 수련생을 위한 합동 훈련을 진행한다.",
            zh="东州跆拳道表演团和云海武术表演团每年互访对方城市，举办公开展演，并为青少年习练者开展联合训练。",
        ),
        lead_agency_a="동주시태권도협회",
        lead_agency_b="云海市武术协会",
    ),
]
