"""MOU titles, meeting outcomes and exchange activity descriptions of the demo committee."""

from secretariat.demo_text import Text3

MOU_TITLES: list[Text3] = [
    Text3(
        "Agreement on the establishment of the Dongju–Yunhai Joint Committee for Exchanges and Cooperation",
        "동주–운해 교류협력 공동위원회 설립에 관한 합의서",
        "关于成立东州—云海交流合作联合委员会的协议",
    ),
    Text3(
        "Agreement on strengthening friendship and administrative cooperation between Dongju and Yunhai",
        "동주시와 운해시 간 우호 증진 및 행정 협력 강화에 관한 협약",
        "东州市与云海市关于深化友好关系和加强行政合作的协议",
    ),
    Text3(
        "Memorandum of understanding on environmental cooperation",
        "환경 협력에 관한 양해각서",
        "环境合作谅解备忘录",
    ),
    Text3(
        "Memorandum of understanding on joint action against air pollution and fine dust",
        "대기오염 및 미세먼지 공동 대응에 관한 양해각서",
        "关于大气污染联防联控合作的谅解备忘录",
    ),
    Text3(
        "Agreement on youth exchange programmes",
        "청소년 교류 프로그램에 관한 협약",
        "青少年交流项目协议",
    ),
    Text3(
        "Agreement on the mutual dispatch of civil servants for long-term training",
        "공무원 장기연수 상호 파견에 관한 협약",
        "关于互派公务员长期研修的协议",
    ),
    Text3(
        "MOU on cooperation in health and medical services",
        "보건의료 분야 협력에 관한 양해각서",
        "卫生健康领域合作谅解备忘录",
    ),
    Text3(
        "Memorandum of understanding on economic, trade and investment cooperation",
        "경제·통상·투자 협력에 관한 양해각서",
        "经贸与投资合作谅解备忘录",
    ),
    Text3(
        "Agreement on cultural, tourism and sports exchange",
        "문화·관광·체육 교류에 관한 협약",
        "文化、旅游和体育交流协议",
    ),
    Text3(
        "MOU on education cooperation and sister-school partnerships",
        "교육 협력 및 자매학교 결연에 관한 양해각서",
        "教育合作与友好学校结对谅解备忘录",
    ),
]

