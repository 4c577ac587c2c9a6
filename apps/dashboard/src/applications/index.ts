export { SessionRegister } from './SessionRegister';
