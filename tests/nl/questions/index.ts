/**
 * The full NL evaluation set.
 */
import type { EvalQuestion } from '../harness/types';
import { AIRPORTS_QUESTIONS, FLIGHTS_QUESTIONS, PEOPLE_QUESTIONS } from './airports';
import { BIRDSTRIKES_QUESTIONS } from './birdstrikes';
import { CARS_QUESTIONS } from './cars';
import { MOVIES_QUESTIONS } from './movies';
import { REFUSAL_QUESTIONS } from './refusals';
import { SET_E_QUESTIONS } from './set-e';
import { SET_F1_QUESTIONS } from './set-f1';
import { SET_F2_QUESTIONS } from './set-f2';
import { SET_G1_QUESTIONS } from './set-g1';
import { SET_G2_QUESTIONS } from './set-g2';
import { SET_H1_QUESTIONS } from './set-h1';
import { SET_H2_QUESTIONS } from './set-h2';
import { SET_I1_QUESTIONS } from './set-i1';
import { SET_I2_QUESTIONS } from './set-i2';
import { SET_J1_QUESTIONS } from './set-j1';
import { SET_J2_QUESTIONS } from './set-j2';
import { SET_J3_QUESTIONS } from './set-j3';
import { SET_K_QUESTIONS } from './set-k';
import { SET_L_QUESTIONS } from './set-l';
import { SET_M_QUESTIONS } from './set-m';
import { SET_N_QUESTIONS } from './set-n';
import { SET_O_QUESTIONS } from './set-o';
import { SET_P_QUESTIONS } from './set-p';
import { SET_Q_QUESTIONS } from './set-q';
import { SET_R_QUESTIONS } from './set-r';
import { SET_S_QUESTIONS } from './set-s';
import { SET_T_QUESTIONS } from './set-t';
import { SET_U_QUESTIONS } from './set-u';
import { SET_V_QUESTIONS } from './set-v';
import { SET_W_QUESTIONS } from './set-w';
import { SET_X_QUESTIONS } from './set-x';
import { SET_Y_QUESTIONS } from './set-y';
import { SET_Z_QUESTIONS } from './set-z';
import { SET_AA_QUESTIONS } from './set-aa';
import { SET_AB_QUESTIONS } from './set-ab';
import { SET_AC_QUESTIONS } from './set-ac';
import { SET_AD_QUESTIONS } from './set-ad';
import { SET_AE_QUESTIONS } from './set-ae';
import { SET_AF_QUESTIONS } from './set-af';
import { SET_AG_QUESTIONS } from './set-ag';
import { SET_AH_QUESTIONS } from './set-ah';
import { SET_AI_QUESTIONS } from './set-ai';
import { SET_AJ_QUESTIONS } from './set-aj';
import { SET_AK_QUESTIONS } from './set-ak';
import { SET_AL_QUESTIONS } from './set-al';
import { SET_AM_QUESTIONS } from './set-am';
import { SET_AN_QUESTIONS } from './set-an';
import { SET_AO_QUESTIONS } from './set-ao';
import { SET_AP_QUESTIONS } from './set-ap';
import { SET_AQ_QUESTIONS } from './set-aq';
import { SET_AR_QUESTIONS } from './set-ar';
import { SET_AS_QUESTIONS } from './set-as';
import { SET_AT_QUESTIONS } from './set-at';
import { PENGUINS_QUESTIONS, STOCKS_QUESTIONS } from './stocks-penguins';
import { WEATHER_QUESTIONS } from './weather';
import {
	DISASTERS_QUESTIONS,
	GAPMINDER_QUESTIONS,
	IOWA_QUESTIONS,
	UNEMPLOYMENT_QUESTIONS
} from './world';

export const ALL_QUESTIONS: EvalQuestion[] = [
	...CARS_QUESTIONS,
	...SET_E_QUESTIONS,
	...SET_F1_QUESTIONS,
	...SET_F2_QUESTIONS,
	...SET_G1_QUESTIONS,
	...SET_G2_QUESTIONS,
	...SET_H1_QUESTIONS,
	...SET_H2_QUESTIONS,
	...SET_I1_QUESTIONS,
	...SET_I2_QUESTIONS,
	...SET_J1_QUESTIONS,
	...SET_J2_QUESTIONS,
	...SET_J3_QUESTIONS,
	...SET_K_QUESTIONS,
	...SET_L_QUESTIONS,
	...SET_M_QUESTIONS,
	...SET_N_QUESTIONS,
	...SET_O_QUESTIONS,
	...SET_P_QUESTIONS,
	...SET_Q_QUESTIONS,
	...SET_R_QUESTIONS,
	...SET_S_QUESTIONS,
	...SET_T_QUESTIONS,
	...SET_U_QUESTIONS,
	...SET_V_QUESTIONS,
	...SET_W_QUESTIONS,
	...SET_X_QUESTIONS,
	...SET_Y_QUESTIONS,
	...SET_Z_QUESTIONS,
	...SET_AA_QUESTIONS,
	...SET_AB_QUESTIONS,
	...SET_AC_QUESTIONS,
	...SET_AD_QUESTIONS,
	...SET_AE_QUESTIONS,
	...SET_AF_QUESTIONS,
	...SET_AG_QUESTIONS,
	...SET_AH_QUESTIONS,
	...SET_AI_QUESTIONS,
	...SET_AJ_QUESTIONS,
	...SET_AK_QUESTIONS,
	...SET_AL_QUESTIONS,
	...SET_AM_QUESTIONS,
	...SET_AN_QUESTIONS,
	...SET_AO_QUESTIONS,
	...SET_AP_QUESTIONS,
	...SET_AQ_QUESTIONS,
	...SET_AR_QUESTIONS,
	...SET_AS_QUESTIONS,
	...SET_AT_QUESTIONS,
	...MOVIES_QUESTIONS,
	...WEATHER_QUESTIONS,
	...STOCKS_QUESTIONS,
	...PENGUINS_QUESTIONS,
	...GAPMINDER_QUESTIONS,
	...UNEMPLOYMENT_QUESTIONS,
	...IOWA_QUESTIONS,
	...DISASTERS_QUESTIONS,
	...BIRDSTRIKES_QUESTIONS,
	...AIRPORTS_QUESTIONS,
	...FLIGHTS_QUESTIONS,
	...PEOPLE_QUESTIONS,
	...REFUSAL_QUESTIONS
];