MEETING_OUTCOMES: list[Text3] = [
    # Secretariat level
    Text3(
        "The two secretariats agreed the draft agenda and programme for the next conference. Each team will submit its proposed plans within four weeks, and the host secretariat will circulate a consolidated draft for comment.",
        "양측 사무국은 차기 회의의 의제안과 일정안에 합의함. 각 팀은 4주 이내에 추진계획안을 제출하고, 개최도시 사무국이 이를 취합하여 의견 수렴용 통합안을 배포하기로 함.",
        "双方秘书处就下届会议议程和日程草案达成一致。各工作组将在四周内提交拟议计划，由主办城市秘书处汇总后分发综合草案征求意见。",
    ),
    Text3(
        "Given the current circumstances, both sides agreed to postpone the conference originally planned for this year and to keep working-level contacts open. The secretariats will propose new dates once conditions allow.",
        "현재 여건을 고려하여 양측은 당초 올해 개최 예정이던 회의를 연기하되 실무 채널은 계속 유지하기로 함. 여건이 조성되는 대로 양 사무국이 새 일정을 제안하기로 함.",
        "鉴于当前形势，双方同意推迟原定于今年召开的会议，同时保持工作层面沟通渠道畅通。待条件具备后，由双方秘书处提出新的会期。",
    ),
    Text3(
        "Because of the COVID-19 pandemic, the two sides agreed to postpone the conference planned for May and to hold team meetings by video call in the meantime. The new date will be reviewed every three months.",
        "코로나19 대유행으로 인해 양측은 5월 개최 예정이던 회의를 연기하고, 그동안 팀별 회의는 화상으로 진행하기로 함. 개최 일정은 3개월마다 재검토하기로 함.",
        "受新冠肺炎疫情影响，双方同意推迟原定于5月召开的会议，其间各工作组会议改以视频方式举行。新会期每三个月研究一次。",
    ),
    Text3(
        "First secretariat video call since travel was suspended. Both sides agreed to hold a video call on the first Tuesday of every month and to circulate a short written update from each team beforehand.",
        "출입국 제한 이후 첫 사무국 화상회의를 개최함. 양측은 매월 첫째 주 화요일에 화상회의를 열고, 회의 전에 각 팀의 간략한 서면 현황을 공유하기로 함.",
        "自人员往来暂停以来首次召开秘书处视频会议。双方商定每月第一个星期二举行视频会议，并在会前分发各工作组简要书面进展。",
    ),
    Text3(
        "The secretariats reviewed implementation of the plans agreed at the last conference: most are on track, four are delayed and two will be proposed for closure. Team leads will send updated status notes within two weeks.",
        "양 사무국은 지난 회의에서 합의한 추진계획의 이행 상황을 점검함. 대부분 정상 추진 중이나 4건은 지연되고 있으며 2건은 종료를 제안하기로 함. 각 팀장은 2주 이내에 최신 현황 자료를 제출하기로 함.",
        "双方秘书处审议了上届会议商定计划的落实情况：大部分计划按期推进，四项有所滞后，两项拟提议结项。各组负责人将在两周内提交最新进展说明。",
    ),
    Text3(
        "Agreed that all conference documents will be prepared in Korean and Chinese with an English reference copy. The Yunhai secretariat will check the Chinese translation of the joint statement and return comments within ten days.",
        "모든 회의 문서는 한국어와 중국어로 작성하고 영어본은 참고용으로 첨부하기로 함. 운해시 사무국은 공동성명 중국어 번역본을 검토하여 10일 이내에 의견을 회신하기로 함.",
        "商定所有会议文件以韩文和中文编写，并附英文参考文本。云海市秘书处负责审校联合声明中文译本，并在十天内反馈意见。",
    ),
    Text3(
        "Both secretariats agreed to build a shared glossary of committee terms in Korean, Chinese and English, starting with team names and plan statuses. The Dongju secretariat will circulate the first draft.",
        "양 사무국은 팀 명칭과 추진계획 상태 용어를 시작으로 위원회 용어의 한·중·영 공동 용어집을 구축하기로 함. 초안은 동주시 사무국이 배포하기로 함.",
        "双方秘书处商定编制委员会韩、中、英三语通用术语表，首先统一工作组名称和计划状态用语，初稿由东州市秘书处分发。",
    ),
    Text3(
        "The secretariats agreed to propose a new Health and Medical team at the next conference. The two health authorities will nominate team leads and draft an initial list of plans before the preparatory meeting.",
        "양 사무국은 차기 회의에서 보건의료팀 신설을 제안하기로 함. 양 도시 보건 당국은 준비회의 전까지 팀장을 추천하고 초기 추진계획 목록을 작성하기로 함.",
        "双方秘书处商定在下届会议上提议新设卫生健康工作组。两市卫生健康主管部门将在筹备会议前推荐组长人选，并拟订初步计划清单。",
    ),
    Text3(
        "Agreed on the size of delegations (up to 30 members per side), the format of the signing ceremony and the joint press release. The host secretariat will confirm hotel and interpretation arrangements within three weeks.",
        "대표단 규모(측별 30명 이내), 서명식 형식, 공동 보도자료에 합의함. 개최도시 사무국은 3주 이내에 숙소와 통역 준비 사항을 확정하기로 함.",
        "双方就代表团规模（每方不超过30人）、签字仪式形式和联合新闻稿达成一致。主办城市秘书处将在三周内确认住宿和翻译安排。",
    ),
    Text3(
        "Both sides confirmed that working-level exchanges will resume, beginning with team video calls next month. The secretariats will draft a revised timetable for the postponed conference.",
        "양측은 실무 교류를 재개하기로 확인하고 다음 달 팀별 화상회의부터 시작하기로 함. 양 사무국은 연기된 회의의 수정 일정표 초안을 마련하기로 함.",
        "双方确认恢复工作层面交流，自下月起首先举行各工作组视频会议。双方秘书处将拟订延期会议的新时间表草案。",
    ),
    Text3(
        "Agreed to publish a joint annual report on committee activities in three languages. Each team will send two pages of text and photographs to the secretariat by the end of the quarter.",
        "위원회 활동에 관한 공동 연례보고서를 3개 언어로 발간하기로 함. 각 팀은 분기 말까지 2쪽 분량의 원고와 사진을 사무국에 제출하기로 함.",
        "商定以三种语言发布委员会年度联合报告。各工作组于本季度末前向秘书处提交两页文稿及相关照片。",
    ),
    Text3(
        "Updated the list of team focal points after staff rotation on both sides. The secretariats will confirm it in writing and share it with all teams within one week.",
        "양측 인사이동에 따라 팀별 담당자 연락처를 갱신함. 양 사무국은 이를 서면으로 확인하여 1주일 이내에 모든 팀에 공유하기로 함.",
        "根据双方人员调整情况更新了各工作组联络人名单。双方秘书处将以书面形式确认，并在一周内分发至各工作组。",
    ),
    # Economy team
    Text3(
        "The Economy team agreed to hold a joint investment seminar for small and medium-sized enterprises in Yunhai. Each side will recruit at least fifteen companies, and the two trade promotion agencies will lead preparations.",
        "경제팀은 운해시에서 중소기업 대상 공동 투자설명회를 개최하기로 함. 양측은 각각 15개 이상 기업을 모집하고, 양 도시 무역진흥기관이 준비를 주관하기로 함.",
        "经济组商定在云海联合举办中小企业投资推介会。双方各组织不少于十五家企业参加，筹备工作由两市贸易促进机构牵头。",
    ),
    Text3(
        "Agreed to exchange lists of startup incubators and to arrange a two-day visit programme for ten startups from each city. The Dongju Economic Policy Division will share a draft programme within a month.",
        "창업보육기관 목록을 교환하고 양 도시 스타트업 각 10개사를 대상으로 2일간의 방문 프로그램을 마련하기로 함. 동주시 경제정책과가 한 달 이내에 프로그램 초안을 공유하기로 함.",
        "商定交换创业孵化机构名单，并为两市各十家初创企业安排为期两天的考察项目。东州市经济政策科将在一个月内提供项目方案草案。",
    ),
    Text3(
        "The Economy team reviewed the joint tourism promotion plan and agreed to share visitor statistics every quarter and to set up joint booths at each other's travel fairs.",
        "경제팀은 관광 공동마케팅 계획을 점검하고, 분기마다 관광객 통계를 공유하며 상대 도시 관광박람회에 공동 홍보관을 운영하기로 함.",
        "经济组审议了旅游联合推广计划，商定每季度共享游客统计数据，并在对方城市旅游博览会上设立联合展位。",
    ),
    Text3(
        "Agreed to hold a video call between the two cities' investment agencies on cross-border e-commerce. The Yunhai Commerce Bureau will present its logistics pilot and Dongju will report on its export support measures.",
        "국경 간 전자상거래를 주제로 양 도시 투자유치기관 간 화상회의를 개최하기로 함. 운해시 상무국은 물류 시범사업을, 동주시는 수출 지원 정책을 발표하기로 함.",
        "商定两市投资促进机构就跨境电子商务举行视频会议。云海市商务局介绍物流试点情况，东州市介绍出口支持措施。",
    ),
    Text3(
        "The team agreed to merge its two smart-city plans into one joint plan for the next conference and asked the technology agencies on both sides to submit a revised description within three weeks.",
        "경제팀은 스마트시티 관련 추진계획 2건을 차기 회의용 공동계획 1건으로 통합하기로 하고, 양측 기술 관련 기관에 3주 이내에 수정된 계획 설명을 제출하도록 요청함.",
        "经济组商定将两项智慧城市相关计划合并为一项联合计划提交下届会议，并请双方科技部门在三周内提交修订后的计划说明。",
    ),
    Text3(
        "Agreed that the economic forum postponed during the pandemic will be held online, with three panels on green industry, digital trade and tourism recovery. The secretariats will arrange interpretation.",
        "코로나19 기간 중 연기된 경제포럼을 온라인으로 개최하고, 녹색산업·디지털 무역·관광 회복의 3개 세션으로 구성하기로 함. 통역은 양 사무국이 준비하기로 함.",
        "商定将疫情期间推迟的经济论坛改为线上举办，设绿色产业、数字贸易和旅游复苏三个议题单元，由双方秘书处负责翻译安排。",
    ),
    # Culture team
    Text3(
        "The Culture team agreed to hold a Dongju Culture Week in Yunhai, including a traditional music concert and a photo exhibition. Detailed programmes will be exchanged within six weeks.",
        "문화팀은 전통음악 공연과 사진전을 포함한 동주 문화주간 행사를 운해시에서 개최하기로 함. 세부 프로그램은 6주 이내에 상호 교환하기로 함.",
        "文化组商定在云海举办“东州文化周”，内容包括传统音乐演出和摄影展。双方将在六周内交换详细活动方案。",
    ),
    Text3(
        "Agreed to co-produce a bilingual exhibition on the history of the two cities' old quarters. Museums on both sides will select objects and draft captions before the next working meeting.",
        "양 도시 구도심의 역사를 조명하는 2개 언어 공동 전시를 제작하기로 함. 양측 박물관은 다음 실무회의 전까지 전시품을 선정하고 설명문 초안을 작성하기로 함.",
        "商定联合制作反映两市历史老城区的双语展览。双方博物馆将在下次工作会议前选定展品并起草展品说明。",
    ),
    Text3(
        "The team reviewed the artist residency exchange and agreed to expand it to four artists per side, each staying six weeks. Calls for applications will open at the same time in both cities.",
        "문화팀은 예술가 레지던시 교류를 점검하고 측별 4명, 1인당 6주 체류로 확대하기로 함. 참가자 모집은 양 도시에서 동시에 공고하기로 함.",
        "文化组审议了艺术家驻留交流项目，商定扩大至每方四名艺术家、每人驻留六周，两市将同时发布招募公告。",
    ),
    Text3(
        "Agreed on the programme of the joint traditional performing arts festival. The Yunhai Culture and Tourism Bureau will cover local transport and venues, and Dongju will cover international travel for its troupe.",
        "전통공연예술 공동축제 프로그램에 합의함. 운해시 문화관광국은 현지 교통과 공연장을, 동주시는 소속 공연단의 국제 이동 경비를 부담하기로 함.",
        "双方就传统表演艺术联合节庆活动方案达成一致。云海市文化和旅游局负责当地交通和演出场地，东州市承担本市演出团组的国际旅费。",
    ),
    Text3(
        "Agreed to hold film weeks in alternate years and to share subtitle files. The film commissions will each confirm a selection of six films before the end of the quarter.",
        "영화주간을 격년으로 교차 개최하고 자막 파일을 공유하기로 함. 양측 영상위원회는 분기 말까지 각각 상영작 6편을 확정하기로 함.",
        "商定隔年轮流举办电影周并共享字幕文件。双方影视机构将在本季度末前各确定六部放映影片。",
    ),
    Text3(
        "Because of travel restrictions, the team agreed to move the joint concert online and stream it on both cities' official channels. Recordings will carry Korean and Chinese subtitles.",
        "이동 제한으로 인해 공동 음악회를 온라인으로 전환하여 양 도시 공식 채널로 중계하기로 함. 녹화 영상에는 한국어와 중국어 자막을 넣기로 함.",
        "受出行限制影响，文化组商定将联合音乐会改为线上举办，并通过两市官方平台直播，录像将配韩文和中文字幕。",
    ),
    # Education team
    Text3(
        "The Education team agreed to pair five more secondary schools from each city and to launch online joint classes next semester. The two education offices will match the schools by the end of the month.",
        "교육팀은 양 도시 중등학교 5개교씩을 추가로 결연하고 다음 학기부터 온라인 공동수업을 시작하기로 함. 학교 매칭은 양측 교육청이 이달 말까지 완료하기로 함.",
        "教育组商定两市再各增加五所中学结为友好学校，并于下学期启动线上联合课程。学校配对由双方教育部门在本月底前完成。",
    ),
    Text3(
        "Agreed to exchange ten teachers of Korean and Chinese for two-week training. The Dongju Office of Education will host the first group and share the programme three weeks in advance.",
        "한국어·중국어 교사 10명씩을 2주간 연수 형식으로 교류하기로 함. 첫 연수단은 동주시교육청이 초청하며, 3주 전까지 연수 프로그램을 공유하기로 함.",
        "商定两市各派十名韩语和汉语教师开展为期两周的培训交流。首批由东州市教育厅接待，并提前三周提供培训日程。",
    ),
    Text3(
        "The team reviewed the summer youth camp and agreed to keep the group size at twenty students and four teachers per side. The host side will update the safety guidelines.",
        "교육팀은 하계 청소년 캠프를 점검하고 측별 학생 20명과 교사 4명의 규모를 유지하기로 함. 안전 지침은 개최 측이 갱신하기로 함.",
        "教育组审议了夏季青少年营活动，商定维持每方学生二十名、教师四名的规模，安全指南由主办方负责更新。",
    ),
    Text3(
        "Agreed to set up a joint university scholarship for exchange students, starting with five places per city. The universities' international offices will draft selection criteria within two months.",
        "교환학생을 위한 대학 공동장학금을 신설하여 도시별 5명으로 시작하기로 함. 대학 국제교류처가 2개월 이내에 선발 기준 초안을 마련하기로 함.",
        "商定设立面向交换生的高校联合奖学金，首期每市五个名额。相关高校国际交流处将在两个月内起草选拔标准。",
    ),
    Text3(
        "Agreed to exchange vocational curricula in nursing and digital skills and to hold a video call between the two partner vocational colleges next month.",
        "간호 및 디지털 기술 분야 직업교육 교육과정을 교환하고, 다음 달 양 도시 결연 직업전문대학 간 화상회의를 개최하기로 함.",
        "商定交换护理和数字技能领域的职业教育课程，并于下月举行两市结对职业院校视频会议。",
    ),
    Text3(
        "The team agreed to translate the joint teaching materials on the two cities' history into Korean and Chinese. Teachers from both sides will review the translations before printing.",
        "교육팀은 양 도시 역사에 관한 공동 교재를 한국어와 중국어로 번역하기로 함. 번역본은 인쇄 전에 양측 교사들이 검토하기로 함.",
        "教育组商定将介绍两市历史的联合教材译成韩文和中文，译本在付印前由双方教师审校。",
    ),
    # Environment team
    Text3(
        "The Environment team agreed to start exchanging hourly air quality data through the shared platform from next month. Both monitoring centres will test the data link within two weeks.",
        "환경팀은 다음 달부터 공동 플랫폼을 통해 시간별 대기질 자료를 교환하기로 함. 양측 측정센터는 2주 이내에 자료 연계를 시험하기로 함.",
        "环境组商定自下月起通过共享平台交换逐小时空气质量数据。双方监测中心将在两周内完成数据对接测试。",
    ),
    Text3(
        "Agreed on the agenda of the joint fine dust seminar, with sessions on transport emissions and winter heating. The Yunhai Ecology and Environment Bureau will host it and send invitations six weeks in advance.",
        "미세먼지 공동 세미나의 의제에 합의하고 교통 배출과 동절기 난방을 세션 주제로 정함. 운해시 생태환경국이 세미나를 주관하고 6주 전까지 초청장을 발송하기로 함.",
        "双方就大气污染防治联合研讨会议程达成一致，设交通排放和冬季供暖两个议题单元。研讨会由云海市生态环境局主办，并提前六周发出邀请。",
    ),
    Text3(
        "The team reviewed the waste sorting plan and agreed to add a site visit to food waste facilities. The Dongju Resource Circulation Division will propose dates.",
        "환경팀은 생활폐기물 분리배출 계획을 점검하고 음식물류 폐기물 처리시설 현장 방문을 추가하기로 함. 방문 일정은 동주시 자원순환과가 제안하기로 함.",
        "环境组审议了垃圾分类计划，商定增加对餐厨垃圾处理设施的实地考察，考察日期由东州市资源循环科提出。",
    ),
    Text3(
        "Agreed to plant the next section of the friendship forest in spring with about 200 participants. Both sides will confirm their delegation lists four weeks before the event.",
        "봄에 약 200명이 참여하는 우호의 숲 다음 구역 식재 행사를 실시하기로 함. 양측은 행사 4주 전까지 참가자 명단을 확정하기로 함.",
        "商定于春季组织约200人参加友谊林下一片区植树活动。双方将在活动前四周确认代表团名单。",
    ),
    Text3(
        "Agreed to prepare a joint report on carbon neutrality progress for the next conference. Each city will submit its emissions data and key measures to the secretariat within two months.",
        "차기 회의에 보고할 탄소중립 추진 현황 공동보고서를 작성하기로 함. 각 도시는 2개월 이내에 온실가스 배출 자료와 주요 정책을 사무국에 제출하기로 함.",
        "商定为下届会议编写碳中和进展联合报告。两市在两个月内向秘书处提交温室气体排放数据和主要措施。",
    ),
    Text3(
        "Held by video call. The two sides agreed to replace the on-site green building study tour with an online workshop and to share recorded site visits in advance.",
        "화상회의로 진행함. 양측은 녹색건축 현장 연수를 온라인 워크숍으로 대체하고, 현장 견학 영상을 사전에 공유하기로 함.",
        "本次会议以视频方式举行。双方商定以线上研讨会替代绿色建筑实地考察，并提前共享现场参观录像。",
    ),
    # Health team
    Text3(
        "The Health team agreed its first work plan, covering hospital partnerships, emergency medicine and traditional medicine. Team leads will report progress at a video call every two months.",
        "보건의료팀은 병원 간 협력, 응급의료, 전통의학을 포함한 첫 업무계획에 합의함. 팀장은 두 달마다 화상회의에서 추진 상황을 보고하기로 함.",
        "卫生健康组通过首份工作计划，内容涵盖医院合作、急救医疗和传统医药。组长将每两个月在视频会议上报告进展。",
    ),
    Text3(
        "Agreed to run the first clinical training exchange with five nurses per side for three months. Dongju Medical Center and Yunhai First People's Hospital will arrange the placements.",
        "측별 간호사 5명이 참여하는 3개월 과정의 첫 임상연수 교류를 실시하기로 함. 연수 배치는 동주의료원과 운해시 제1인민병원이 담당하기로 함.",
        "商定开展首期临床进修交流，每方派出五名护士，为期三个月，由东州医疗院和云海市第一人民医院负责具体安排。",
    ),
    Text3(
        "Agreed to share weekly infectious disease surveillance summaries and to name a duty contact on each side. The arrangement will be reviewed after three months.",
        "감염병 감시 주간 요약 자료를 공유하고 양측에 당직 연락 담당자를 지정하기로 함. 이 방식은 3개월 후 재검토하기로 함.",
        "商定每周共享传染病监测摘要，双方各指定一名值班联络人。该机制运行三个月后进行评估。",
    ),
    Text3(
        "The team agreed the scenario and timing of the joint public health tabletop exercise. The Dongju Citizen Health Bureau will circulate the exercise plan within four weeks.",
        "보건의료팀은 공중보건 위기 공동 도상훈련의 시나리오와 실시 시기에 합의함. 훈련 계획은 동주시 시민건강국이 4주 이내에 배포하기로 함.",
        "卫生健康组就突发公共卫生事件联合桌面推演的情景和时间安排达成一致。东州市市民健康局将在四周内分发演练方案。",
    ),
]

ACTIVITY_DESCRIPTIONS: dict[str, list[Text3]] = {
    "administrative": [
        Text3(
            "Delegation of district mayors visited the partner city's integrated smart-city control centre",
            "자치구청장 대표단, 상대 도시 스마트시티 통합관제센터 방문",
            "区长代表团参观对方城市智慧城市综合指挥中心",
        ),
        Text3(
            "Mayor-level delegation held talks on the committee's priorities and signed a joint statement",
            "시장급 대표단, 위원회 중점 과제 회담 및 공동성명 서명",
            "市长级代表团就委员会重点工作举行会谈并签署联合声明",
        ),
        Text3(
            "Exchange of city planning officials studying urban regeneration projects in historic city centres",
            "역사 도심 도시재생 사업 시찰을 위한 도시계획 공무원 교류",
            "两市城市规划官员开展交流，考察历史城区城市更新项目",
        ),
        Text3(
            "Joint workshop of secretariat staff on conference preparation and document translation procedures",
            "회의 준비 및 문서 번역 절차에 관한 사무국 직원 공동 워크숍",
            "双方秘书处工作人员就会议筹备和文件翻译流程举办联合工作坊",
        ),
        Text3(
            "Official delegation studied the partner city's online civil service portal and citizen complaint system",
            "공무원 대표단, 상대 도시 온라인 민원 포털 및 시민 불편 신고 체계 시찰",
            "政府代表团考察对方城市网上政务服务平台和市民诉求办理机制",
        ),
        Text3(
            "Exchange of disaster management officials on flood response and emergency command systems",
            "홍수 대응 및 재난 지휘체계에 관한 재난관리 공무원 교류",
            "两市应急管理官员就防汛应对和应急指挥体系开展交流",
        ),
    ],
    "youth": [
        Text3(
            "Twenty high-school students joined a week-long summer camp hosted by the partner city",
            "고등학생 20명, 상대 도시 주최 1주일 하계 캠프 참가",
            "20名高中生参加由对方城市举办的为期一周的夏令营",
        ),
        Text3(
            "Joint youth forum on climate action with university students from both cities",
            "양 도시 대학생이 참여한 기후행동 주제 청소년 공동 포럼",
            "两市大学生共同参加以气候行动为主题的青年论坛",
        ),
        Text3(
            "Youth orchestra members from both cities rehearsed together and gave a joint concert",
            "양 도시 청소년 오케스트라 단원 합동 연습 및 공동 연주회",
            "两市青少年管弦乐团成员共同排练并举办联合音乐会",
        ),
        Text3(
            "Exchange of youth football teams for a friendly tournament and homestay programme",
            "청소년 축구팀 친선 대회 및 홈스테이 교류",
            "两市青少年足球队开展友谊赛及寄宿家庭交流活动",
        ),
        Text3(
            "Online language and culture exchange sessions for middle-school pupils during the winter holidays",
            "겨울방학 중 중학생 대상 온라인 언어·문화 교류 수업",
            "寒假期间为初中生举办线上语言文化交流课程",
        ),
        Text3(
            "Joint youth volunteer programme at the friendship forest and local welfare centres",
            "우호의 숲 및 지역 복지시설 청소년 공동 자원봉사",
            "青少年在友谊林和当地福利机构共同开展志愿服务活动",
        ),
    ],
    "people": [
        Text3(
            "Two civil servants began a one-year training placement in the partner city's international relations division",
            "공무원 2명, 상대 도시 국제교류 부서에서 1년 장기연수 시작",
            "两名公务员赴对方城市国际交流部门开始为期一年的研修",
        ),
        Text3(
            "Environmental official completed six months of training in the partner city's air quality department",
            "환경 분야 공무원, 상대 도시 대기질 담당 부서에서 6개월 연수 수료",
            "一名生态环境领域公务员在对方城市大气环境管理部门完成为期六个月的研修",
        ),
        Text3(
            "Civil servants on long-term training presented their findings to the host city's senior officials",
            "장기연수 공무원, 연수 도시 간부 대상 연수 결과 발표",
            "长期研修公务员向接收城市领导汇报研修成果",
        ),
        Text3(
            "Exchange of language instructors for civil servants' Korean and Chinese courses",
            "공무원 한국어·중국어 과정 강사 교류",
            "两市互派面向公务员的韩语和汉语课程讲师",
        ),
        Text3(
            "Former long-term trainees from both cities met at an alumni gathering to share experiences",
            "양 도시 장기연수 수료 공무원 동문 모임 및 경험 공유",
            "两市往届长期研修学员举行校友交流会，分享工作经验",
        ),
        Text3(
            "A nurse and an emergency physician completed three-month placements at the partner city's public hospital",
            "간호사·응급의학과 의사, 상대 도시 공공병원에서 3개월 연수 수료",
            "一名护士和一名急诊科医生在对方城市公立医院完成为期三个月的进修",
        ),
    ],
    "culture": [
        Text3(
            "Traditional music ensemble performed at the partner city's spring culture festival",
            "전통음악 연주단, 상대 도시 봄 문화축제 공연",
            "传统音乐团在对方城市春季文化节上演出",
        ),
        Text3(
            "Joint photo exhibition on the two cities' landscapes opened at the city hall gallery",
            "양 도시 풍경을 담은 공동 사진전, 시청 갤러리에서 개막",
            "展现两市风貌的联合摄影展在市政府展厅开幕",
        ),
        Text3(
            "Exchange of museum curators to prepare a joint exhibition on ancient ceramics",
            "고대 도자기 공동 전시 준비를 위한 박물관 학예사 교류",
            "两市互派博物馆策展人筹备古代陶瓷联合展览",
        ),
        Text3(
            "Film week screening six contemporary films with Korean and Chinese subtitles",
            "한국어·중국어 자막 현대 영화 6편 상영 영화주간",
            "举办电影周，放映六部配有韩文和中文字幕的当代影片",
        ),
        Text3(
            "Artists from both cities completed a six-week residency and held a closing exhibition",
            "양 도시 예술가 6주 레지던시 수료 및 결과 전시회",
            "两市艺术家完成为期六周的驻留创作并举办成果展",
        ),
        Text3(
            "Joint concert streamed online on both cities' official channels during travel restrictions",
            "이동 제한 기간 중 양 도시 공식 채널로 공동 음악회 온라인 중계",
            "出行受限期间，联合音乐会通过两市官方平台线上直播",
        ),
    ],
    "economy": [
        Text3(
            "Business delegation of fifteen small firms attended investment meetings and a trade fair",
            "중소기업 15개사 경제사절단, 투자 상담회 및 무역박람회 참가",
            "由十五家中小企业组成的经贸代表团参加投资洽谈会和贸易博览会",
        ),
        Text3(
            "Joint tourism promotion roadshow presented travel packages combining visits to both cities",
            "양 도시 연계 여행상품을 소개하는 관광 공동 홍보 로드쇼",
            "举办旅游联合推介会，推介串联两市的旅游线路产品",
        ),
        Text3(
            "Startup founders visited incubators and pitched to investors at a demo day",
            "스타트업 창업자, 창업보육센터 방문 및 데모데이 투자 유치 발표",
            "初创企业创始人参观孵化机构，并在路演日上向投资人推介项目",
        ),
        Text3(
            "Exchange of investment promotion officials on attracting foreign companies to industrial parks",
            "산업단지 외국기업 유치에 관한 투자유치 담당 공무원 교류",
            "两市投资促进官员就产业园区吸引外资企业开展交流",
        ),
        Text3(
            "Joint seminar on cross-border e-commerce and logistics for local exporters",
            "지역 수출기업 대상 국경 간 전자상거래·물류 공동 세미나",
            "面向本地出口企业举办跨境电子商务与物流联合研讨会",
        ),
        Text3(
            "Delegation studied smart-city solutions and met technology companies in the partner city's innovation district",
            "대표단, 상대 도시 혁신지구에서 스마트시티 솔루션 시찰 및 기술기업 면담",
            "代表团在对方城市创新园区考察智慧城市解决方案，并与科技企业座谈",
        ),
    ],
    "education": [
        Text3(
            "Principals of paired secondary schools signed sister-school agreements and observed classes",
            "결연 중등학교 교장단, 자매학교 협약 체결 및 수업 참관",
            "结对中学校长签署友好学校协议并观摩课堂教学",
        ),
        Text3(
            "Ten language teachers attended a two-week teacher training course in the partner city",
            "어학 교사 10명, 상대 도시 2주 교원 연수 참가",
            "十名语言教师赴对方城市参加为期两周的教师培训",
        ),
        Text3(
            "Joint online classes linked pupils of both cities for lessons on history and science",
            "양 도시 학생 대상 역사·과학 온라인 공동수업",
            "两市学生通过线上联合课堂共同学习历史和科学课程",
        ),
        Text3(
            "Exchange students began a semester at partner universities with support from the joint scholarship",
            "교환학생, 공동장학금 지원으로 상대 도시 대학에서 한 학기 수학 시작",
            "交换生在联合奖学金资助下赴对方城市高校开始一个学期的学习",
        ),
        Text3(
            "Vocational college delegation studied training facilities for nursing and digital skills",
            "직업전문대학 대표단, 간호 및 디지털 기술 실습시설 시찰",
            "职业院校代表团考察护理和数字技能实训设施",
        ),
        Text3(
            "Education officials shared experience on school safety and after-school care programmes",
            "학교 안전 및 방과후 돌봄 프로그램에 관한 교육 공무원 경험 공유",
            "两市教育官员就校园安全和课后托管服务交流经验",
        ),
    ],
    "environment": [
        Text3(
            "Air quality experts compared forecasting models during a visit to the monitoring centre",
            "대기질 전문가, 측정센터 방문 및 예보모델 비교",
            "空气质量专家走访监测中心，比较预报模型",
        ),
        Text3(
            "Citizens, students and officials planted 300 trees together at the friendship forest",
            "시민·학생·공무원, 우호의 숲에 나무 300그루 공동 식재",
            "市民、学生和政府工作人员在友谊林共同植树300棵",
        ),
        Text3(
            "Waste management officials visited sorting facilities and a food waste biogas plant",
            "폐기물 관리 공무원, 선별시설 및 음식물류 폐기물 바이오가스화 시설 방문",
            "固体废物管理官员考察分拣设施和餐厨垃圾沼气厂",
        ),
        Text3(
            "Joint seminar on fine dust reduction with sessions on transport emissions and winter heating",
            "교통 배출·동절기 난방을 주제로 한 미세먼지 저감 공동 세미나",
            "举办大气污染防治联合研讨会，围绕交通排放和冬季供暖展开交流",
        ),
        Text3(
            "Engineers exchanged expertise on river restoration and visited a restored urban stream",
            "기술진 하천 복원 기술 교류 및 복원된 도심 하천 현장 방문",
            "技术人员交流河道修复技术，并实地考察修复后的城市河道",
        ),
        Text3(
            "Green building study tour covering zero-energy schools and retrofitted public buildings",
            "제로에너지 학교 및 에너지 성능 개선 공공건축물 녹색건축 연수",
            "开展绿色建筑考察，参观近零能耗学校和完成节能改造的公共建筑",
        ),
    ],
    "health": [
        Text3(
            "Hospital management delegation visited the sister hospital to compare patient safety systems",
            "병원 경영진 대표단, 자매병원 방문 및 환자안전 체계 비교",
            "医院管理代表团访问友好医院，比较患者安全管理体系",
        ),
        Text3(
            "Joint symposium on Korean medicine and traditional Chinese medicine in rehabilitation care",
            "재활 분야 한의학·중의학 공동 학술 심포지엄",
            "举办韩医学与中医药在康复领域应用的联合学术研讨会",
        ),
        Text3(
            "Emergency medical teams and ambulance crews held a joint mass-casualty response drill",
            "응급의료팀·구급대 다수사상자 대응 합동훈련",
            "急救医疗队与救护车组联合开展大规模伤亡事件应急演练",
        ),
        Text3(
            "Public health officials ran a tabletop exercise on a new respiratory disease outbreak",
            "신종 호흡기 감염병 유행 상황을 가정한 보건 공무원 도상훈련",
            "卫生健康官员以新发呼吸道传染病疫情为情景开展桌面推演",
        ),
        Text3(
            "Care workers studied dementia day-care centres and community care services for older people",
            "돌봄 종사자, 치매 주간보호센터 및 어르신 지역사회 돌봄 서비스 시찰",
            "照护人员考察认知障碍日间照料中心和老年人社区照护服务",
        ),
        Text3(
            "Video conference of disease control centres on sharing infectious disease surveillance data",
            "질병관리 기관 간 감염병 감시자료 공유 화상회의",
            "疾病预防控制机构就共享传染病监测数据召开视频会议",
        ),
    ],
    "other": [
        Text3(
            "Friendship anniversary reception with citizens' groups, former trainees and honorary citizens",
            "시민단체·연수 수료생·명예시민이 참석한 우호 결연 기념 리셉션",
            "举办友好交流纪念招待会，市民团体、往届研修学员和荣誉市民应邀出席",
        ),
        Text3(
            "Journalists from both cities joined a press tour of the committee's cooperation projects",
            "양 도시 언론인, 위원회 협력사업 현장 프레스 투어 참가",
            "两市媒体记者参加委员会合作项目采访考察活动",
        ),
        Text3(
            "Citizen runners from both cities formed a joint team at the international marathon",
            "양 도시 시민 마라토너 공동팀, 국제마라톤 대회 참가",
            "两市市民跑者组成联合队伍参加国际马拉松赛",
        ),
        Text3(
            "Exchange of translated city guides and signage material for visitors from the partner city",
            "상대 도시 방문객용 번역 도시 안내서 및 안내표지 자료 교류",
            "两市交换为对方城市游客编译的城市指南和标识资料",
        ),
        Text3(
            "Volunteer interpreters were trained ahead of the committee's conference and related events",
            "위원회 회의 및 관련 행사 대비 자원봉사 통역요원 교육",
            "志愿翻译人员在委员会会议及相关活动前接受培训",
        ),
        Text3(
            "Friendship associations of both cities held a joint calligraphy and cooking event for residents",
            "양 도시 우호협회, 주민 대상 서예·요리 공동 행사 개최",
            "两市友好协会为居民联合举办书法和美食体验活动",
        ),
    ],
}
